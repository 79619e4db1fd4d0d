package org.hadath.events.casualties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.events.CasualtyKind;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.EventFrame.Quantity;
import org.hadath.events.EventRules.TriggerRule;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;
import org.junit.jupiter.api.Test;

/** Casualty figures and people counts linked to mentions, on hand-built sentences (no CoreNLP model). */
class CasualtyLinkerTest {
  private final WordClasses words = HandSentence.words();
  private final CasualtyLinker linker = new CasualtyLinker(words);

  static Trigger trigger(int token, EventType type) {
    return new Trigger(token, new TriggerRule(type, type + "_N", Pattern.compile(".*"), List.of(), "test:" + token));
  }

  /** The tolls {@code linker} gives a STRIKE trigger at token {@code trigger}, alone in {@code v}. */
  static List<Casualty> strikeTolls(CasualtyLinker linker, SentenceView v, int trigger) {
    Trigger t = trigger(trigger, EventType.STRIKE);
    Map<Trigger, List<Candidate>> args = new LinkedHashMap<>();
    args.put(t, new java.util.ArrayList<>());
    return linker.casualties(v, List.of(t), args).getOrDefault(t, List.of());
  }

  private Map<Trigger, List<Casualty>> link(SentenceView v, Trigger... ts) {
    Map<Trigger, List<Candidate>> args = new LinkedHashMap<>();
    for (Trigger t : ts) {
      args.put(t, new java.util.ArrayList<>());
    }
    return linker.casualties(v, List.of(ts), args);
  }

  @Test
  void figureAfterTheCasualtyWordIsTheTollOfTheStrike() {
    // قتل 5 مدنيين في غارة جوية على القرية
    SentenceView v = HandSentence.parse("قتل/VBD/0/root 5/CD/3/nummod مدنيين/NNS/1/nsubj:pass في/IN/5/case"
        + " غارة/NN/1/obl جوية/JJ/5/amod على/IN/8/case القرية/DTNN/5/nmod")
        .quantity(1, 2, 5, 5L, 2, true).build();
    Trigger strike = trigger(4, EventType.STRIKE);
    List<Casualty> c = link(v, strike).get(strike);
    assertEquals(1, c.size());
    assertEquals(CasualtyKind.KILLED, c.get(0).kind());
    assertEquals(5, c.get(0).quantity().min());
    assertEquals("مدنيين", c.get(0).victims());
    assertEquals("casualty:quantity", c.get(0).rule());
  }

  @Test
  void tollGoesToTheMentionClosestInTheTree() {
    // اشتباكات في المدينة و قصف على المخيم أدى إلى مقتل 3 أطفال
    SentenceView v = HandSentence.parse("اشتباكات/NNS/0/root في/IN/3/case المدينة/DTNN/1/nmod و/CC/5/cc"
        + " قصف/NN/1/conj على/IN/7/case المخيم/DTNN/5/nmod أدى/VBD/5/acl إلى/IN/10/case مقتل/NN/8/obl"
        + " 3/CD/12/nummod أطفال/NNS/10/nmod")
        .quantity(10, 11, 3, 3L, 11, true).build();
    Trigger clash = trigger(0, EventType.CLASH);
    Trigger strike = trigger(4, EventType.STRIKE);
    Map<Trigger, List<Casualty>> out = link(v, clash, strike);
    assertEquals(3, out.get(strike).get(0).quantity().min());
    assertNull(out.get(clash), "a mention of another type does not share the toll");
  }

  @Test
  void tollIsSharedByCoordinatedMentionsOfOneType() {
    // غارات على السوق و قصف على المخيم أدى إلى مقتل 3 أطفال
    SentenceView v = HandSentence.parse("غارات/NNS/0/root على/IN/3/case السوق/DTNN/1/nmod و/CC/5/cc"
        + " قصف/NN/1/conj على/IN/7/case المخيم/DTNN/5/nmod أدى/VBD/5/acl إلى/IN/10/case مقتل/NN/8/obl"
        + " 3/CD/12/nummod أطفال/NNS/10/nmod")
        .quantity(10, 11, 3, 3L, 11, true).build();
    Trigger raids = trigger(0, EventType.STRIKE);
    Trigger shelling = trigger(4, EventType.STRIKE);
    Map<Trigger, List<Casualty>> out = link(v, raids, shelling);
    assertEquals(1, out.get(raids).size());
    assertEquals(1, out.get(shelling).size());
  }

  @Test
  void negatedCasualtyWordGivesNoToll() {
    // لم يسفر القصف عن قتلى / أسفر القصف عن قتلى
    SentenceView none = HandSentence.parse("لم/RP/2/advmod يسفر/VBP/0/root القصف/DTNN/2/nsubj عن/IN/5/case"
        + " قتلى/NNS/2/obl").build();
    Trigger t = trigger(2, EventType.STRIKE);
    assertTrue(link(none, t).isEmpty());
    SentenceView some = HandSentence.parse("أسفر/VBD/0/root القصف/DTNN/1/nsubj عن/IN/4/case قتلى/NNS/1/obl").build();
    Trigger t2 = trigger(1, EventType.STRIKE);
    Casualty c = link(some, t2).get(t2).get(0);
    assertEquals(CasualtyFigures.INDEFINITE_PLURAL_MIN, c.quantity().min());
    assertNull(c.quantity().max());
    assertEquals("casualty:plural", c.rule());
  }

  @Test
  void killedAndInjuredSharingOneFigureAreOneEntryOfBothKinds() {
    // مقتل و إصابة 7 مدنيين في القصف
    SentenceView v = HandSentence.parse("مقتل/NN/0/root و/CC/3/cc إصابة/NN/1/conj 7/CD/5/nummod مدنيين/NNS/3/nmod"
        + " في/IN/7/case القصف/DTNN/1/obl")
        .quantity(3, 4, 7, 7L, 4, true).build();
    Trigger t = trigger(6, EventType.STRIKE);
    List<Casualty> c = link(v, t).get(t);
    assertEquals(1, c.size());
    assertEquals(CasualtyKind.KILLED_OR_INJURED, c.get(0).kind());
    assertEquals(7, c.get(0).quantity().min());
  }

  @Test
  void evacuationCountsTheFigureBelowItsTrigger() {
    // خروج 300 مدني من المدينة
    SentenceView v = HandSentence.parse("خروج/NN/0/root 300/CD/3/nummod مدني/NN/1/nmod من/IN/5/case المدينة/DTNN/1/nmod")
        .quantity(1, 2, 300, 300L, 2, true).build();
    Quantity q = new PeopleCount(words).count(v, trigger(0, EventType.EVACUATION), List.of());
    assertEquals(300, q.min());
    assertEquals("300", q.span().text());
  }

  @Test
  void indefinitePluralThemeCountsAtLeastTwoButDefiniteDoesNot() {
    // نزوح عائلات من الحي / نزوح العائلات من الحي
    PeopleCount counts = new PeopleCount(words);
    SentenceView indefinite = HandSentence.parse("نزوح/NN/0/root عائلات/NNS/1/nmod من/IN/4/case الحي/DTNN/1/nmod")
        .people(1, 2, ActorCategory.CIVILIANS).build();
    Candidate theme = new Candidate(Role.THEME, 1, indefinite.span(1, 2), indefinite.span(1, 2), "test");
    Quantity q = counts.count(indefinite, trigger(0, EventType.EVACUATION), List.of(theme));
    assertEquals(2, q.min());
    assertNull(q.max());
    SentenceView definite = HandSentence.parse("نزوح/NN/0/root العائلات/DTNNS/1/nmod من/IN/4/case الحي/DTNN/1/nmod")
        .people(1, 2, ActorCategory.CIVILIANS).build();
    Candidate theme2 = new Candidate(Role.THEME, 1, definite.span(1, 2), definite.span(1, 2), "test");
    assertNull(counts.count(definite, trigger(0, EventType.EVACUATION), List.of(theme2)));
  }
}
