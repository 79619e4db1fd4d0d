package org.hadath.events.casualties;

import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;

/**
 * Breakdowns of victims counted before a bare بين (ارتفع عدد الضحايا إلى 3 أشخاص بين شهيد
 * وإصابتين): the victim words after it are the parts. When the parts' own counts (a figure, a
 * dual: 2, else 1) add up to the figure, each part is a toll of its own kind; otherwise the parts
 * only say the victims are of both kinds (عشرات بين قتيل وجريح). Stateless and thread-safe.
 */
final class Breakdowns {
  /** A breakdown after بين lists its parts within this many words. */
  static final int BREAKDOWN_REACH = 6;

  private final WordClasses words;
  private final CasualtyWords casualtyWords;

  Breakdowns(WordClasses words) {
    this.words = words;
    this.casualtyWords = new CasualtyWords(words);
  }

  /**
   * The victim words after figure {@code q} and a bare بين (3 أشخاص بين شهيد وإصابتين), up to
   * the next punctuation or verb; empty when no breakdown follows.
   */
  List<Integer> parts(SentenceView v, QuantityMention q) {
    int b = q.tokenEnd();
    List<Integer> parts = new ArrayList<>();
    if (b + 1 >= v.size() || !words.is(v, b, WordClass.BREAKDOWN) || !casualtyWords.victim(v, b + 1)) {
      return parts;
    }
    for (int k = b + 1; k < v.size() && k <= b + BREAKDOWN_REACH && !v.tag(k).equals("PUNC") && !v.isVerb(k); k++) {
      if (casualtyWords.victim(v, k)) {
        parts.add(k);
      }
    }
    return parts;
  }

  /** True when the parts' own counts (a figure, a dual: 2, else 1) add up to within figure {@code q}. */
  boolean addUp(SentenceView v, List<Integer> parts, QuantityMention q) {
    long sum = 0;
    for (int p : parts) {
      long n = words.is(v, p, WordClass.CASUALTY_DUAL) ? 2 : 1;
      for (QuantityMention m : v.quantities()) {
        if (m.countedNoun() != null && m.countedNoun().tokenIndex() == p) {
          n = m.min();
        }
      }
      sum += n;
    }
    return sum >= q.min() && (q.max() == null || sum <= q.max());
  }

  /** True when victim word {@code c} is one of the parts after such a بين, or a conjunct of one. */
  boolean isPart(SentenceView v, int c) {
    int first = c;
    while (first >= 0 && v.rel(first).startsWith("conj") && v.head(first) >= 0 && v.head(first) < first) {
      first = v.head(first);
    }
    int b = first - 1;
    return b > 0 && words.is(v, b, WordClass.BREAKDOWN) && v.quantities().stream().anyMatch(q -> q.tokenEnd() == b);
  }
}
