package org.hadath.events.casualties;

import org.hadath.events.sentence.SentenceView;

/**
 * Whether a noun is definite: definite nouns give no count (إجلاء المدنيين), indefinite
 * plurals give "at least two" (مقتل مدنيين).
 */
final class Definiteness {
  private Definiteness() {}

  /**
   * True for the article, a possessive suffix (مسلحيه), or a construct with a definite or
   * named second term (مسلحي التنظيم).
   */
  static boolean isDefinite(SentenceView v, int i) {
    if (v.tag(i).startsWith("DT") || v.tag(i).contains("NNP")) {
      return true;
    }
    if (i + 1 < v.size() && v.tag(i + 1).startsWith("PRP") && v.begin(i + 1) == v.end(i)) {
      return true;
    }
    for (int c : v.children(i, "nmod")) {
      if (c == i + 1 && v.caseOf(c).isEmpty() && (v.tag(c).startsWith("DT") || v.tag(c).contains("NNP"))) {
        return true;
      }
    }
    return false;
  }
}
