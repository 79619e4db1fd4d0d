package org.hadath.events.specificity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.events.EventFrame;
import org.hadath.events.EventRules;
import org.hadath.events.EventType;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.Span;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** Features of candidate frames on hand-built sentences, and the decision over them (no CoreNLP model). */
class SpecificityFeaturesTest {
  private final SpecificityFeatures features = new SpecificityFeatures(EventRules.getDefault());

  private static EventFrame frame(SentenceView v, int t, EventType type, Modality m) {
    Span s = Span.of(v.text(), v.begin(t), v.end(t));
    return new EventFrame(type, s, 0, v.key(t), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        null, Polarity.POSITIVE, m, false, "test");
  }

  @Test
  void aCallToStopIsTheTriggersGovernor() {
    // طالبوا بوقف القصف
    SentenceView v = HandSentence.parse("طالبوا/VBD/0/root ب/IN/3/case وقف/NN/1/obl القصف/DTNN/3/nmod").build();
    List<String> fs = features.of(v, 3, frame(v, 3, EventType.STRIKE, Modality.ASSERTED));
    assertTrue(fs.contains("gov:STOP"), fs.toString());
    assertTrue(fs.contains("prev1:STOP"), fs.toString());
    assertTrue(fs.contains("def") && fs.contains("noun") && fs.contains("w=قصف"), fs.toString());
    assertTrue(fs.contains("noToll") && fs.contains("noArgs") && fs.contains("type=STRIKE"), fs.toString());
    assertFalse(fs.contains("quoted"));
  }

  @Test
  void quotationArmedActorsAndModalityAreFeatures() {
    // قال القائد « سنشن هجمات على مواقع الجيش »
    SentenceView v = HandSentence.parse("قال/VBD/0/root القائد/DTNN/1/nsubj «/PUNC/4/punct سنشن/VBP/1/ccomp"
        + " هجمات/NNS/4/obj على/IN/7/case مواقع/NNS/5/nmod الجيش/DTNN/7/nmod »/PUNC/4/punct")
        .actor(7, 8, "army", ActorCategory.STATE_FORCES).build();
    List<String> fs = features.of(v, 4, frame(v, 4, EventType.CLASH, Modality.HYPOTHETICAL));
    assertTrue(fs.contains("quoted"), fs.toString());
    assertTrue(fs.contains("ctxArmed"), fs.toString());
    assertTrue(fs.contains("mod=HYPOTHETICAL") && fs.contains("plural") && fs.contains("indef"), fs.toString());
    assertTrue(fs.contains("govVerb") && fs.contains("rel=obj"), fs.toString());
  }

  @Test
  void theDecisionDropsWhatTheModelCallsGenericAndRecordsEveryCandidate() {
    SentenceView v = HandSentence.parse("طالبوا/VBD/0/root ب/IN/3/case وقف/NN/1/obl القصف/DTNN/3/nmod").build();
    EventFrame f = frame(v, 3, EventType.STRIKE, Modality.ASSERTED);
    SpecificityDecision strict = new SpecificityDecision(features,
        new SpecificityModel(Map.of("bias", 1.0, "gov:STOP", -4.0), 0.5));
    List<SpecificityDecision.Candidate> judged = strict.judge(v, List.of(f));
    assertEquals(1, judged.size());
    assertFalse(judged.get(0).kept());
    assertTrue(judged.get(0).specific() < 0.1);
    assertEquals(List.of(), SpecificityDecision.kept(judged));
    // a demanded or planned event keeps its HYPOTHETICAL mark instead of being judged
    EventFrame planned = frame(v, 3, EventType.STRIKE, Modality.HYPOTHETICAL);
    SpecificityDecision.Candidate c = strict.judge(v, List.of(planned)).get(0);
    assertTrue(c.kept() && c.exempt());
    SpecificityDecision lenient = new SpecificityDecision(features, SpecificityModel.keepAll());
    assertEquals(List.of(f), SpecificityDecision.kept(lenient.judge(v, List.of(f))));
  }

  @Test
  void aModelWithAMarkedThresholdJudgesHypotheticalFramesToo() {
    // ردت إذا تعرضت لهجوم: a condition with no occurrence of its own
    SentenceView v = HandSentence.parse("سترد/VBP/0/root اذا/IN/3/mark تعرضت/VBD/1/advcl ل/IN/5/case هجوم/NN/3/obl")
        .build();
    EventFrame planned = frame(v, 4, EventType.CLASH, Modality.HYPOTHETICAL);
    List<String> fs = features.of(v, 4, planned);
    assertTrue(fs.contains("dom:COND"), fs.toString());
    SpecificityModel judging = new SpecificityModel(Map.of("bias", 1.0, "dom:COND", -3.0), 0.9, 0.5);
    assertTrue(judging.judgesMarked());
    SpecificityDecision.Candidate c = new SpecificityDecision(features, judging).judge(v, List.of(planned)).get(0);
    assertFalse(c.kept() || c.exempt());
    assertTrue(c.features().contains("dom:COND"), "an exempt or judged candidate records its features");
    // the marked threshold, not the unmarked one, applies: 0.3 keeps what 0.9 would drop
    SpecificityModel lenientOnMarked = new SpecificityModel(Map.of("bias", 1.0, "dom:COND", -1.5), 0.9, 0.3);
    assertTrue(new SpecificityDecision(features, lenientOnMarked).judge(v, List.of(planned)).get(0).kept());
    assertFalse(new SpecificityDecision(features, lenientOnMarked)
        .judge(v, List.of(frame(v, 4, EventType.CLASH, Modality.ASSERTED))).get(0).kept());
    // a demanded surrender is exempt even from a model that judges marked frames
    SpecificityDecision.Candidate demanded = new SpecificityDecision(features, judging)
        .judge(v, List.of(frame(v, 4, EventType.SURRENDER, Modality.HYPOTHETICAL))).get(0);
    assertTrue(demanded.kept() && demanded.exempt());
    // and so is a planned evacuation of people it names
    EventFrame bare = frame(v, 4, EventType.EVACUATION, Modality.HYPOTHETICAL);
    Span who = Span.of(v.text(), v.begin(2), v.end(2));
    EventFrame named = new EventFrame(EventType.EVACUATION, bare.trigger(), 0, bare.triggerNorm(), ImmutableList.of(),
        ImmutableList.of(new EventFrame.Argument(org.hadath.events.Role.THEME, who, who, null, null, null, null, null,
            null, null, null, "test")),
        ImmutableList.of(), null, Polarity.POSITIVE, Modality.HYPOTHETICAL, false, "test");
    SpecificityDecision.Candidate exit = new SpecificityDecision(features, judging).judge(v, List.of(named)).get(0);
    assertTrue(exit.kept() && exit.exempt());
    // one that names nobody (لن يخرجوا إلا على كره، سيغادر رئاسة اللجنة) is judged like a threat
    SpecificityDecision.Candidate nobody = new SpecificityDecision(features, judging).judge(v, List.of(bare)).get(0);
    assertFalse(nobody.kept() || nobody.exempt());
  }

  @Test
  void aYearAndTheVerbsTenseAreFeatures() {
    // فجروا السفارة عام 1983
    SentenceView v = HandSentence.parse("فجروا/VBD/0/root السفارة/DTNN/1/obj عام/NN/1/obl 1983/CD/3/nummod").build();
    List<String> fs = features.of(v, 0, frame(v, 0, EventType.BOMBING, Modality.ASSERTED));
    assertTrue(fs.contains("tag=VBD") && fs.contains("yearNear"), fs.toString());
    assertFalse(fs.contains("ctxYear"), fs.toString());
  }
}
