package org.hadath.robustness;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a fuzzer's raw bytes into a Java string. The inputs are plain UTF-8 files (so seeds
 * and crashing inputs under {@code src/test/resources} are readable text); a byte sequence
 * that is not UTF-8 is read as UTF-16LE instead, which lets the fuzzer reach every char,
 * lone surrogates included.
 */
final class FuzzInput {
  private FuzzInput() {}

  static String decode(byte[] data) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data)).toString();
    } catch (CharacterCodingException e) {
      return new String(data, 0, data.length & ~1, StandardCharsets.UTF_16LE);
    }
  }

  /** Visible form of a string for failure messages: non-ASCII as \\uXXXX. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length() && i < 400; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    if (s.length() > 400) {
      sb.append("… (").append(s.length()).append(" chars)");
    }
    return sb.toString();
  }
}
