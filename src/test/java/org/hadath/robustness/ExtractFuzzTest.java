package org.hadath.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.hadath.events.DocumentEvents;
import org.hadath.testing.SharedExtractor;

/**
 * Fuzzes the whole extract path (normalize → CoreNLP → entities → events) through the shared
 * extractor, input capped at {@link #MAX_CHARS} characters. In a normal {@code mvn test} only
 * the saved inputs under {@code ExtractFuzzTestInputs/extract/} are replayed; see
 * docs/FUZZING.md to fuzz.
 *
 * <p>Properties: no exception other than the documented one (IllegalArgumentException naming
 * the document, for a document over the size limit — never reached at this cap); every span
 * of every frame is the user's own characters; counts and intervals consistent.
 */
class ExtractFuzzTest {
  static final int MAX_CHARS = 2000;
  private static final String DOC = "fuzz-doc";

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "arabic.dict")
  void extract(byte[] data) {
    check(FuzzInput.decode(data));
  }

  /**
   * Inputs that once crashed the extract path (lone surrogates: CoreNLP's lexer threw
   * java.lang.Error), kept as regression inputs; the normalizer now turns them into spaces.
   */
  @FuzzTest(maxDuration = "10m")
  void extractKnownCrashes(byte[] data) {
    check(FuzzInput.decode(data));
  }

  static void check(String input) {
    String text = input.length() > MAX_CHARS ? input.substring(0, MAX_CHARS) : input;
    DocumentEvents d;
    try {
      d = SharedExtractor.get().extract(DOC, text);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage() != null && e.getMessage().startsWith(DOC), "undocumented error: " + e);
      return;
    }
    Frames.assertSane(DOC, text, d);
  }
}
