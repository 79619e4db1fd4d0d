package org.hadath.events.casualties;

import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;

/**
 * Which words of a sentence tell casualties and of which kind: a killed or injured word of
 * the rules ({@code classes.tsv}: قتل، استشهد، أصيب، جرحى), a verb that loses or takes a life
 * with a life word just after it (فقد طفلان حياتهما، أودى بحياة ثلاثة), and a word that hits
 * people without saying whether they died (قنص عنصر، تحييد عنصرين: killed or injured).
 */
final class CasualtyWords {
  /** A life word may stand this many tokens after its verb (أودت غارة جوية على سوق شعبي في مدينة X بـحياة). */
  static final int LIFE_REACH = 12;

  private final WordClasses words;

  CasualtyWords(WordClasses words) {
    this.words = words;
  }

  /** True for a word telling a death. */
  boolean killed(SentenceView v, int i) {
    return words.is(v, i, WordClass.KILLED) || lifeLost(v, i);
  }

  /** True for a word telling an injury. */
  boolean injured(SentenceView v, int i) {
    return words.is(v, i, WordClass.INJURED);
  }

  /** True for a word hitting people that may have killed or wounded them (قنص، تحييد). */
  boolean harmed(SentenceView v, int i) {
    return words.is(v, i, WordClass.HARM);
  }

  /** True for a killed or injured word: the victim words a people phrase leaves to the casualty rules. */
  boolean victim(SentenceView v, int i) {
    return killed(v, i) || injured(v, i);
  }

  private boolean lifeLost(SentenceView v, int i) {
    return lifeWord(v, i) >= 0;
  }

  /**
   * The life word of a life verb (فقد … حياته، فارق الحياة، أودى القصف بحياة): a few tokens
   * after it with no punctuation and no other verb between, or its dependent; -1 when
   * {@code i} is no such verb.
   */
  int lifeWord(SentenceView v, int i) {
    if (!words.is(v, i, WordClass.LIFE_LOSS)
        || v.key(i).length() <= 2 && (i == 0 || v.begin(i) != v.end(i - 1))) {
      return -1; // a short form (قد of ف+قد) only with its clitic: a bare قد is a particle
    }
    for (int j = i + 1; j < v.size() && j <= i + LIFE_REACH; j++) {
      if (words.is(v, j, WordClass.LIFE)) {
        return j;
      }
      if (v.tag(j).equals("PUNC") || v.isVerb(j)) {
        break;
      }
    }
    for (int c : v.children(i)) {
      if (words.is(v, c, WordClass.LIFE)) {
        return c;
      }
    }
    return -1;
  }
}
