package org.hadath.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hadath.events.DocumentEvents;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrameAssertions;

/** Assertions every result must pass, whatever the input. */
final class Frames {
  private Frames() {}

  /** Every span is the user's characters; indices, counts and intervals are consistent. */
  static void assertSane(String docId, String text, DocumentEvents d) {
    assertNotNull(d, docId);
    assertEquals(docId, d.docId());
    EventFrameAssertions.assertSpansTrue(text, d);
    // a sentence that was analysed has a token; one the text filter left out has none
    int analysed = d.sentences() - d.parseStatus().getOrDefault("NOT_ANALYSED", 0);
    assertTrue(analysed >= 0 && d.tokens() >= analysed, docId + ": counts " + d);
    int statusSum = d.parseStatus().values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(statusSum <= d.sentences(), docId + ": parse status of more sentences than exist");
    for (EventFrame f : d.events()) {
      assertTrue(f.sentenceIndex() >= 0 && f.sentenceIndex() < d.sentences(),
          docId + ": sentence index " + f.sentenceIndex());
      assertTrue(f.trigger().end() <= text.length() && f.trigger().end() > f.trigger().begin(),
          docId + ": empty trigger " + f.trigger());
      for (EventFrame.Casualty c : f.casualties()) {
        assertQuantity(docId, c.quantity());
      }
      if (f.count() != null) {
        assertQuantity(docId, f.count());
      }
    }
  }

  private static void assertQuantity(String docId, EventFrame.Quantity q) {
    assertTrue(q.min() >= 0 && (q.max() == null || q.max() >= q.min()), docId + ": bad interval " + q);
  }
}
