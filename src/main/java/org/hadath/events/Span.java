package org.hadath.events;

import com.google.common.base.Preconditions;

/**
 * Characters of the user's original text: {@code text == original.substring(begin, end)}.
 *
 * @param text the characters
 * @param begin offset of the first character
 * @param end offset one past the last character
 */
public record Span(String text, int begin, int end) {
  public Span {
    Preconditions.checkNotNull(text, "text");
    Preconditions.checkArgument(0 <= begin && begin <= end, "bad span %s..%s", begin, end);
  }

  /** The span {@code [begin, end)} of {@code original}. */
  public static Span of(String original, int begin, int end) {
    return new Span(original.substring(begin, end), begin, end);
  }

  /** True when the two spans share at least one character. */
  public boolean overlaps(Span o) {
    return begin < o.end && o.begin < end;
  }

  /** True when {@code o} lies inside this span. */
  public boolean contains(Span o) {
    return begin <= o.begin && o.end <= end;
  }
}
