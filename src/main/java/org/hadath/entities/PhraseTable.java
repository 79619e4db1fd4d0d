package org.hadath.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hadath.normalize.ArabicKeys;

/**
 * Multi-word phrases (cue words, month names, relative days) matched on {@link Piece}
 * keys, longest first. Immutable after construction, so shared freely between threads.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTable<V> {

  /** A phrase found at some piece position: its value and how many pieces it spans. */
  public record Match<V>(V value, int length, boolean cliticStripped) {}

  private record Entry<V>(String[] keys, V value) {}

  private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();

  /** Adds {@code phrase} (any spelling; it is keyed with matchKey and split on spaces). */
  public void put(String phrase, V value) {
    String[] keys = ArabicKeys.matchKey(phrase).split(" ");
    List<Entry<V>> list = byFirst.computeIfAbsent(keys[0], k -> new ArrayList<>());
    list.add(new Entry<>(keys, value));
    // Longest phrase first, so "أمس الأول" wins over "أمس".
    list.sort((a, b) -> Integer.compare(b.keys.length, a.keys.length));
  }

  /** True when {@code key} is a one-word phrase of the table. */
  public boolean containsWord(String key) {
    List<Entry<V>> l = byFirst.get(key);
    return l != null && l.stream().anyMatch(e -> e.keys.length == 1);
  }

  /**
   * The longest phrase starting at piece {@code i}, or {@code null}. The first word may
   * carry an unsplit proclitic (وأمس) when {@code allowClitic}; the match then says so,
   * so that the caller starts the mention after the clitic.
   */
  public Match<V> match(List<Piece> pieces, int i, boolean allowClitic) {
    if (i < 0 || i >= pieces.size()) {
      return null;
    }
    Match<V> m = matchWith(pieces, i, pieces.get(i).key(), false);
    if (m == null && allowClitic && pieces.get(i).keyWithoutClitic() != null) {
      m = matchWith(pieces, i, pieces.get(i).keyWithoutClitic(), true);
    }
    return m;
  }

  private Match<V> matchWith(List<Piece> pieces, int i, String firstKey, boolean stripped) {
    List<Entry<V>> entries = byFirst.get(firstKey);
    if (entries == null) {
      return null;
    }
    for (Entry<V> e : entries) {
      if (i + e.keys.length > pieces.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < e.keys.length && ok; k++) {
        ok = pieces.get(i + k).key().equals(e.keys[k]);
      }
      if (ok) {
        return new Match<>(e.value, e.keys.length, stripped);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "PhraseTable" + Arrays.toString(byFirst.keySet().toArray());
  }
}
