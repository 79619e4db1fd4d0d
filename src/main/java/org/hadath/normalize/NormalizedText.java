package org.hadath.normalize;

import com.google.common.base.Preconditions;

/**
 * A text after {@link ArabicTextNormalizer}, together with the map from each of its
 * characters back to the user's original characters.
 *
 * <p>Every normalized character {@code i} came from the original range
 * {@code [originalBegin(i), originalEnd(i))}. Characters that normalization removed
 * (diacritics, tatweel) are folded into the range of the letter before them, so a span of
 * whole normalized words maps back to whole original words, marks included.
 * Instances are immutable.
 */
public final class NormalizedText {
  private final String original;
  private final String normalized;
  private final int[] begins;
  private final int[] ends;

  NormalizedText(String original, String normalized, int[] begins, int[] ends) {
    this.original = original;
    this.normalized = normalized;
    this.begins = begins;
    this.ends = ends;
  }

  /** The text exactly as the user gave it. */
  public String original() {
    return original;
  }

  /** The text CoreNLP sees. */
  public String normalized() {
    return normalized;
  }

  /** True when normalization changed nothing. */
  public boolean isIdentity() {
    return original.equals(normalized);
  }

  /** Original offset of the first character behind normalized character {@code i}. */
  public int originalBegin(int i) {
    Preconditions.checkElementIndex(i, normalized.length());
    return begins[i];
  }

  /** Original offset one past the last character behind normalized character {@code i}. */
  public int originalEnd(int i) {
    Preconditions.checkElementIndex(i, normalized.length());
    return ends[i];
  }

  /**
   * Maps a normalized span {@code [begin, end)} to the original text. An empty span maps to
   * the empty span at the corresponding original position.
   */
  public int[] toOriginal(int begin, int end) {
    Preconditions.checkPositionIndexes(begin, end, normalized.length());
    if (begin == end) {
      int pos = begin < normalized.length() ? begins[begin]
          : (normalized.isEmpty() ? 0 : ends[normalized.length() - 1]);
      return new int[] {pos, pos};
    }
    return new int[] {begins[begin], ends[end - 1]};
  }

  /** Convenience: the original characters behind a normalized span. */
  public String originalSpan(int begin, int end) {
    int[] o = toOriginal(begin, end);
    return original.substring(o[0], o[1]);
  }
}
