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
}
