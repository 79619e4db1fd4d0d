package org.hadath.events.casualties;

import java.util.List;
import org.hadath.entities.quantity.QuantityLexicon;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.events.EventFrame.Quantity;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;
import org.hadath.normalize.ArabicGrammar;

/**
 * How many a casualty word (قتيل، جرحى، مقتل) counts: the quantity that goes with it, else
 * "at least two" for an indefinite plural; and whether the word is negated (no casualties).
 */
public final class CasualtyFigures {
  /** A figure may begin this many tokens after the casualty word (مقتل 50 مدنياً). */
  public static final int FIGURE_AFTER_REACH = 3;
  /** Rank of a figure whose counted noun depends on the casualty word (lower ranks win). */
  static final int RANK_COUNTED_NOUN_BELOW = 5;
  /** Rank of a figure without counted noun ending right before the casualty word. */
  static final int RANK_FIGURE_BEFORE = 6;
  /** Rank of a figure that is the casualty verb's subject or object (قضى 6 على الأقل من «قسد»). */
  static final int RANK_SUBJECT_OR_OBJECT = 7;
  /** Rank of a people figure standing before a subjectless casualty verb (سبعة عناصر يتبعون للنظام قُتلوا). */
  static final int RANK_SUBJECT_BEFORE = 8;
  /** Rank of a figure that counts the casualty word's victims through عددهم (الضحايا البالغ عددهم 10). */
  static final int RANK_COUNT_OF = 9;
  /** The عدد of عددهم stands at most this many tokens after the casualty word. */
  public static final int COUNT_OF_REACH = 8;
  /** A figure before a subjectless casualty verb ends at most this many tokens before it. */
  public static final int SUBJECT_BEFORE_REACH = 16;
  /** A negation this many tokens before the casualty word or fewer negates it. */
  public static final int NEGATION_WINDOW = 4;
  /** A negation on one of this many governors above the casualty word negates it. */
  public static final int NEGATION_LEVELS = 2;
  /** The lower bound an indefinite plural gives (قتلى، مقتل مدنيين). */
  public static final long INDEFINITE_PLURAL_MIN = 2;

  private final WordClasses words;
  private final CasualtyWords casualtyWords;

  public CasualtyFigures(WordClasses words) {
    this.words = words;
    this.casualtyWords = new CasualtyWords(words);
  }

  /** True when a negation governs the word (within two levels) or stands just before it. */
  public boolean negated(SentenceView v, int c) {
    for (int k = Math.max(0, c - NEGATION_WINDOW); k < c; k++) {
      if (words.is(v, k, WordClass.NEG)) {
        return true;
      }
    }
    int x = v.head(c);
    for (int step = 0; step < NEGATION_LEVELS && x >= 0; step++, x = v.head(x)) {
      for (int ch : v.children(x)) {
        if (ch < x && words.is(v, ch, WordClass.NEG)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The quantity that counts a casualty word: its own figure (50 قتيلاً), the figure just
   * after it (مقتل 50 مدنياً، عشرات من الجرحى), or the figure it says something of
   * (أربعة مدنيين استشهدوا، قُتل 4 مدنيين), or people counted without a numeral
   * ({@link PeopleFigures}: مقتل طفلة، شاب وعمه); null when there is none.
   */
  public QuantityMention quantityFor(SentenceView v, int c) {
    QuantityMention best = null;
    int bestScore = Integer.MAX_VALUE;
    for (QuantityMention q : v.quantities()) {
      int noun = q.countedNoun() == null ? -1 : q.countedNoun().tokenIndex();
      if (noun >= 0 && noun != c && !q.countsPeople()) {
        continue; // 12 غارة is no toll
      }
      if (noun >= 0 && noun != c && otherKind(v, c, noun)) {
        continue; // بين قتيل و3 جرحى: the figure counts the wounded, not the dead
      }
      int score;
      if (noun == c || (c >= q.tokenBegin() && c < q.tokenEnd())) {
        score = 0;
      } else if (q.tokenBegin() > c && q.tokenBegin() <= c + FIGURE_AFTER_REACH
          && Punctuation.noPunctBetween(v, c, q.tokenBegin()) && noVerbBetween(v, c, q.tokenBegin())) {
        score = q.tokenBegin() - c;
      } else if (noun >= 0 && v.head(noun) == c && (v.rel(noun).startsWith("nsubj") || v.rel(noun).startsWith("obj")
          || v.rel(noun).startsWith("nmod"))) {
        score = RANK_COUNTED_NOUN_BELOW;
      } else if (q.tokenEnd() == c && noun < 0) {
        score = RANK_FIGURE_BEFORE;
      } else if (subjectOrObjectOf(v, q, c)) {
        score = RANK_SUBJECT_OR_OBJECT;
      } else if (subjectBefore(v, q, c)) {
        score = RANK_SUBJECT_BEFORE;
      } else if (countOf(v, q, c)) {
        score = RANK_COUNT_OF;
      } else {
        continue;
      }
      if (score < bestScore) {
        best = q;
        bestScore = score;
      }
    }
    return PeopleFigures.choose(v, c, best, bestScore, // people counted without numerals
        i -> casualtyWords.victim(v, i), b -> casualtyWords.amongBefore(v, b));
  }

  /** True when {@code noun} is a victim word of the other kind than casualty word {@code c} (killed vs injured). */
  private boolean otherKind(SentenceView v, int c, int noun) {
    boolean cKilled = casualtyWords.killed(v, c);
    boolean cInjured = casualtyWords.injured(v, c);
    return cKilled && !cInjured && casualtyWords.injured(v, noun) && !casualtyWords.killed(v, noun)
        || cInjured && !cKilled && casualtyWords.killed(v, noun) && !casualtyWords.injured(v, noun);
  }

  /** قُتلا وأصيب اثنان: a figure after a verb that follows the casualty word counts that verb's victims. */
  private static boolean noVerbBetween(SentenceView v, int a, int b) {
    for (int i = a + 1; i < b; i++) {
      if (v.isVerb(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * سبعة عناصر يتبعون لقوات النظام قُتلوا: a people figure a few tokens before a casualty
   * verb that has no subject of its own (the parser hung it elsewhere), with no punctuation
   * but quotes and brackets (لواء «فاطميون» (الأفغانية)) and no other casualty word between,
   * and not the object of another word.
   */
  private boolean subjectBefore(SentenceView v, QuantityMention q, int c) {
    if (!v.isVerb(c) || !q.countsPeople() || q.tokenEnd() > c || c - q.tokenEnd() > SUBJECT_BEFORE_REACH
        || !v.children(c, "nsubj").isEmpty() || Punctuation.hasPunctBetween(v, q.tokenEnd() - 1, c)) {
      return false;
    }
    int noun = q.countedNoun() == null ? q.tokenEnd() - 1 : q.countedNoun().tokenIndex();
    if (noun < 0 || noun >= v.size() || v.rel(noun).startsWith("obj")) {
      return false;
    }
    for (int i = q.tokenBegin(); i < c; i++) {
      if (casualtyWords.victim(v, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * أغلب ضحايا المجزرة والبالغ عددهم 10 أشخاص: the figure right after "their number" a few
   * tokens after the casualty word, with no punctuation and no other casualty word between.
   */
  private boolean countOf(SentenceView v, QuantityMention q, int c) {
    int n = q.tokenBegin() - 1;
    if (n >= 0 && v.tag(n).startsWith("PRP")) {
      n--; // عدد+هم: the pronoun glued to the noun
    }
    if (n <= c || n - c > COUNT_OF_REACH || !words.is(v, n, WordClass.COUNT_OF)
        || Punctuation.hasPunctBetween(v, c, n)) {
      return false;
    }
    for (int i = c + 1; i < n; i++) {
      if (casualtyWords.victim(v, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean subjectOrObjectOf(SentenceView v, QuantityMention q, int c) {
    for (int i = q.tokenBegin(); i < q.tokenEnd(); i++) {
      if (v.head(i) == c && (v.rel(i).startsWith("nsubj") || v.rel(i).startsWith("obj"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Without a figure, the pronoun glued to a casualty noun names its victims (أدى إلى مقتله =
   * 1، مقتلهما = 2، مقتلهم = 2 or more: {@code people-phrase.tsv}); null when there is none.
   */
  public Quantity pronounVictims(SentenceView v, int c) {
    int p = c + 1;
    if (p >= v.size() || v.isVerb(c) || !v.tag(p).equals("PRP$")) { // the possessive the segmenter split off
      return null;
    }
    long[] n = QuantityLexicon.get().suffixPeople(v.key(p));
    return n == null ? null : new Quantity(n[0], n[1] < 0 ? null : n[1], false, v.span(c, p + 1));
  }

  /**
   * Without a figure, the relative pronoun subject of a death verb counts the dead (الصحفي أنس،
   * الذي ارتقى إثر غارة = 1؛ الشقيقان اللذان قُتلا = 2؛ الذين = 2 or more), when the verb has no
   * object and what the clause describes is no event word of {@code trigs} (الغارة التي قتلت …
   * tells what the strike did); null otherwise.
   */
  public Quantity relativeVictims(SentenceView v, int c, List<Trigger> trigs) {
    if (!v.isVerb(c) || !v.children(c, "obj").isEmpty() || v.head(c) < 0) {
      return null;
    }
    int described = v.head(c);
    for (Trigger t : trigs) {
      if (t.token() == described) {
        return null;
      }
    }
    for (int r : v.children(c, "nsubj")) {
      long[] n = words.is(v, r, WordClass.RELATIVE_ONE) ? new long[] {1, 1}
          : words.is(v, r, WordClass.RELATIVE_TWO) ? new long[] {2, 2}
          : words.is(v, r, WordClass.RELATIVE_MANY) ? new long[] {INDEFINITE_PLURAL_MIN, -1} : null;
      if (n != null) {
        return new Quantity(n[0], n[1] < 0 ? null : n[1], false, v.span(r, r + 1));
      }
    }
    return null;
  }

  /**
   * Without a figure, an indefinite plural gives "at least two": a plural victim noun
   * (قتلى، جرحى) or a casualty noun before an indefinite plural of people (مقتل مدنيين).
   * A definite plural (مقتل المدنيين) gives no figure (null).
   */
  public Quantity indefinitePlural(SentenceView v, int c) {
    if (words.is(v, c, WordClass.VICTIMS_PLURAL)) {
      return new Quantity(INDEFINITE_PLURAL_MIN, null, false, v.span(c, c + 1));
    }
    for (int k : v.children(c, "nmod")) {
      if (k == c + 1 && words.is(v, k, WordClass.PEOPLE) && !Definiteness.isDefinite(v, k)
          && (v.tag(k).equals("NNS") || v.tag(k).equals("NN") && ArabicGrammar.hasMasculinePluralSuffix(v.key(k)))) {
        return new Quantity(INDEFINITE_PLURAL_MIN, null, false, v.span(c, k + 1));
      }
    }
    return null;
  }
}
