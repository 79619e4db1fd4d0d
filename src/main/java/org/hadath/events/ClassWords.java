package org.hadath.events;

/**
 * Which tokens of one sentence are words of one class ({@code classes.tsv}), and how many.
 * The rules ask this of the same words many times, so it is computed once per sentence and
 * class, by the event layer and by its parse selector alike.
 *
 * @param at for each token, whether it is a word of the class
 * @param count how many tokens are
 */
record ClassWords(boolean[] at, int count) {

  /** The words of class {@code cls} among the tokens with these match keys. */
  static ClassWords of(String[] keys, EventRules rules, String cls) {
    boolean[] at = new boolean[keys.length];
    int n = 0;
    for (int t = 0; t < keys.length; t++) {
      at[t] = rules.isA(keys[t], cls);
      n += at[t] ? 1 : 0;
    }
    return new ClassWords(at, n);
  }

  /** Whether token {@code i} is a word of the class (false outside the sentence). */
  boolean is(int i) {
    return i >= 0 && i < at.length && at[i];
  }

  /** Whether some token other than {@code except} is a word of the class. */
  boolean anyBut(int except) {
    return count - (is(except) ? 1 : 0) > 0;
  }
}
