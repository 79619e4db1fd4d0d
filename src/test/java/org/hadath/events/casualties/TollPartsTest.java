package org.hadath.events.casualties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hadath.events.CasualtyKind;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.EventType;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.triggers.Trigger;
import org.junit.jupiter.api.Test;

/**
 * Tolls of round tolls3 on hand-built sentences (no CoreNLP model): a result verb whose subject
 * the parse lost, a breakdown after بين, dual victim nouns, hits and the manner of a wound.
 */
class TollPartsTest {
  private final CasualtyLinker linker = new CasualtyLinker(HandSentence.words());

  private Map<Trigger, List<Casualty>> link(SentenceView v, Trigger... ts) {
    Map<Trigger, List<Candidate>> args = new LinkedHashMap<>();
    for (Trigger t : ts) {
      args.put(t, new java.util.ArrayList<>());
    }
    return linker.casualties(v, List.of(ts), args);
  }

  @Test
  void aResultVerbWithoutSubjectTellsTheTollOfTheMentionJustBeforeIt() {
    // اشتباكات عنيفة شرقي البلدة و سقوط قذيفة أدت ل مقتل طفلة — the parser hung أدت and the shell apart
    SentenceView v = HandSentence.parse("اشتباكات/NNS/3/nsubj عنيفة/JJ/1/amod شرقي/NN/0/root البلدة/DTNN/3/nmod"
        + " و/CC/6/cc سقوط/NN/4/conj قذيفة/NN/6/nmod أدت/VBD/3/acl ل/IN/10/case مقتل/NN/8/obl طفلة/NN/10/nmod")
        .people(10, 11, 1, 1L).build();
    Trigger clash = CasualtyLinkerTest.trigger(0, EventType.CLASH);
    Trigger shell = CasualtyLinkerTest.trigger(6, EventType.STRIKE);
    Map<Trigger, List<Casualty>> out = link(v, clash, shell);
    assertNull(out.get(clash));
    assertEquals(1, out.get(shell).size());
    assertEquals(CasualtyKind.KILLED, out.get(shell).get(0).kind());
    // … ما أدت: a result of the whole clause is left to the tree
    SentenceView what = HandSentence.parse("اشتباكات/NNS/3/nsubj عنيفة/JJ/1/amod شرقي/NN/0/root البلدة/DTNN/3/nmod"
        + " و/CC/6/cc سقوط/NN/4/conj قذيفة/NN/6/nmod ما/WP/9/nsubj أدت/VBD/3/acl ل/IN/11/case مقتل/NN/9/obl"
        + " طفلة/NN/11/nmod").people(11, 12, 1, 1L).build();
    Trigger clash2 = CasualtyLinkerTest.trigger(0, EventType.CLASH);
    Trigger shell2 = CasualtyLinkerTest.trigger(6, EventType.STRIKE);
    assertEquals(1, link(what, clash2, shell2).get(clash2).size());
  }

  @Test
  void aBreakdownAfterBainGivesEachPartItsOwnKindAndCount() {
    // ارتفع عدد الضحايا في القصف إلى 3 أشخاص بين شهيد و إصابتين
    SentenceView v = HandSentence.parse("ارتفع/VBD/0/root عدد/NN/1/nsubj الضحايا/DTNNS/2/nmod في/IN/5/case"
        + " القصف/DTNN/3/nmod إلى/IN/8/case 3/CD/8/nummod أشخاص/NNS/1/obl بين/NN/10/case شهيد/NN/8/nmod"
        + " و/CC/12/cc إصابتين/NNS/10/conj").quantity(6, 8, 3, 3L, 7, true).build();
    Trigger strike = CasualtyLinkerTest.trigger(4, EventType.STRIKE);
    List<Casualty> c = link(v, strike).get(strike);
    assertEquals(2, c.size(), c.toString());
    assertTrue(c.stream().anyMatch(x -> x.kind() == CasualtyKind.KILLED && x.quantity().min() == 1), c.toString());
    assertTrue(c.stream().anyMatch(x -> x.kind() == CasualtyKind.INJURED && x.quantity().min() == 2), c.toString());
  }

  @Test
  void partsThatDoNotAddUpOnlySayTheVictimsAreOfBothKinds() {
    // سقط عشرات المدنيين بين قتيل و جريح في القصف: dozens, dead or wounded
    SentenceView v = HandSentence.parse("سقط/VBD/0/root عشرات/NN/1/nsubj المدنيين/DTNNS/2/nmod بين/NN/5/case"
        + " قتيل/NN/2/nmod و/CC/7/cc جريح/NN/5/conj في/IN/9/case القصف/DTNN/1/obl")
        .quantity(1, 3, 20, 99L, 2, true).build();
    Trigger strike = CasualtyLinkerTest.trigger(8, EventType.STRIKE);
    List<Casualty> c = link(v, strike).get(strike);
    assertEquals(1, c.size(), c.toString());
    assertEquals(CasualtyKind.KILLED_OR_INJURED, c.get(0).kind());
    assertEquals(20, c.get(0).quantity().min());
  }

  @Test
  void peopleCountedUnderAKillingWordAreItsDead() {
    // فجعنا ب المجزرة بحق أعمامنا في القرية و 12 فردا من العائلة
    SentenceView v = HandSentence.parse("فجعنا/VBD/0/root ب/IN/3/case المجزرة/DTNN/1/obl بحق/IN/5/case"
        + " أعمامنا/NN/3/nmod في/IN/7/case القرية/DTNN/5/nmod و/CC/10/cc 12/CD/10/nummod فردا/NN/3/conj"
        + " من/IN/12/case العائلة/DTNN/10/nmod").quantity(8, 10, 12, 12L, 9, true).build();
    Trigger killing = CasualtyLinkerTest.trigger(2, EventType.STRIKE);
    List<Casualty> c = link(v, killing).get(killing);
    assertEquals(1, c.size(), c.toString());
    assertEquals(CasualtyKind.KILLED, c.get(0).kind());
    assertEquals(12, c.get(0).quantity().min());
  }

  @Test
  void aRelativePronounSubjectOfADeathVerbCountsTheDead() {
    // شيع الأهالي الشاب ، الذي ارتقى إثر غارة
    SentenceView v = HandSentence.parse("شيع/VBD/0/root الأهالي/DTNNS/1/nsubj الشاب/DTNN/1/obj ،/PUNC/3/punct"
        + " الذي/WP/6/nsubj ارتقى/VBD/3/acl إثر/NN/8/case غارة/NN/6/obl").build();
    Trigger strike = CasualtyLinkerTest.trigger(7, EventType.STRIKE);
    List<Casualty> c = link(v, strike).get(strike);
    assertEquals(1, c.size(), c.toString());
    assertEquals(1, c.get(0).quantity().min());
    assertEquals(1L, c.get(0).quantity().max());
  }

  @Test
  void aDualVictimNounCountsTwo() {
    // أدى القصف إلى سقوط شهيدين
    SentenceView v = HandSentence.parse("أدى/VBD/0/root القصف/DTNN/1/nsubj إلى/IN/4/case سقوط/NN/1/obl"
        + " شهيدين/NNS/4/nmod").build();
    Trigger strike = CasualtyLinkerTest.trigger(1, EventType.STRIKE);
    List<Casualty> c = link(v, strike).get(strike);
    assertTrue(c.stream().anyMatch(x -> x.kind() == CasualtyKind.KILLED && x.quantity().min() == 2
        && x.quantity().max() == 2L), c.toString());
  }

  @Test
  void hitsAndTheMannerOfAWoundAreNoInjuries() {
    // حققت الضربات إصابات دقيقة
    SentenceView hits = HandSentence.parse("حققت/VBD/0/root الضربات/DTNNS/1/nsubj إصابات/NNS/1/obj دقيقة/JJ/3/amod")
        .build();
    Trigger strikes = CasualtyLinkerTest.trigger(1, EventType.STRIKE);
    assertNull(link(hits, strikes).get(strikes));
    // أصيب 8 مدنيين ب إصابات متفاوتة في القصف: one toll, the eight
    SentenceView manner = HandSentence.parse("أصيب/VBN/0/root 8/CD/3/nummod مدنيين/NNS/1/nsubj:pass ب/IN/5/case"
        + " إصابات/NNS/3/nmod متفاوتة/JJ/5/amod في/IN/8/case القصف/DTNN/1/obl")
        .quantity(1, 3, 8, 8L, 2, true).build();
    Trigger strike = CasualtyLinkerTest.trigger(7, EventType.STRIKE);
    List<Casualty> c = link(manner, strike).get(strike);
    assertEquals(1, c.size(), c.toString());
    assertEquals(8, c.get(0).quantity().min());
  }
}
