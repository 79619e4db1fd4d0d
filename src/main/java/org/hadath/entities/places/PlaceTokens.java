package org.hadath.entities.places;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.function.IntPredicate;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.normalize.ArabicKeys;

/**
 * Token tests the place recognizer reads names with: quotes and hashtag marks around a
 * name, a name's first letter split off by the segmenter, coordination between two places.
 * Pure functions of the tokens; no model.
 */
final class PlaceTokens {

  private PlaceTokens() {}

  static int skipQuotes(List<CoreLabel> toks, int k) {
    while (k < toks.size() && (isQuote(toks.get(k)) || isHash(toks.get(k))
        || "(".equals(toks.get(k).word()))) {
      k++;
    }
    return k;
  }

  /** بلدة #فليون: a hashtag mark before a name is no part of it. */
  static boolean isHash(CoreLabel t) {
    return "#".equals(t.word());
  }

  /**
   * قرية كدورة، بلدة بنش: the segmenter may split a name's first letter off as a proclitic
   * preposition (ك، ب، ل، و، ف). Right after a place cue, a one-letter token glued to an
   * indefinite noun is the start of the name, not a preposition.
   */
  static boolean splitNameStart(List<CoreLabel> toks, int k) {
    if (k + 1 >= toks.size()) {
      return false;
    }
    CoreLabel c = toks.get(k);
    CoreLabel next = toks.get(k + 1);
    String w = c.word();
    String tag = next.tag() == null ? "" : next.tag();
    return w != null && w.length() == 1 && ArabicGrammar.NAME_PROCLITICS.indexOf(w.charAt(0)) >= 0
        && c.endPosition() == next.beginPosition()
        && (tag.startsWith("NN") || tag.equals("NOUN_PROP")) && !tag.startsWith("DT")
        && !ArabicGrammar.hasArticle(ArabicKeys.matchKey(next.word() == null ? "" : next.word()));
  }

  /**
   * قرية الخاتونية، بلدة العدوانية: many village names are definite nisba adjectives, which
   * the tagger reads as such. After an indefinite cue noun, a definite adjective cannot be
   * the cue's modifier (that would be قرية عدوانية or القرية العدوانية): it is a name.
   */
  static boolean definiteAfterCue(List<CoreLabel> toks, int k) {
    int c = k - 1;
    while (c >= 0 && (isQuote(toks.get(c)) || isHash(toks.get(c)) || "(".equals(toks.get(c).word()))) {
      c--;
    }
    String tag = toks.get(k).tag() == null ? "" : toks.get(k).tag();
    String cueTag = c < 0 || toks.get(c).tag() == null ? "" : toks.get(c).tag();
    return tag.equals("DTJJ") && (cueTag.equals("NN") || cueTag.equals("NNS") || cueTag.equals("NNP"))
        && !ArabicGrammar.hasArticle(ArabicKeys.matchKey(toks.get(c).word() == null ? "" : toks.get(c).word()));
  }

  /**
   * الريف الغربي، ريفها الشرقي: a region cue with no name of its own, only a pronoun glued to
   * it and a direction adjective after, names the countryside of the place the text is about.
   * Returns the end (exclusive) of the cue's stand-in name (after the pronoun, if any) when a
   * following direction adjective ({@code isDirection}) makes it such a mention, else -1.
   */
  static int relativeNameEnd(List<CoreLabel> toks, int nameStart, IntPredicate isDirection) {
    int k = nameStart;
    if (k < toks.size() && k > 0 && "PRP$".equals(toks.get(k).tag())
        && toks.get(k - 1).endPosition() == toks.get(k).beginPosition()) {
      k++;
    }
    return k < toks.size() && isDirection.test(k) ? k : -1;
  }

  /**
   * قرية آمشة عوينة: a one-word village or town the gazetteer knows, right after the first
   * word of an unknown name, is the name's second word (two-word village names often end in
   * a word that is a village elsewhere), not a second place: a wider place that holds the
   * village comes after a preposition (بريف X) or is a city or region.
   */
  static boolean smallPlaceWord(org.hadath.entities.PhraseMatcher.Match<Place> g) {
    return g != null && g.tokenEnd() == g.tokenBegin() + 1 && g.values().stream()
        .allMatch(p -> p.type() == PlaceType.VILLAGE || p.type() == PlaceType.TOWN);
  }

  static int skipClosingQuote(List<CoreLabel> toks, int k) {
    return k < toks.size() && isQuote(toks.get(k)) ? k + 1 : k;
  }

  /** True when only prepositions or function words separate two mentions. */
  static boolean coordinated(List<CoreLabel> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      String tag = toks.get(k).tag() == null ? "" : toks.get(k).tag();
      if (tag.equals("CC")) {
        return true;
      }
    }
    return false;
  }

  static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A quote token (the tokenizer turns «» into {@code "}). */
  static boolean isQuote(CoreLabel tok) {
    String w = tok.word();
    return w != null && w.length() == 1 && "\"'«»“”‘’".indexOf(w.charAt(0)) >= 0;
  }

  /** و or a comma between two names of a list (قرى X وY، Z). */
  static boolean isListJoin(CoreLabel tok) {
    String w = tok.word();
    String tag = tok.tag() == null ? "" : tok.tag();
    return ArabicGrammar.isWa(w) && tag.equals("CC") || ArabicGrammar.isComma(w);
  }
}
