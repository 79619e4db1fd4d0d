package org.hadath.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hadath.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/** Emoji, pictographs and U+FFFC do not flood stderr; other stderr output is untouched. */
class LogNoiseTest {

  @Test
  void untokenizableCharactersAreCountedNotPrinted() {
    PrintStream old = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      UntokenizableCounter.install();
      String text = "عاجل 🔴 قصفت طائرات حربية أطراف البلدة 💥💥 صباح اليوم ￼ ✨\nوأفاد ناشطون بسقوط جرحى 🙏";
      Annotation a = SharedPipeline.annotate(text);
      List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
      assertTrue(tokens.stream().anyMatch(t -> t.word().equals("قصفت")), tokens.toString());
      for (CoreLabel t : tokens) {
        assertEquals(t.originalText(), text.substring(t.beginPosition(), t.endPosition()), "offsets stay true");
      }
      System.err.println("other output passes");
      System.err.printf("a %s line%n", "formatted");
      String err = captured.toString(StandardCharsets.UTF_8);
      assertFalse(err.contains("Untokenizable"), err);
      assertTrue(err.contains("other output passes") && err.contains("a formatted line"), err);
      // the counter was emptied by the document's tokenizer stage
      assertEquals(0, UntokenizableCounter.take().count());
    } finally {
      System.setErr(old);
    }
  }
}
