package org.hadath.util;

import java.util.regex.Pattern;

/**
 * Regular-expression matching with a bounded amount of work, for patterns that come from
 * users' rule files: a pattern with catastrophic backtracking ({@code (a+)+$}) must not hang
 * the extractor. Each match may read at most {@link #MAX_STEPS} characters; beyond that the
 * attempt is abandoned and counted as no match (callers report it).
 */
public final class BoundedRegex {
  /** Character reads allowed for one match attempt (a normal word needs a few hundred). */
  public static final int MAX_STEPS = 200_000;

  private BoundedRegex() {}

  /** Thrown inside the matcher when an attempt exceeds its budget. */
  public static final class TooSlowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooSlowException(Pattern p) {
      super("regular expression took too long and was abandoned: " + p.pattern());
    }
  }

  /**
   * Whether {@code p} matches all of {@code s}.
   *
   * @throws TooSlowException when the attempt exceeds {@link #MAX_STEPS} character reads
   */
  public static boolean matches(Pattern p, String s) {
    return p.matcher(new Counting(s, p)).matches();
  }

  /** A CharSequence that counts reads and gives up past the budget. */
  private static final class Counting implements CharSequence {
    private final String s;
    private final Pattern p;
    private int steps;

    Counting(String s, Pattern p) {
      this.s = s;
      this.p = p;
    }

    @Override
    public char charAt(int index) {
      if (++steps > MAX_STEPS) {
        throw new TooSlowException(p);
      }
      return s.charAt(index);
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return s.subSequence(start, end);
    }

    @Override
    public String toString() {
      return s;
    }
  }
}
