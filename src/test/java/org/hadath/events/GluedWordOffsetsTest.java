package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hadath.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * A place name glued to the verb after it, in a CRLF file with a tatweel in the name: the
 * whole pipeline sees two words, and every offset of the frames indexes the original text.
 */
class GluedWordOffsetsTest {
  // invented post: a headline line, then the glued sentence, CRLF line ends
  private static final String TEXT = "خبر عاجل\r\nسقوط قذائف على تل رفعـتقصفت المدفعية التركية أحياء البلدة صباح اليوم\r\n"
      + "ولم ترد أنباء عن إصابات.\r\n";

  @Test
  void framesOfAGluedSplitPointIntoTheOriginalText() {
    DocumentEvents doc = SharedExtractor.get().extract("glued", TEXT);
    assertFalse(doc.events().isEmpty());
    boolean cutVerb = false;
    boolean name = false;
    for (EventFrame f : doc.events()) {
      assertEquals(f.trigger().text(), TEXT.substring(f.trigger().begin(), f.trigger().end()), f.toString());
      cutVerb |= f.trigger().text().equals("قصفت");
      for (EventFrame.Argument a : f.arguments()) {
        assertEquals(a.span().text(), TEXT.substring(a.span().begin(), a.span().end()), a.toString());
        name |= a.span().text().equals("تل رفعـت");
      }
    }
    assertTrue(cutVerb, "the verb cut off the name is a trigger: " + doc.events());
    assertTrue(name, "the name, kashida and all, is an argument: " + doc.events());
  }
}
