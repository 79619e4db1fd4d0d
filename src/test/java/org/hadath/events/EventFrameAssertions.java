package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared assertion: every span a frame reports is exactly the user's characters. */
public final class EventFrameAssertions {
  private EventFrameAssertions() {}

  public static void assertSpansTrue(String text, DocumentEvents d) {
    for (EventFrame f : d.events()) {
      assertSpan(text, f.trigger());
      f.altTriggers().forEach(s -> assertSpan(text, s));
      for (EventFrame.Argument a : f.arguments()) {
        assertSpan(text, a.span());
        assertSpan(text, a.head());
      }
      f.casualties().forEach(c -> assertSpan(text, c.quantity().span()));
      if (f.count() != null) {
        assertSpan(text, f.count().span());
      }
    }
  }

  static void assertSpan(String text, Span s) {
    assertEquals(s.text(), text.substring(s.begin(), s.end()), "span " + s);
  }
}
