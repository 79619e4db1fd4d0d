package org.hadath.events.arguments.fallback;

import static org.hadath.events.arguments.fallback.FallbackRuns.fill;
import static org.hadath.events.arguments.fallback.FallbackRuns.texts;
import static org.hadath.events.arguments.fallback.FallbackRuns.trigger;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.junit.jupiter.api.Test;

/**
 * Doers told the passive way (من قبل X) and clash sides told through the fighters killed in
 * the clash (roles4, issue #17). Hand-built parses of invented sentences, no CoreNLP model.
 */
class PassiveAndVictimsFallbacksTest {
  private final WordClasses words = HandSentence.words();

  @Test
  void theDoerAfterByIsTheAgentWhereverTheParseHangsIt() {
    // أصيب مدنيان جراء استهداف سيارة من قبل فصائل الجبهة: من قبل X hung on the car
    SentenceView v = HandSentence.parse("أصيب/VBN/0/root مدنيان/NN/1/nsubj:pass جراء/NN/4/case استهداف/NN/1/obl"
        + " سيارة/NN/4/nmod من/IN/8/case قبل/NN/8/case فصائل/NNS/5/nmod الجبهة/DTNN/8/nmod")
        .actor(7, 9, "front", ActorCategory.REBEL_GROUP).build();
    List<Candidate> out = fill(new DoerAfterBy(words), v, trigger(3, EventType.STRIKE), List.of());
    assertEquals(List.of("فصائل الجبهة"), texts(out, Role.AGENT));
  }

  @Test
  void beforeMeansNoDoerAndAKnownAgentStays() {
    // قصف البلدة قبل يومين من قبل الجيش: قبل without a preposition before it is "before"
    SentenceView v = HandSentence.parse("قصف/NN/0/root البلدة/DTNN/1/nmod قبل/NN/1/obl يومين/NN/3/nmod"
        + " الجيش/DTNN/1/nmod").actor(4, 5, "army", ActorCategory.STATE_FORCES).build();
    assertEquals(List.of(), texts(fill(new DoerAfterBy(words), v, trigger(0, EventType.STRIKE), List.of()),
        Role.AGENT));
    SentenceView w = HandSentence.parse("قصف/NN/0/root البلدة/DTNN/1/nmod من/IN/5/case قبل/NN/5/case"
        + " الجيش/DTNN/1/nmod").actor(4, 5, "army", ActorCategory.STATE_FORCES).build();
    Candidate known = new Candidate(Role.AGENT, 1, w.span(1, 2), w.span(1, 2), "test");
    assertEquals(List.of("البلدة"), texts(fill(new DoerAfterBy(words), w, trigger(0, EventType.STRIKE),
        List.of(known)), Role.AGENT));
  }

  @Test
  void fightersKilledInAClashNameItsSides() {
    // قُتل عنصران من قسد وآخر من الفوج نتيجة الاشتباكات
    SentenceView v = HandSentence.parse("قتل/VBN/0/root عنصران/NN/1/nsubj:pass من/IN/4/case قسد/NNP/2/nmod"
        + " و/CC/6/cc آخر/NN/2/conj من/IN/8/case الفوج/DTNN/6/nmod نتيجة/NN/10/case الاشتباكات/DTNNS/1/obl")
        .actor(3, 4, "sdf", ActorCategory.REBEL_GROUP).actor(7, 8, null, ActorCategory.UNIDENTIFIED_ARMED).build();
    List<Candidate> out = fill(new VictimsSides(words), v, trigger(9, EventType.CLASH), List.of());
    assertEquals(List.of("قسد", "الفوج"), texts(out, Role.PARTICIPANT));
  }

  @Test
  void groupsNamedAfterTheClashWordOrOffTheVictimsAreNoSides() {
    // أصيب عنصر باشتباكات مع مهربين وتوفي مدني في سجون قسد
    SentenceView v = HandSentence.parse("أصيب/VBN/0/root عنصر/NN/1/nsubj:pass ب/IN/4/case اشتباكات/NNS/1/obl"
        + " مع/IN/6/case مهربين/NNS/4/nmod و/CC/8/cc توفي/VBD/1/conj مدني/NN/8/nsubj في/IN/11/case"
        + " سجون/NN/8/obl قسد/NNP/11/nmod").actor(11, 12, "sdf", ActorCategory.REBEL_GROUP).build();
    assertEquals(List.of(), texts(fill(new VictimsSides(words), v, trigger(3, EventType.CLASH), List.of()),
        Role.PARTICIPANT));
  }
}
