package org.hadath.events.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.events.EventFrame;
import org.hadath.events.EventRules;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/**
 * The whole chain (triggers, Semgrex arguments over the built graph, fallbacks, factuality)
 * on hand-built sentences with the packaged rules, without CoreNLP models.
 */
class FrameFinderTest {
  private final FrameFinder finder = new FrameFinder(EventRules.getDefault());

  private List<EventFrame> frames(SentenceView v) {
    return finder.frames(v, List.of(), List.of(v));
  }

  @Test
  void strikeWithAircraftOwnerAndTarget() {
    // قصفت طائرات التحالف مواقع التنظيم
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root طائرات/NNS/1/nsubj التحالف/DTNN/2/nmod"
        + " مواقع/NNS/1/obj التنظيم/DTNN/4/nmod")
        .actor(2, 3, "coalition", ActorCategory.FOREIGN_FORCE).build();
    List<EventFrame> fs = frames(v);
    assertEquals(1, fs.size());
    EventFrame f = fs.get(0);
    assertEquals(EventType.STRIKE, f.type());
    assertEquals("قصفت", f.trigger().text());
    assertEquals("طائرات", f.arguments(Role.INSTRUMENT).get(0).span().text());
    assertEquals("التحالف", f.arguments(Role.AGENT).get(0).span().text());
    assertEquals("coalition", f.arguments(Role.AGENT).get(0).actorId());
    assertEquals("مواقع التنظيم", f.arguments(Role.TARGET).get(0).span().text());
    String rule = f.arguments(Role.TARGET).get(0).rule();
    assertTrue(rule.contains("arguments.tsv:"), rule); // a Semgrex rule over the built graph
  }

  @Test
  void lightVerbIsAnAlternativeTrigger() {
    // شنت الطائرات غارات على القرية
    SentenceView v = HandSentence.parse("شنت/VBD/0/root الطائرات/DTNNS/1/nsubj غارات/NNS/1/obj على/IN/5/case"
        + " القرية/DTNN/3/nmod").place(4, 5, null).build();
    EventFrame f = frames(v).stream().filter(x -> x.trigger().text().equals("غارات")).findFirst().orElseThrow();
    assertEquals(List.of("شنت"), f.altTriggers().stream().map(s -> s.text()).toList());
  }
}
