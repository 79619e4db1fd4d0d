package org.hadath.entities.quantity;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.NumberReader;
import org.hadath.entities.NumberReader.Num;
import org.hadath.entities.PhraseTable;
import org.hadath.entities.Piece;
import org.hadath.entities.Pieces;
import org.hadath.entities.quantity.QuantityLexicon.CueEntry;
import org.hadath.entities.quantity.QuantityMention.CountedNoun;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.normalize.ArabicKeys;

/**
 * Finds quantities in one sentence. Stateless apart from the shared immutable lexicon, so
 * one instance may serve many threads.
 *
 * <p>Scan order at each position: a prefix cue (نحو، أكثر من، بين…) with a number; a group
 * noun (عدد من); a vague number word (عشرات); a number (digits or words, possibly a range or
 * followed by على الأقل); a person dual (شخصين). Numbers that are years, days of a month,
 * clock times, parts of d/m/y dates, percentages, money or list numbers are skipped.
 */
public final class QuantityExtractor {

  private final QuantityLexicon lex;
  private final NumberReader numbers = NumberReader.get();

  /** An extractor over the shared lexicon. */
  public QuantityExtractor() {
    this.lex = QuantityLexicon.get();
  }

  /** Quantities of one sentence, in text order. Never throws on odd input. */
  public List<QuantityMention> extract(List<CoreLabel> tokens, String docText,
      int sentenceIndex) {
    List<Piece> ps = Pieces.split(tokens, docText);
    List<QuantityMention> out = new ArrayList<>();
    int i = 0;
    while (i < ps.size()) {
      QuantityMention m = at(ps, i, docText, sentenceIndex);
      if (m == null) {
        i++;
        continue;
      }
      out.add(m);
      // Continue after the mention's last piece.
      int j = i;
      while (j < ps.size() && ps.get(j).begin() < m.end()) {
        j++;
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  private QuantityMention at(List<Piece> ps, int i, String doc, int sent) {
    // 1. prefix cue + number
    PhraseTable.Match<CueEntry> cue = lex.prefixCues.match(ps, i, true);
    if (cue != null) {
      int j = i + cue.length();
      Num n = number(ps, j);
      if (n != null && !notACount(ps, n)) {
        int begin = ps.get(i).begin() + (cue.cliticStripped() ? 1 : 0);
        switch (cue.value().cue()) {
          case APPROX -> {
            Num hi = rangeEnd(ps, n.end());
            if (hi != null && hi.value() > n.value()) {
              return build(ps, begin, i, hi.end(), n.value(), hi.value(), true, QuantityKind.RANGE,
                  doc, sent);
            }
            return build(ps, begin, i, n.end(), n.value(), n.value(), true, QuantityKind.APPROXIMATE,
                doc, sent);
          }
          case MORE_THAN -> {
            return build(ps, begin, i, n.end(), n.value() + 1, null, false,
                QuantityKind.LOWER_BOUND, doc, sent);
          }
          case AT_LEAST -> {
            return build(ps, begin, i, n.end(), n.value(), null, false, QuantityKind.LOWER_BOUND,
                doc, sent);
          }
          case RANGE_BETWEEN -> {
            if (n.end() + 1 < ps.size() && isAnd(ps.get(n.end()))) {
              Num hi = number(ps, n.end() + 1);
              if (hi != null && hi.value() >= n.value()) {
                return build(ps, begin, i, hi.end(), n.value(), hi.value(), false, QuantityKind.RANGE,
                    doc, sent);
              }
            }
          }
          default -> { }
        }
      }
    }
    // 2. group noun: عدد من، دفعة من
    PhraseTable.Match<CueEntry> g = lex.group.match(ps, i, true);
    if (g != null) {
      int begin = ps.get(i).begin() + (g.cliticStripped() ? 1 : 0);
      return build(ps, begin, i, i + g.length(), g.value().min(), g.value().max(), false,
          QuantityKind.VAGUE, doc, sent, true);
    }
    // 3. vague number word (عشرات، مئات الآلاف), unless a number precedes (ثلاثة آلاف).
    PhraseTable.Match<CueEntry> v = lex.vague.match(ps, i, true);
    if (v != null && !(i > 0 && number(ps, i - 1) != null)) {
      long min = v.value().min();
      Long max = v.value().max();
      int end = i + v.length();
      PhraseTable.Match<CueEntry> mult = lex.multiplier.match(ps, end, false);
      if (mult != null) {
        long f = mult.value().min();
        min *= f;
        max = max == null ? null : (max + 1) * f - 1;
        end += mult.length();
      }
      int begin = ps.get(i).begin() + (v.cliticStripped() ? 1 : 0);
      return build(ps, begin, i, end, min, max, false, QuantityKind.VAGUE, doc, sent);
    }
    // 4. a number, possibly a range or followed by على الأقل
    Num n = number(ps, i);
    if (n != null && !(i > 0 && number(ps, i - 1) != null)) {
      if (notACount(ps, n)) {
        return null;
      }
      Num hi = rangeEnd(ps, n.end());
      int begin = ps.get(i).begin() + (startsWithClitic(ps.get(i)) ? 1 : 0);
      if (hi != null && hi.value() > n.value()) {
        return build(ps, begin, i, hi.end(), n.value(), hi.value(), false, QuantityKind.RANGE, doc,
            sent);
      }
      return build(ps, begin, i, n.end(), n.value(), n.value(), false, QuantityKind.EXACT, doc, sent);
    }
    // 5. a person dual standing alone: شخصين، طفلان
    Piece p = ps.get(i);
    if (p.isWord() && lex.isPersonDual(p.key())) {
      CountedNoun noun = new CountedNoun(p.text(), p.begin(), p.end(), p.tokenIndex(), true);
      return new QuantityMention(p.text(), p.begin(), p.end(), sent, p.tokenIndex(),
          p.tokenIndex() + 1, 2, 2L, false, QuantityKind.EXACT, noun);
    }
    return null;
  }

  /** A number word with an unsplit و (وعشرون) at the start of a mention. */
  private boolean startsWithClitic(Piece p) {
    return p.isWord() && lex.numberWord(p.key()) == null && p.keyWithoutClitic() != null;
  }

  private static boolean isAnd(Piece p) {
    return NumberReader.isAnd(p);
  }

  /** The Y of "X إلى Y" after a number ending at piece {@code j}, or null. */
  private Num rangeEnd(List<Piece> ps, int j) {
    PhraseTable.Match<CueEntry> to = lex.rangeTo.match(ps, j, false);
    if (to == null) {
      return null;
    }
    Num hi = number(ps, j + to.length());
    return hi != null && !notACount(ps, hi) ? hi : null;
  }

  // ---- numbers -----------------------------------------------------------------------

  /**
   * A number (digits or words) starting exactly at piece {@code i}, or null; see
   * {@link NumberReader#number}.
   */
  private Num number(List<Piece> ps, int i) {
    return numbers.number(ps, i);
  }

  // ---- what is not a count ---------------------------------------------------------------

  /** Years, dates, clock times, percentages, money, list numbers. */
  private boolean notACount(List<Piece> ps, Num n) {
    Piece first = ps.get(n.start());
    Piece prev = n.start() > 0 ? ps.get(n.start() - 1) : null;
    Piece next = n.end() < ps.size() ? ps.get(n.end()) : null;
    Piece next2 = n.end() + 1 < ps.size() ? ps.get(n.end() + 1) : null;
    if (first.isNumber()) {
      // 14:07, 5/3/2019, 2019-03-02: digits glued by a separator to other digits
      if (next != null && next2 != null && next2.isNumber() && next.end() == next2.begin()
          && next.begin() == ps.get(n.end() - 1).end() && ":/-".contains(next.key())) {
        return true;
      }
      if (prev != null && n.start() >= 2 && ps.get(n.start() - 2).isNumber()
          && prev.end() == first.begin() && ":/-".contains(prev.key())) {
        return true;
      }
      // a list number: "3." or "3)" at the start of a sentence
      if (n.start() == 0 && next != null && (next.key().equals(".") || next.key().equals(")"))) {
        return true;
      }
    }
    // a day of a month (5 آذار) or a year after a month or عام (آذار 2019، عام 2018)
    if (lex.months.match(ps, n.end(), true) != null) {
      return true;
    }
    if (prev != null && (lex.isYearWord(prev.key()) || lex.isListWord(prev.key())
        || isMonthEnd(ps, n.start()))) {
      return true;
    }
    if (lex.skipUnits.match(ps, n.end(), true) != null) {
      return true;
    }
    // a bare year: 1900-2100 not followed by a person noun
    if (first.isNumber() && n.value() >= 1900 && n.value() <= 2100 && n.end() == n.start() + 1) {
      return next == null || !lex.isPersonNoun(next.key());
    }
    return false;
  }

  /** True when a month name ends right before piece {@code i}. */
  private boolean isMonthEnd(List<Piece> ps, int i) {
    for (int len = 1; len <= 2 && i - len >= 0; len++) {
      PhraseTable.Match<Integer> m = lex.months.match(ps, i - len, true);
      if (m != null && m.length() == len) {
        return true;
      }
    }
    return false;
  }

  // ---- building mentions --------------------------------------------------------------

  private QuantityMention build(List<Piece> ps, int begin, int first, int valueEnd, long min,
      Long max, boolean approx, QuantityKind kind, String doc, int sent) {
    return build(ps, begin, first, valueEnd, min, max, approx, kind, doc, sent, false);
  }

  /**
   * A mention from piece {@code first} (document offset {@code begin}) to the value's end
   * piece, extended over a following على الأقل and the counted noun. When {@code
   * nounRequired} (group nouns: عدد من) the noun directly follows and is taken even if
   * its tag is unknown, and without one there is no mention.
   */
  private QuantityMention build(List<Piece> ps, int begin, int first, int valueEnd, long min,
      Long max, boolean approx, QuantityKind kind, String doc, int sent, boolean nounRequired) {
    int end = valueEnd;
    PhraseTable.Match<CueEntry> al = lex.atLeast.match(ps, end, true);
    if (al != null && kind == QuantityKind.EXACT) {
      // 13 على الأقل: a lower bound stated after the number
      kind = QuantityKind.LOWER_BOUND;
      max = null;
      end += al.length();
    }
    int firstPiece = first;
    if (slashed(ps, first, end)) {
      // إصابة /11/ مدنياً: a number set between slashes, both slashes part of it, still counts the noun after them
      end++;
      firstPiece = first - 1;
      begin = ps.get(firstPiece).begin();
    }
    CountedNoun noun = null;
    int nounEnd = end;
    if (nounRequired) {
      // The group phrase ends in من; the noun is the next word.
      if (end < ps.size() && ps.get(end).isWord()) {
        Piece h = ps.get(end);
        noun = new CountedNoun(h.text(), h.begin(), h.end(), h.tokenIndex(),
            lex.isPersonNoun(h.key()));
        nounEnd = end + 1;
      } else {
        return null;
      }
    } else if (end < ps.size()) {
      Piece p = ps.get(end);
      if (ArabicGrammar.isMin(p.key()) && end + 1 < ps.size() && isNoun(ps.get(end + 1))) {
        Piece h = ps.get(end + 1);
        noun = new CountedNoun(doc.substring(p.begin(), h.end()), p.begin(), h.end(),
            h.tokenIndex(), lex.isPersonNoun(h.key()));
        nounEnd = end + 2;
      } else if (isNoun(p)) {
        noun = new CountedNoun(p.text(), p.begin(), p.end(), p.tokenIndex(),
            lex.isPersonNoun(p.key()));
        nounEnd = end + 1;
      }
    }
    Piece last = ps.get(nounEnd - 1);
    int endOff = last.end();
    return new QuantityMention(doc.substring(begin, endOff), begin, endOff, sent,
        ps.get(firstPiece).tokenIndex(), last.tokenIndex() + 1, min, max, approx, kind, noun);
  }

  /** True when the value's pieces {@code [first, end)} sit between two glued slashes (/11/). */
  private static boolean slashed(List<Piece> ps, int first, int end) {
    return first > 0 && end < ps.size() && ps.get(first - 1).key().equals("/") && ps.get(end).key().equals("/")
        && ps.get(first - 1).end() == ps.get(first).begin() && ps.get(end).begin() == ps.get(end - 1).end();
  }

  /** A word that can be a counted noun: a person noun, or tagged noun/adjective. */
  private boolean isNoun(Piece p) {
    if (!p.isWord()) {
      return false;
    }
    if (lex.isPersonNoun(p.key())) {
      return true;
    }
    if (lex.numberWord(p.key()) != null || lex.prefixCues.containsWord(p.key())
        || lex.rangeTo.containsWord(p.key())) {
      return false;
    }
    String t = p.tag();
    if (t == null) {
      return false;
    }
    return t.startsWith("NN") || t.startsWith("DTNN") || t.startsWith("JJ")
        || t.startsWith("DTJJ") || t.equals("NOUN") || t.startsWith("NOUN_")
        || t.startsWith("ADJ");
  }

  /** Exposed for tests: matchKey-based check of a single word. */
  static String key(String s) {
    return ArabicKeys.matchKey(s);
  }
}
