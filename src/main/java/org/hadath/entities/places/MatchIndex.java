package org.hadath.entities.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hadath.entities.PhraseMatcher;

/** Phrase matches indexed by their first token, the longest kept where several start there. */
final class MatchIndex {
  private MatchIndex() {}

  /** The longest match starting at each token (by tokens, then by characters). */
  static <V> Map<Integer, PhraseMatcher.Match<V>> longestByStart(List<PhraseMatcher.Match<V>> all) {
    Map<Integer, PhraseMatcher.Match<V>> m = new HashMap<>();
    for (PhraseMatcher.Match<V> x : all) {
      PhraseMatcher.Match<V> old = m.get(x.tokenBegin());
      if (old == null || x.tokenEnd() > old.tokenEnd()
          || (x.tokenEnd() == old.tokenEnd() && x.length() > old.length())) {
        m.put(x.tokenBegin(), x);
      }
    }
    return m;
  }
}
