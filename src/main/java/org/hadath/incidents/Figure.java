package org.hadath.incidents;

import com.google.common.base.Preconditions;

/**
 * One report's casualty figure of one kind.
 *
 * @param min lower bound
 * @param max upper bound, or null when the report set none ("more than 10")
 * @param doc the report it came from
 */
public record Figure(long min, Long max, String doc) {
  /**
   * Checks the figure.
   *
   * @throws IllegalArgumentException when {@code min} is negative or {@code max} below it
   * @throws NullPointerException when {@code doc} is null
   */
  public Figure {
    Preconditions.checkArgument(min >= 0, "negative figure");
    Preconditions.checkArgument(max == null || max >= min, "max below min");
    Preconditions.checkNotNull(doc);
  }

  /** The upper bound, or {@code min} when there is none (for comparing sizes). */
  public long top() {
    return max == null ? min : max;
  }
}
