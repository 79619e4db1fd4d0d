package org.hadath.events.sentence;

import java.util.ArrayList;
import java.util.List;

/** Distances and paths in a sentence's dependency tree and token order. */
public final class Trees {
  private Trees() {}

  /** How many governors above a word {@link #governorChain} follows (the word itself comes first). */
  public static final int GOVERNOR_CHAIN_LENGTH = 4;

  /** Number of dependency links between two tokens ({@link Integer#MAX_VALUE} when unrelated). */
  public static int treeDistance(SentenceView v, int a, int b) {
    int da = 0;
    for (int x = a; x >= 0 && da <= v.size(); x = v.head(x), da++) {
      int db = v.depthBelow(x, b);
      if (db >= 0) {
        return da + db;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** The verb (or root) whose clause contains token {@code i}. */
  public static int clauseHead(SentenceView v, int i) {
    int x = i;
    int steps = 0;
    while (x >= 0 && steps++ <= v.size()) {
      if (v.isVerb(x) || v.head(x) < 0) {
        return x;
      }
      x = v.head(x);
    }
    return i;
  }

  /** The head of the tokens [from, to): the first whose head lies outside. */
  public static int mentionHead(SentenceView v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (v.head(i) < from || v.head(i) >= to) {
        return i;
      }
    }
    return from;
  }

  /** Token indices within {@code radius} of {@code t}, nearest first, following before preceding. */
  public static List<Integer> nearestFirst(SentenceView v, int t, int radius) {
    List<Integer> out = new ArrayList<>();
    for (int d = 1; d <= radius; d++) {
      if (t + d < v.size()) {
        out.add(t + d);
      }
      if (t - d >= 0) {
        out.add(t - d);
      }
    }
    return out;
  }

  /** The word and up to three governors above it ({@link #GOVERNOR_CHAIN_LENGTH} in all). */
  public static List<Integer> governorChain(SentenceView v, int i) {
    List<Integer> out = new ArrayList<>();
    int x = i;
    for (int k = 0; k < GOVERNOR_CHAIN_LENGTH && x >= 0; k++) {
      out.add(x);
      x = v.head(x);
    }
    return out;
  }

  /** True when one token is the other's conjunct. */
  public static boolean linkedByConj(SentenceView v, int a, int b) {
    return v.head(a) == b && v.rel(a).startsWith("conj") || v.head(b) == a && v.rel(b).startsWith("conj");
  }
}
