package org.hadath.events.sentence;

import org.hadath.events.Span;
import org.hadath.normalize.ArabicGrammar;

/**
 * Punctuation as the event mechanisms read it: full punctuation ends a stretch of text, while
 * quotes, brackets and dashes occur inside names (قوات سورية الديمقراطية – قسد) and do not.
 */
public final class Punctuation {
  private Punctuation() {}

  /** Quotes, brackets and dashes: punctuation inside names. */
  public static boolean isQuote(char c) {
    return "\"'«»“”„‹›()[]-–—".indexOf(c) >= 0;
  }

  /** True when token {@code i} is punctuation other than a quote, bracket or dash. */
  public static boolean isHardPunct(SentenceView v, int i) {
    return v.tag(i).equals("PUNC") && !isQuote(v.text().charAt(v.begin(i)));
  }

  /** True when full punctuation (not quotes) lies strictly between tokens {@code a} and {@code b}. */
  public static boolean hasPunctBetween(SentenceView v, int a, int b) {
    for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
      if (isHardPunct(v, i)) {
        return true;
      }
    }
    return false;
  }

  /** True when no punctuation at all (quotes included) lies strictly between {@code a < b}. */
  public static boolean noPunctBetween(SentenceView v, int a, int b) {
    for (int i = a + 1; i < b; i++) {
      if (v.tag(i).equals("PUNC")) {
        return false;
      }
    }
    return true;
  }

  /** The span without quotes, brackets, commas and spaces at either end (unchanged if nothing is left). */
  public static Span trimQuotes(Span s) {
    String t = s.text();
    int b = 0;
    int e = t.length();
    while (b < e && isQuoteOrSpace(t.charAt(b))) {
      b++;
    }
    while (e > b && isQuoteOrSpace(t.charAt(e - 1))) {
      e--;
    }
    if (b == e) {
      return s;
    }
    return new Span(t.substring(b, e), s.begin() + b, s.begin() + e);
  }

  private static boolean isQuoteOrSpace(char c) {
    return ("\"'«»“”„‹›()[]" + ArabicGrammar.COMMAS + ".:" + ArabicGrammar.ARABIC_SEMICOLON + " ").indexOf(c) >= 0 || Character.isWhitespace(c);
  }
}
