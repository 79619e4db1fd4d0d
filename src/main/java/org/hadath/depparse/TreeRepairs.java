package org.hadath.depparse;

import org.hadath.depparse.FunctionWords.WordClass;
import org.hadath.normalize.ArabicGrammar;

/**
 * Corrections applied to the whole sentence after the phrase-by-phrase conversion, for UD
 * conventions a constituency tree does not give: one subject per verb (a relative pronoun
 * and a noun phrase, or an SVO and a VSO reading, both claim it), paired brackets and
 * quotes on the head of what they enclose, sentence-final punctuation on the root, and
 * future or aspect particles on the verb right after them. Thread-safe.
 */
final class TreeRepairs {

  private final FunctionWords fw;

  TreeRepairs(FunctionWords fw) {
    this.fw = fw;
  }

  /** Applies every repair, in order, to a sentence whose root token is {@code root}. */
  void apply(Attachments s, int root) {
    fixDoubleSubjects(s);
    fixPunctuation(s, root);
    fixParticles(s, root);
  }

  /** Where a verb has two subjects (relative pronoun + NP, SVO + VSO reading), keep one. */
  void fixDoubleSubjects(Attachments s) {
    int n = s.size();
    for (int v = 0; v < n; v++) {
      int firstSubj = -1;
      for (int i = 0; i < n; i++) {
        if (s.head(i) != v || !s.relation(i).isSubject()) {
          continue;
        }
        if (firstSubj < 0) {
          firstSubj = i;
        } else if (fw.is(s.word(firstSubj), WordClass.REL) && firstSubj < v && i > v) {
          if (s.hasResumptivePronoun(v)) {
            // التي يتحصن فيها مسلحون: the pronoun فيها carries the relation, الذي only marks
            s.relabel(firstSubj, UdRelation.MARK);
            firstSubj = i;
          } else {
            // الذي استهدف أحياء المدينة: the relative pronoun is the subject
            s.relabel(i, UdRelation.OBJ);
          }
        } else {
          s.relabel(i, s.hasObj(v) ? UdRelation.IOBJ : UdRelation.OBJ);
        }
      }
    }
  }

  /**
   * Paired brackets and quotes attach to the head of what they enclose; sentence-final
   * punctuation attaches to the root.
   */
  void fixPunctuation(Attachments s, int root) {
    int n = s.size();
    for (int i = 0; i < n; i++) {
      String w = s.word(i);
      if (!s.tag(i).equals("PUNC")) {
        continue;
      }
      int close = -1;
      if (w.equals("(") || w.equals("-LRB-") || w.equals("[")) {
        for (int j = i + 1; j < n; j++) {
          String x = s.word(j);
          if (x.equals(")") || x.equals("-RRB-") || x.equals("]")) {
            close = j;
            break;
          }
        }
      } else if (w.equals("\"")) {
        for (int j = i + 1; j < n; j++) {
          if (s.word(j).equals("\"")) {
            close = j;
            break;
          }
        }
      }
      if (close > i + 1) {
        int inner = s.spanHead(i + 1, close);
        if (inner >= 0 && s.head(inner) != i && s.head(inner) != close) {
          s.set(i, inner, UdRelation.PUNCT);
          s.set(close, inner, UdRelation.PUNCT);
        }
        i = close;
      }
    }
    int last = n - 1;
    if (last > 0 && last != root && s.tag(last).equals("PUNC")
        && s.word(last).matches("[.!?" + ArabicGrammar.ARABIC_QUESTION_MARK + "]+")) {
      s.set(last, root, UdRelation.PUNCT);
    }
  }

  /**
   * Future and aspect particles (س، سوف، قد) belong to the verb right after them, whatever
   * phrase the parser put them in.
   */
  void fixParticles(Attachments s, int root) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (i != root && fw.is(s.word(i), WordClass.AUX)
          && TagClass.of(s.tag(i + 1)) == TagClass.VERB && !s.hasDependents(i)) {
        s.set(i, i + 1, UdRelation.AUX);
      }
    }
  }
}
