package org.hadath.events.casualties;

import java.util.function.IntPredicate;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.entities.quantity.QuantityMention.CountedNoun;
import org.hadath.events.sentence.SentenceView;

/**
 * The victims of a casualty word counted without a numeral (GUIDE.md, Quantities): a people
 * phrase of the quantity layer that the word governs or that follows it (مقتل طفلة، قُتلت
 * امرأة وأصيبت أخرى، إصابة زوجته وطفليهما), or the people listed by name right after it
 * ({@link NamedVictims}: مقتل محمود العلي = 1). A phrase wins over a numeral only when it holds it (رجل و3 أطفال = 4) or
 * stands closer; otherwise the numeral stays.
 */
final class PeopleFigures {

  private PeopleFigures() {}

  /** Score of a figure's position at which the explicit figure was taken (lower is closer). */
  static final int NONE = Integer.MAX_VALUE;

  /**
   * The figure for casualty word {@code c}: {@code explicit} (found at position score
   * {@code explicitScore}) or a closer people phrase or name, or null. Phrases headed by a
   * victim word ({@code victimWord}: قتلى، جرحى) are left to the casualty rules; phrases
   * starting where {@code partOfVictims} holds (after بينهم) name a part of victims counted
   * before and are none.
   */
  static QuantityMention choose(SentenceView v, int c, QuantityMention explicit, int explicitScore,
      IntPredicate victimWord, IntPredicate partOfVictims) {
    QuantityMention best = null;
    int bestScore = NONE;
    for (QuantityMention p : v.peopleCounts()) {
      if (p.countedNoun() != null && victimWord.test(p.countedNoun().tokenIndex())) {
        continue; // سقط قتلى وجرحى: victim words are casualty words, read by the casualty rules
      }
      if (partOfVictims.test(p.tokenBegin())) {
        continue; // ثلاثة مدنيين بينهم امرأة أصيبوا: the woman is one of the three
      }
      if (describesThingBefore(v, p.tokenBegin(), victimWord)) {
        continue; // قضت المدينة ليلة أخرى: أخرى describes the night, it counts nobody
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
    if (explicit == null) {
      // مقتل محمود العلي، استشهاد خالدة محمد (45 عاماً) وابنها هجار: the victims listed by name
      QuantityMention named = NamedVictims.after(v, c);
      if (named != null && (best == null || best.tokenBegin() == c + 1 && named.tokenEnd() > best.tokenEnd()
          && named.min() > best.min())) {
        return named;
      }
    }
    return best != null ? best : explicit;
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

  /**
   * True when the phrase's first word is an adjective of the noun just before it and that
   * noun is no victim word (ليلة أخرى، مرة أخرى); after a victim word it names a person
   * (مقتل امرأة وإصابة أخرى).
   */
  private static boolean describesThingBefore(SentenceView v, int b, IntPredicate victimWord) {
    return b > 0 && v.head(b) == b - 1 && v.rel(b).startsWith("amod") && v.tag(b).contains("JJ")
        && !victimWord.test(b - 1);
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
}
