package org.hadath.events.sentence;

import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Which tokens of one sentence are words of one class ({@code classes.tsv}), and how many.
 * The rules ask this of the same words many times, so it is computed once per sentence and
 * class, by the event layer and by its parse selector alike.
 *
 * @param at for each token, whether it is a word of the class
 * @param count how many tokens are
 */
public record ClassWords(boolean[] at, int count) {

  /** The words among {@code n} tokens for which {@code isWord} holds (by token index). */
  public static ClassWords of(int n, IntPredicate isWord) {
    boolean[] at = new boolean[n];
    int count = 0;
    for (int t = 0; t < n; t++) {
      at[t] = isWord.test(t);
      count += at[t] ? 1 : 0;
    }
    return new ClassWords(at, count);
  }

  /** The words among tokens with these match keys for which {@code isWord} holds. */
  public static ClassWords of(String[] keys, Predicate<String> isWord) {
    return of(keys.length, t -> isWord.test(keys[t]));
  }

  /** Whether token {@code i} is a word of the class (false outside the sentence). */
  public boolean is(int i) {
    return i >= 0 && i < at.length && at[i];
  }

  /** Whether some token other than {@code except} is a word of the class. */
  public boolean anyBut(int except) {
    return count - (is(except) ? 1 : 0) > 0;
  }
}
