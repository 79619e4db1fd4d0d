package org.hadath.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.hadath.normalize.ArabicTextNormalizer;
import org.hadath.normalize.NormalizedText;

/**
 * Fuzzes {@link ArabicTextNormalizer}. In a normal {@code mvn test} only the saved inputs
 * under {@code NormalizerFuzzTestInputs/normalize/} are replayed; see docs/FUZZING.md to fuzz.
 *
 * <p>Properties: never throws on non-null input; the offset map has one in-range, non-empty,
 * monotone original range per normalized character; normalizing is idempotent; every
 * whitespace-delimited word of the normalized text maps back to original characters that
 * neither begin nor end with white space, in text order.
 */
class NormalizerFuzzTest {
  private static final ArabicTextNormalizer N = ArabicTextNormalizer.getInstance();

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = "arabic.dict")
  void normalize(byte[] data) {
    check(FuzzInput.decode(data));
  }

  static void check(String text) {
    String show = FuzzInput.escape(text);
    NormalizedText t = N.normalize(text);
    String norm = t.normalized();
    assertEquals(text, t.original(), show);
    int n = text.length();
    int prevBegin = 0;
    int prevEnd = 0;
    for (int i = 0; i < norm.length(); i++) {
      int b = t.originalBegin(i);
      int e = t.originalEnd(i);
      assertTrue(0 <= b && b < e && e <= n, "range of char " + i + " [" + b + "," + e + ") in " + show);
      assertTrue(b >= prevBegin, "begins not monotone at " + i + " in " + show);
      assertTrue(e >= prevEnd, "ends not monotone at " + i + " in " + show);
      prevBegin = b;
      prevEnd = e;
    }
    // the whole normalized text maps inside the original
    int[] whole = t.toOriginal(0, norm.length());
    assertTrue(0 <= whole[0] && whole[0] <= whole[1] && whole[1] <= n, "whole span in " + show);
    // idempotence
    assertEquals(norm, N.normalize(norm).normalized(), "not idempotent on " + show);
    // words map back to whole original words, in order
    int wPrevBegin = -1;
    int wPrevEnd = -1;
    int i = 0;
    while (i < norm.length()) {
      if (Character.isWhitespace(norm.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < norm.length() && !Character.isWhitespace(norm.charAt(j))) {
        j++;
      }
      int[] o = t.toOriginal(i, j);
      String orig = text.substring(o[0], o[1]);
      assertFalse(orig.isEmpty(), "empty original for word at " + i + " in " + show);
      assertFalse(Character.isWhitespace(orig.charAt(0)), "word at " + i + " begins with space in " + show);
      assertFalse(Character.isWhitespace(orig.charAt(orig.length() - 1)),
          "word at " + i + " ends with space in " + show);
      assertTrue(o[0] >= wPrevBegin && o[1] >= wPrevEnd, "words out of order at " + i + " in " + show);
      wPrevBegin = o[0];
      wPrevEnd = o[1];
      i = j;
    }
  }
}
