package org.hadath.events.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The text structure {@link PostSources} reads, without models: post blocks and voicing lines. */
class PostBlocksTest {

  @Test
  void postBlocksEndAtBlankLines() {
    String text = "أ ب\nج د\n\nهـ و\n \nز";
    assertEquals(0, PostSources.blockStart(text, 4));
    assertEquals(9, PostSources.blockStart(text, 10));
    assertEquals(7, PostSources.blockEnd(text, 2));
    assertEquals(text.length(), PostSources.blockEnd(text, text.length() - 1));
  }

  @Test
  void linesThatCouldVoiceAPost() {
    assertTrue(PostSources.couldVoice("— الدفاع المدني السوري (@SyriaCivilDef) March 3, 2023"));
    assertTrue(PostSources.couldVoice("#الخوذ_البيضاء #إدلب"));
    assertFalse(PostSources.couldVoice("وقالت مصادر محلية إن الأهالي نزحوا."));
  }
}
