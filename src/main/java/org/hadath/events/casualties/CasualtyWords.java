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
  /** An injury noun after ب this many tokens after a casualty word tells the manner (أصيب 10 بإصابات). */
  static final int MANNER_REACH = 6;

  private final WordClasses words;

  CasualtyWords(WordClasses words) {
    this.words = words;
  }

  /** True for a word telling a death. */
  boolean killed(SentenceView v, int i) {
    return words.is(v, i, WordClass.KILLED) || lifeLost(v, i);
  }

  /**
   * True for a word telling an injury; not a noun of hits (حققت إصابات دقيقة، إصابة مباشرة:
   * {@code HIT_QUALITY}), the manner of a wound already told (أصيب 10 بإصابات مختلفة) nor one
   * of the wounded picked out (استشهد أحد الجرحى).
   */
  boolean injured(SentenceView v, int i) {
    return words.is(v, i, WordClass.INJURED) && (v.isVerb(i) || !hit(v, i) && !manner(v, i) && !oneOf(v, i));
  }

  /** استشهاد السائق وأحد الجرحى: the wounded word after أحد names who died, not who was hurt. */
  private boolean oneOf(SentenceView v, int i) {
    return i > 0 && words.is(v, i - 1, WordClass.ONE_OF);
  }

  private boolean hit(SentenceView v, int i) {
    if (i + 1 < v.size() && words.is(v, i + 1, WordClass.HIT_QUALITY)) {
      return true;
    }
    return v.children(i, "amod").stream().anyMatch(a -> words.is(v, a, WordClass.HIT_QUALITY));
  }

  /**
   * أصيب ثمانية مدنيين بإصابات متفاوتة: an injury noun after ب a few words after an injured or
   * killed word tells how they were hurt, not who.
   */
  private boolean manner(SentenceView v, int i) {
    if (!words.isA(v.caseOf(i), WordClass.BY) && !(i > 0 && words.is(v, i - 1, WordClass.BY))) {
      return false;
    }
    for (int k = Math.max(0, i - MANNER_REACH); k < i; k++) {
      if (words.is(v, k, WordClass.INJURED) || words.is(v, k, WordClass.KILLED)) {
        return true;
      }
    }
    return false;
  }

  /** True for a word hitting people that may have killed or wounded them (قنص، تحييد). */
  boolean harmed(SentenceView v, int i) {
    return words.is(v, i, WordClass.HARM);
  }

  /** True for a killed or injured word: the victim words a people phrase leaves to the casualty rules. */
  boolean victim(SentenceView v, int i) {
    return killed(v, i) || injured(v, i);
  }

  /** True when a phrase starting at token {@code b} follows بينهم/منهم: a part of victims counted before it. */
  boolean amongBefore(SentenceView v, int b) {
    int k = b - 1;
    if (k >= 0 && v.tag(k).startsWith("PRP") && k > 0 && v.begin(k) == v.end(k - 1)) {
      k--; // بين+هم: the pronoun glued to the preposition
    }
    return k >= 0 && k < b - 1 && words.is(v, k, WordClass.AMONG);
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
