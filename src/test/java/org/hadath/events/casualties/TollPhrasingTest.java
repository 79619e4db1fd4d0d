package org.hadath.events.casualties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
 * How tolls are phrased (issue #17): dual and passive verbs, a figure before a subjectless
 * verb, a relative clause on the victim, lives lost (فقد حياته، أودى بحياة) and words that hit
 * people without saying whether they died (قنص). Hand-built sentences, no CoreNLP model.
 */
class TollPhrasingTest {
  private final CasualtyLinker linker = new CasualtyLinker(HandSentence.words());

  private List<Casualty> tolls(SentenceView v, int trigger, EventType type) {
    Trigger t = CasualtyLinkerTest.trigger(trigger, type);
    Map<Trigger, List<Candidate>> args = new LinkedHashMap<>();
    args.put(t, new ArrayList<>());
    return linker.casualties(v, List.of(t), args).getOrDefault(t, List.of());
  }

  private static Casualty only(List<Casualty> cs, CasualtyKind kind) {
    List<Casualty> of = cs.stream().filter(c -> c.kind() == kind).toList();
    assertEquals(1, of.size(), () -> "one " + kind + " expected in " + cs);
    return of.get(0);
  }

  @Test
  void aDualVerbCountsItsDualSubjectNotTheFigureOfTheNextVerb() {
    // طفلتين قتلتا و أصيب 4 أطفال ب قصف: KILLED 2 (not 4), INJURED 4
    SentenceView v = HandSentence.parse("طفلتين/NNS/2/nsubj قتلتا/VBN/0/root و/CC/4/cc أصيب/VBN/2/conj"
        + " 4/CD/6/nummod أطفال/NNS/4/nsubj:pass ب/IN/8/case قصف/NN/4/obl")
        .quantity(0, 1, 2, 2L, 0, true).quantity(4, 6, 4, 4L, 5, true).build();
    List<Casualty> c = tolls(v, 7, EventType.STRIKE);
    assertEquals(2, only(c, CasualtyKind.KILLED).quantity().min());
    assertEquals(4, only(c, CasualtyKind.INJURED).quantity().min());
  }

  @Test
  void aFigureBeforeASubjectlessCasualtyVerbIsItsToll() {
    // سبعة عناصر يتبعون ل قوات قتلوا ب هجوم: the parser hung the figure on the relative verb
    SentenceView v = HandSentence.parse("سبعة/CD/2/nummod عناصر/NNS/3/nsubj يتبعون/VBP/6/advcl ل/IN/5/case"
        + " قوات/NNS/3/obl قتلوا/VBN/0/root ب/IN/8/case هجوم/NN/6/obl")
        .quantity(0, 2, 7, 7L, 1, true).build();
    assertEquals(7, only(tolls(v, 7, EventType.STRIKE), CasualtyKind.KILLED).quantity().min());
  }

  @Test
  void aCasualtyVerbInARelativeClauseCountsThePersonItDescribes() {
    // المدني الذي استشهد في قصف: one
    SentenceView v = HandSentence.parse("المدني/DTNN/0/root الذي/WP/3/nsubj استشهد/VBD/1/acl في/IN/5/case"
        + " قصف/NN/3/obl")
        .people(0, 1, 1, 1L).build();
    Casualty c = only(tolls(v, 4, EventType.STRIKE), CasualtyKind.KILLED);
    assertEquals(1, c.quantity().min());
    assertEquals(1, c.quantity().max());
  }

  @Test
  void losingOnesLifeIsAKilling() {
    // فقد طفلان حيات هما ب قصف: two killed
    SentenceView v = HandSentence.parse("فقد/VBD/0/root طفلان/NNS/1/nsubj حيات/NN/2/nmod هما/PRP$/3/nmod"
        + " ب/IN/6/case قصف/NN/1/obl")
        .quantity(1, 2, 2, 2L, 1, true).build();
    assertEquals(2, only(tolls(v, 5, EventType.STRIKE), CasualtyKind.KILLED).quantity().min());
  }

  @Test
  void takingLivesCountsTheVictimsAfterTheLifeWord() {
    // أودى القصف على بلدة ب حياة ثلاثة مدنيين: the life word hangs under the town, the victims follow it
    SentenceView v = HandSentence.parse("أودى/VBD/0/root القصف/DTNN/1/nsubj على/IN/4/case بلدة/NN/1/obl"
        + " ب/IN/6/case حياة/NN/4/nmod ثلاثة/CD/8/nummod مدنيين/NNS/6/nmod")
        .quantity(6, 8, 3, 3L, 7, true).build();
    assertEquals(3, only(tolls(v, 1, EventType.STRIKE), CasualtyKind.KILLED).quantity().min());
  }

  @Test
  void lifeWithoutALifeVerbIsNoToll() {
    // تهدد المخلفات حياة ثلاثة مدنيين: a threat, not a death
    SentenceView v = HandSentence.parse("قصف/NN/0/root تهدد/VBP/1/acl المخلفات/DTNNS/2/nsubj حياة/NN/2/obj"
        + " ثلاثة/CD/6/nummod مدنيين/NNS/4/nmod")
        .quantity(4, 6, 3, 3L, 5, true).build();
    assertTrue(tolls(v, 0, EventType.STRIKE).isEmpty());
  }

  @Test
  void snipingAMemberIsKilledOrInjuredOnTheSnipingItself() {
    // قنص عنصر من قوات: the trigger is also the casualty word
    SentenceView v = HandSentence.parse("قنص/NN/0/root عنصر/NN/1/nmod من/IN/4/case قوات/NNS/2/nmod")
        .people(1, 2, 1, 1L).build();
    Casualty c = only(tolls(v, 0, EventType.CLASH), CasualtyKind.KILLED_OR_INJURED);
    assertEquals(1, c.quantity().min());
  }
  @Test
  void aFigureAfterTheSecondOfTwoCasualtyVerbsCountsBoth() {
    // قتل و أصيب عدد من المدنيين ب قصف: one entry of both kinds
    SentenceView v = HandSentence.parse("قتل/VBN/0/root و/CC/3/cc أصيب/VBN/1/conj عدد/NN/3/nsubj:pass"
        + " من/IN/6/case المدنيين/DTNNS/4/nmod ب/IN/8/case قصف/NN/1/obl")
        .quantity(3, 6, 2, null, 5, true).build();
    List<Casualty> c = tolls(v, 7, EventType.STRIKE);
    assertEquals(1, c.size());
    assertEquals(CasualtyKind.KILLED_OR_INJURED, c.get(0).kind());
    assertEquals(2, c.get(0).quantity().min());
  }

  @Test
  void aPartOfTheVictimsAfterAmongIsNoToll() {
    // ثلاثة مدنيين بين هم امرأة أصيبوا ب قصف: three, not the one woman
    SentenceView v = HandSentence.parse("ثلاثة/CD/2/nummod مدنيين/NNS/6/nsubj بين/NN/4/case هم/PRP/2/nmod"
        + " امرأة/NN/2/nmod أصيبوا/VBN/0/root ب/IN/8/case قصف/NN/6/obl")
        .quantity(0, 2, 3, 3L, 1, true).people(4, 5, 1, 1L).build();
    assertEquals(3, only(tolls(v, 7, EventType.STRIKE), CasualtyKind.INJURED).quantity().min());
  }

  @Test
  void thePronounOnAKillingNounNamesItsVictim() {
    // أدى القصف إلى مقتل ه: one killed; a pronoun on a wound word tells no toll (متأثرا ب جراح ه)
    SentenceView v = HandSentence.parse("أدى/VBD/0/root القصف/DTNN/1/nsubj إلى/IN/4/case مقتل/NN/1/obl"
        + " ه/PRP$/4/nmod").build();
    Casualty c = only(tolls(v, 1, EventType.STRIKE), CasualtyKind.KILLED);
    assertEquals(1, c.quantity().min());
    assertEquals(1, c.quantity().max());
    assertEquals("casualty:pronoun", c.rule());
    SentenceView wounds = HandSentence.parse("توفي/VBD/0/root متأثرا/JJ/1/advcl ب/IN/4/case جراح/NN/2/obl"
        + " ه/PRP$/4/nmod في/IN/7/case القصف/DTNN/1/obl").build();
    assertTrue(tolls(wounds, 6, EventType.STRIKE).isEmpty());
  }

  private Map<Trigger, List<Casualty>> link(SentenceView v, Trigger... ts) {
    Map<Trigger, List<Candidate>> args = new LinkedHashMap<>();
    for (Trigger t : ts) {
      args.put(t, new ArrayList<>());
    }
    return linker.casualties(v, List.of(ts), args);
  }

  @Test
  void theMentionInTheTollsOwnCausePhraseGetsTheTollToo() {
    // القصف أسفر عن مقتل شخص جراء القصف على بلدة: the subject of the result verb and the cause phrase
    SentenceView v = HandSentence.parse("القصف/DTNN/2/nsubj أسفر/VBD/0/root عن/IN/4/case مقتل/NN/2/obl"
        + " شخص/NN/4/nmod جراء/NN/7/case القصف/DTNN/2/obl على/IN/9/case بلدة/NN/7/nmod")
        .people(4, 5, 1, 1L).build();
    Trigger subject = CasualtyLinkerTest.trigger(0, EventType.STRIKE);
    Trigger cause = CasualtyLinkerTest.trigger(6, EventType.STRIKE);
    Map<Trigger, List<Casualty>> out = link(v, subject, cause);
    assertEquals(1, only(out.getOrDefault(subject, List.of()), CasualtyKind.KILLED).quantity().min());
    assertEquals(1, only(out.getOrDefault(cause, List.of()), CasualtyKind.KILLED).quantity().min());
  }

  @Test
  void aCausePhraseAfterAnotherCasualtyWordIsThatWordsCause() {
    // مقتل شخص جراء القصف على X و أصيب طفل جراء القصف على Y: the second strike injured the child only
    SentenceView v = HandSentence.parse("مقتل/NN/0/root شخص/NN/1/nmod جراء/NN/4/case القصف/DTNN/1/nmod"
        + " على/IN/6/case قرية/NN/4/nmod و/CC/8/cc أصيب/VBN/1/conj طفل/NN/8/nsubj:pass جراء/NN/11/case"
        + " القصف/DTNN/8/obl على/IN/13/case بلدة/NN/11/nmod")
        .people(1, 2, 1, 1L).people(8, 9, 1, 1L).build();
    Trigger first = CasualtyLinkerTest.trigger(3, EventType.STRIKE);
    Trigger second = CasualtyLinkerTest.trigger(10, EventType.STRIKE);
    Map<Trigger, List<Casualty>> out = link(v, first, second);
    assertEquals(1, only(out.getOrDefault(first, List.of()), CasualtyKind.KILLED).quantity().min());
    List<Casualty> injured = out.getOrDefault(second, List.of());
    assertTrue(injured.stream().noneMatch(c -> c.kind() == CasualtyKind.KILLED), injured::toString);
    assertEquals(1, only(injured, CasualtyKind.INJURED).quantity().min());
  }

  @Test
  void thePronounOnTheLifeWordCountsTheDead() {
    // ف قدا حيات هما جراء قصف: the segmenter split فقدا; هما = two
    SentenceView v = HandSentence.parse("ف/CC/2/cc قدا/NN/0/root حيات/NN/2/nsubj هما/PRP$/3/nmod"
        + " جراء/NN/6/case قصف/NN/2/obj").build();
    Casualty c = only(tolls(v, 5, EventType.STRIKE), CasualtyKind.KILLED);
    assertEquals(2, c.quantity().min());
    assertEquals(2, c.quantity().max());
  }

  @Test
  void losingLifeAsANounCountsTheVictimsAfterIt() {
    // أدى القصف إلى فقدان ثلاثة أطفال ل حيات هم: three killed
    SentenceView v = HandSentence.parse("أدى/VBD/0/root القصف/DTNN/1/nsubj إلى/IN/4/case فقدان/NN/1/obl"
        + " ثلاثة/CD/6/nummod أطفال/NNS/4/nmod ل/IN/8/case حيات/NN/4/nmod هم/PRP$/8/nmod")
        .quantity(4, 6, 3, 3L, 5, true).build();
    assertEquals(3, only(tolls(v, 1, EventType.STRIKE), CasualtyKind.KILLED).quantity().min());
  }

  @Test
  void victimsListedByNameWithTheirAgesAreCountedOneEach() {
    // أسفر القصف عن استشهاد خالدة محمد شريف (45 عاماً) و ابن ها هجار عدنان سليمان (24 عاماً): two
    SentenceView v = HandSentence.parse("أسفر/VBD/0/root القصف/DTNN/1/nsubj عن/IN/4/case استشهاد/NN/2/nmod"
        + " خالدة/JJ/4/amod محمد/NNP/4/nmod شريف/NNP/6/flat (/PUNC/10/punct 45/CD/10/nummod عاماً/NN/4/appos"
        + " )/PUNC/10/punct و/CC/13/cc ابن/NN/2/conj ها/PRP$/13/nmod هجار/NN/1/obj عدنان/NNP/15/nmod"
        + " سليمان/NNP/16/flat (/PUNC/20/punct 24/CD/20/nummod عاماً/NN/1/iobj )/PUNC/20/punct")
        .quantity(8, 10, 45, 45L, 9, false).quantity(18, 20, 24, 24L, 19, false).people(12, 14, 1, 1L).build();
    Casualty c = only(tolls(v, 1, EventType.STRIKE), CasualtyKind.KILLED);
    assertEquals(2, c.quantity().min());
    assertEquals(2, c.quantity().max());
    assertTrue(c.quantity().span().text().startsWith("خالدة"), c.quantity().span()::text);
  }

  @Test
  void aNameCountsOneButPlainNounsWithoutAnAgeDoNot() {
    // مقتل محمود العلي ب قصف: one; مقتل قائد العمليات ب قصف: no figure from the name rule
    SentenceView named = HandSentence.parse("مقتل/NN/0/root محمود/NNP/1/nmod العلي/DTNNP/2/flat ب/IN/5/case"
        + " قصف/NN/1/nmod").build();
    assertEquals(1, only(tolls(named, 4, EventType.STRIKE), CasualtyKind.KILLED).quantity().min());
    SentenceView plain = HandSentence.parse("مقتل/NN/0/root قائد/NN/1/nmod العمليات/DTNNS/2/nmod ب/IN/5/case"
        + " قصف/NN/1/nmod").build();
    assertTrue(tolls(plain, 4, EventType.STRIKE).isEmpty());
  }

  @Test
  void killedAndInjuredJoinedByAndAreOneEntryWhenTheParserMissedTheConjunct() {
    // استشهد و أصيب عدد من المواطنين جراء قصف: أصيب hung on استشهد as dep, not conj
    SentenceView v = HandSentence.parse("استشهد/VBD/0/root و/CC/3/cc أصيب/VBN/1/dep عدد/NN/3/nsubj:pass"
        + " من/IN/6/case المواطنين/DTNNS/4/nmod جراء/NN/8/case قصف/NN/3/obl")
        .quantity(3, 6, 2, null, 5, true).build();
    List<Casualty> c = tolls(v, 7, EventType.STRIKE);
    assertEquals(1, c.size(), c::toString);
    assertEquals(CasualtyKind.KILLED_OR_INJURED, c.get(0).kind());
  }

  @Test
  void victimsWithoutAFigureMayBeDeadOrWoundedButCountedVictimsAreDead() {
    // قصف يوقع ضحايا: killed or injured; أوقع القصف عشرات الضحايا: killed
    SentenceView bare = HandSentence.parse("قصف/NN/0/root يوقع/VBP/1/acl ضحايا/NNS/2/obj").build();
    Casualty c = only(tolls(bare, 0, EventType.STRIKE), CasualtyKind.KILLED_OR_INJURED);
    assertEquals(2, c.quantity().min());
    SentenceView counted = HandSentence.parse("أوقع/VBD/0/root القصف/DTNN/1/nsubj عشرات/NN/1/obj"
        + " الضحايا/DTNNS/3/nmod")
        .quantity(2, 4, 20, 99L, 3, true).build();
    assertEquals(20, only(tolls(counted, 1, EventType.STRIKE), CasualtyKind.KILLED).quantity().min());
  }

  @Test
  void theFigureOfTheirNumberCountsTheVictimsAndVictimsOfAMassacreAreDead() {
    // أغلب ضحايا مجزرة الطيران و البالغ عدد هم 10 أشخاص: KILLED 10
    SentenceView v = HandSentence.parse("أغلب/NN/0/root ضحايا/NNS/1/nmod مجزرة/NN/2/nmod الطيران/DTNN/3/nmod"
        + " و/CC/6/cc البالغ/DTJJ/2/conj عدد/NN/6/nsubj هم/PRP$/7/nmod 10/CD/10/nummod أشخاص/NNS/7/nmod")
        .quantity(8, 10, 10, 10L, 9, true).build();
    assertEquals(10, only(tolls(v, 2, EventType.STRIKE), CasualtyKind.KILLED).quantity().min());
    // سقط ضحايا مجزرة: no figure, but a massacre's victims are dead
    SentenceView massacre = HandSentence.parse("سقط/VBD/0/root ضحايا/NNS/1/nsubj مجزرة/NN/2/nmod"
        + " القصف/DTNN/3/nmod").build();
    assertEquals(2, only(tolls(massacre, 3, EventType.STRIKE), CasualtyKind.KILLED).quantity().min());
  }
}
