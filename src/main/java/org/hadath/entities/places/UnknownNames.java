package org.hadath.entities.places;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Map;
import org.hadath.entities.PhraseMatcher;

/**
 * Where a place name that no gazetteer knows ends, after a cue (قرية X، بلدة "X Y"): inside
 * quotes at the closing quote, otherwise at the first token that cannot belong to a name
 * (punctuation, a verb, a preposition, another cue, a direction word, a known place). Pure
 * function of the tagged tokens and the gazetteer's stop words; no model.
 */
final class UnknownNames {
  /** Longest unknown name taken after a cue, in tokens. */
  static final int MAX_UNKNOWN_TOKENS = 3;

  private final PlaceGazetteer gaz;

  UnknownNames(PlaceGazetteer gaz) {
    this.gaz = gaz;
  }

  /**
   * End (exclusive) of an unknown name starting at {@code k}: inside quotes, up to the closing
   * quote; otherwise up to the first token that cannot belong to a name.
   */
  int end(List<CoreLabel> toks, int k, boolean quoted,
      Map<Integer, PhraseMatcher.Match<Place>> gazAt,
      Map<Integer, ?> cueAt, Map<Integer, ?> dirAt) {
    int start = k;
    int n = 0;
    while (k < toks.size() && n < MAX_UNKNOWN_TOKENS) {
      CoreLabel t = toks.get(k);
      String key = PhraseMatcher.tokenKey(t);
      String tag = t.tag() == null ? "" : t.tag();
      boolean nameLike = tag.startsWith("NN") || tag.startsWith("DTNN") || tag.equals("JJ")
          || tag.equals("DTJJ") || tag.equals("NOUN_PROP");
      if (quoted) {
        // Inside quotes the writer has delimited the name: only the closing quote ends it.
        if (PhraseMatcher.isQuote(t) || !PlaceTokens.hasLetter(key)) {
          break;
        }
      } else if (PhraseMatcher.isQuoteOrDash(t) || !PlaceTokens.hasLetter(key) || !nameLike
          // A name starts with a noun: منطقة صغيرة، مناطق أخرى are descriptions, not names.
          || (k == start && !(tag.startsWith("NN") || tag.startsWith("DTNN")
              || tag.equals("NOUN_PROP") || PlaceTokens.definiteAfterCue(toks, k)))
          || gaz.isNameStop(key)
          || cueAt.containsKey(k) || dirAt.containsKey(k)
          || (k > start && gazAt.containsKey(k)
              && !(k == start + 1 && PlaceTokens.smallPlaceWord(gazAt.get(k))))) {
        break;
      }
      k++;
      n++;
    }
    return k;
  }

  /**
   * Whether token {@code k} is a one-word member of a list of names: a word without article
   * that the tagger took for an adjective, no stop word, and followed by a join, punctuation or
   * the sentence's end (نواحي الرصافة وأثريا والسخنة). A list after a plural cue names places,
   * so the adjective tag is the tagger's guess at an unknown name.
   */
  boolean loneListWord(List<CoreLabel> toks, int k) {
    CoreLabel t = toks.get(k);
    String key = PhraseMatcher.tokenKey(t);
    if (!"JJ".equals(t.tag()) || !PlaceTokens.hasLetter(key) || gaz.isNameStop(key)) {
      return false;
    }
    if (k + 1 >= toks.size()) {
      return true;
    }
    CoreLabel next = toks.get(k + 1);
    return PlaceTokens.isListJoin(next) || "PUNC".equals(next.tag());
  }
}
