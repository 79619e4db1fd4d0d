package org.hadath.events.casualties;

import org.hadath.entities.quantity.QuantityKind;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.entities.quantity.QuantityMention.CountedNoun;
import org.hadath.events.Span;
import org.hadath.events.sentence.SentenceView;

/**
 * The victims of a casualty word counted without a numeral (GUIDE.md, Quantities): a people
 * phrase of the quantity layer that the word governs or that follows it (مقتل طفلة، قُتلت
 * امرأة وأصيبت أخرى، إصابة زوجته وطفليهما), or a person's name right after it (مقتل محمود
 * العلي = 1). A phrase wins over a numeral only when it holds it (رجل و3 أطفال = 4) or
 * stands closer; otherwise the numeral stays.
 */
final class PeopleFigures {

  private PeopleFigures() {}

  /** Score of a figure's position at which the explicit figure was taken (lower is closer). */
  static final int NONE = Integer.MAX_VALUE;

  /**
   * The figure for casualty word {@code c}: {@code explicit} (found at position score
   * {@code explicitScore}) or a closer people phrase or name, or null. Phrases headed by a
   * victim word ({@code victimWord}: قتلى، جرحى) are left to the casualty rules.
   */
  static QuantityMention choose(SentenceView v, int c, QuantityMention explicit, int explicitScore,
      java.util.function.IntPredicate victimWord) {
    QuantityMention best = null;
    int bestScore = NONE;
    for (QuantityMention p : v.peopleCounts()) {
      if (p.countedNoun() != null && victimWord.test(p.countedNoun().tokenIndex())) {
        continue; // سقط قتلى وجرحى: victim words are casualty words, read by the casualty rules
      }
      int score = position(v, c, p);
      if (score == NONE) {
        continue;
      }
      boolean holdsExplicit = explicit != null && p.begin() <= explicit.begin() && p.end() >= explicit.end()
          && (p.begin() < explicit.begin() || p.end() > explicit.end());
      if (explicit != null && !holdsExplicit && score >= explicitScore) {
        continue;
      }
      if (explicit != null && explicit.begin() == p.begin() && explicit.end() == p.end()) {
        continue; // the same words: the numeral's reading stands (شخصين)
      }
      if (score < bestScore) {
        best = p;
        bestScore = score;
      }
    }
    if (best != null) {
      return best;
    }
    if (explicit == null) {
      return name(v, c);
    }
    return explicit;
  }

  /** How closely a phrase counts the word's victims (as EventAnnotator scores numerals), or NONE. */
  private static int position(SentenceView v, int c, QuantityMention p) {
    if (c >= p.tokenBegin() && c < p.tokenEnd()) {
      return NONE; // قتلى وجرحى: the victim words themselves are read by the casualty rules
    }
    if (p.tokenBegin() > c && p.tokenBegin() <= c + 3 && noBreakBetween(v, c, p.tokenBegin())) {
      return p.tokenBegin() - c;
    }
    CountedNoun noun = p.countedNoun();
    int n = noun == null ? p.tokenBegin() : noun.tokenIndex();
    if (n >= 0 && n < v.size() && v.head(n) == c
        && (v.rel(n).startsWith("nsubj") || v.rel(n).startsWith("obj") || v.rel(n).startsWith("nmod"))) {
      return 5; // قُتلت امرأة، امرأة قُتلت
    }
    if (n >= 0 && n < v.size() && v.head(c) == n && v.rel(c).startsWith("acl")) {
      return 5; // المدني الذي استشهد: the casualty verb is a relative clause on the person
    }
    return NONE;
  }

  /** No punctuation and no other casualty-free verb between the word and the phrase. */
  private static boolean noBreakBetween(SentenceView v, int a, int b) {
    for (int i = a + 1; i < b; i++) {
      if (v.tag(i).equals("PUNC") || v.isVerb(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A person's name right after a casualty word counts one (مقتل محمود العلي): a proper
   * noun that is no place and no known actor, up to three name words.
   */
  private static QuantityMention name(SentenceView v, int c) {
    int i = c + 1;
    if (i >= v.size() || !isName(v, i)) {
      return null;
    }
    int end = i + 1;
    while (end < v.size() && end < i + 3 && isName(v, end)) {
      end++;
    }
    Span s = v.span(i, end);
    CountedNoun noun = new CountedNoun(v.text().substring(v.begin(i), v.end(i)), v.begin(i), v.end(i), i, true);
    return new QuantityMention(s.text(), s.begin(), s.end(), v.index(), i, end, 1, 1L, false,
        QuantityKind.PERSONS, noun);
  }

  private static boolean isName(SentenceView v, int i) {
    String t = v.tag(i);
    return (t.startsWith("NNP") || t.startsWith("DTNNP")) && v.placeAt(i) == null && v.actorAt(i) == null;
  }
}
