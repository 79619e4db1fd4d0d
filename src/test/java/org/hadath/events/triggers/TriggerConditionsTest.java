package org.hadath.events.triggers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hadath.events.EventRules.Condition;
import org.hadath.events.EventRules.Condition.Scope;
import org.hadath.events.EventRules.TriggerRule;
import org.hadath.events.EventType;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** The one reading of trigger conditions, and its exact evidence on a parsed sentence. */
class TriggerConditionsTest {

  private static TriggerRule rule(List<List<Condition>> conds) {
    return new TriggerRule(EventType.CLASH, "CLASH_N", Pattern.compile(".*"), conds, "test");
  }

  /** Evidence that answers true only for one scope and records what was asked. */
  private static ConditionEvidence only(String scope, List<String> asked) {
    return new ConditionEvidence() {
      private boolean q(String s, String cls) {
        asked.add(s + ":" + cls);
        return s.equals(scope);
      }

      @Override public boolean self(String cls) { return q("self", cls); }
      @Override public boolean near(String cls) { return q("near", cls); }
      @Override public boolean governor(String cls) { return q("gov", cls); }
      @Override public boolean subjectOf(String cls) { return q("subj", cls); }
      @Override public boolean dependency(String cls) { return q("dep", cls); }
      @Override public boolean sentence(String cls) { return q("ctx", cls); }
      @Override public boolean document(String cls) { return q("doc", cls); }
      @Override public boolean armed(String cls) { return q("armed", cls); }
    };
  }

  @Test
  void eachScopeAsksItsOwnQuestion() {
    for (Scope s : Scope.values()) {
      String name = s.name().toLowerCase(java.util.Locale.ROOT);
      List<String> asked = new ArrayList<>();
      assertTrue(TriggerConditions.hold(rule(List.of(List.of(new Condition(s, "AIR")))), only(name, asked)), name);
      assertEquals(List.of(name + ":AIR"), asked);
    }
  }

  @Test
  void alternativesAreTriedInOrderAndAllOfOneMustHold() {
    List<String> asked = new ArrayList<>();
    TriggerRule r = rule(List.of(
        List.of(new Condition(Scope.DEP, "MILITARY"), new Condition(Scope.ARMED, "CONFLICT")),
        List.of(new Condition(Scope.CTX, "AIR"))));
    assertFalse(TriggerConditions.hold(r, only("armed", asked)));
    assertEquals(List.of("dep:MILITARY", "ctx:AIR"), asked, "an alternative stops at its first failure");
    assertTrue(TriggerConditions.hold(rule(List.of()), only("none", new ArrayList<>())), "no condition holds");
  }

  @Test
  void beforeParsingTheTreeScopesAskForTheSentence() {
    List<String> asked = new ArrayList<>();
    ConditionEvidence e = ConditionEvidence.beforeParsing(c -> false, c -> asked.add("sentence:" + c), c -> false,
        c -> false);
    for (Scope s : List.of(Scope.NEAR, Scope.GOV, Scope.SUBJ, Scope.DEP, Scope.CTX)) {
      assertTrue(TriggerConditions.hold(rule(List.of(List.of(new Condition(s, "AIR")))), e), s.name());
    }
    assertEquals(5, asked.size());
  }

  /** طائرات, then {@code gap - 1} other words, then اشتباكات: the trigger is {@code gap} tokens after the aircraft. */
  private static SentenceView aircraftThenClash(int gap) {
    StringBuilder s = new StringBuilder("طائرات/NNS/0/root");
    for (int i = 1; i < gap; i++) {
      s.append(" كلمة/NN/1/dep");
    }
    s.append(" اشتباكات/NNS/1/dep");
    return HandSentence.parse(s.toString()).build();
  }

  @Test
  void nearMeansWithinTheWindowWithoutPunctuationBetween() {
    int w = ParsedSentenceEvidence.NEAR_WINDOW;
    SentenceView within = aircraftThenClash(w);
    assertTrue(new ParsedSentenceEvidence(HandSentence.words(), within, w, List.of(within)).near("AIR"));
    SentenceView beyond = aircraftThenClash(w + 1);
    assertFalse(new ParsedSentenceEvidence(HandSentence.words(), beyond, w + 1, List.of(beyond)).near("AIR"));
    SentenceView comma = HandSentence.parse("طائرات/NNS/0/root ،/PUNC/1/punct اشتباكات/NNS/1/dep").build();
    assertFalse(new ParsedSentenceEvidence(HandSentence.words(), comma, 2, List.of(comma)).near("AIR"));
  }

  @Test
  void aNumberCountingTheTriggerStandsInItsPlaceForGovernorAndSubject() {
    // أطلقت الفصائل عشرات الصواريخ: the parse hangs صواريخ on عشرات, the launching verb's object
    SentenceView fired = HandSentence.parse("أطلقت/VBD/0/root الفصائل/DTNNS/1/nsubj عشرات/NNS/1/obj الصواريخ/DTNNS/3/nmod")
        .quantity(2, 3, 20, 99L, 3, false).build();
    assertTrue(new ParsedSentenceEvidence(HandSentence.words(), fired, 3, List.of(fired)).governor("LAUNCH"));
    // سقطت مئات القذائف: the number is the subject
    SentenceView fell = HandSentence.parse("سقطت/VBD/0/root مئات/NNS/1/nsubj القذائف/DTNNS/2/nmod")
        .quantity(1, 2, 200, 999L, 2, false).build();
    assertTrue(new ParsedSentenceEvidence(HandSentence.words(), fell, 2, List.of(fell)).subjectOf("IMPACT"));
    // without the figure the noun's own governor is a number word, not a launching verb
    SentenceView bare = HandSentence.parse("أطلقت/VBD/0/root الفصائل/DTNNS/1/nsubj عشرات/NNS/1/obj الصواريخ/DTNNS/3/nmod").build();
    assertFalse(new ParsedSentenceEvidence(HandSentence.words(), bare, 3, List.of(bare)).governor("LAUNCH"));
  }
}
