package org.hadath.entities.places;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.hadath.entities.PhraseMatcher;

/**
 * Posts tag the place of an event (شهداء في #ترمانين، قصف على #تلعادة): an unknown name
 * written as a hashtag right after a preposition of place ({@code LOCATIVE} in
 * {@code function_words.tsv}) is a place, even with no cue and no gazetteer entry, whether the
 * tagger reads it as a noun or an adjective. The
 * mention is the name without its {@code #}; the segmenter splits {@code #تل_رفعت} at the
 * underscore, so the name runs over the tokens glued to each other or joined by {@code _}.
 * Pure function of the tokens; no model.
 */
final class HashtagPlaces {
  /** Longest hashtag name taken, in tokens. */
  static final int MAX_TOKENS = 3;

  private HashtagPlaces() {}

  /**
   * End (exclusive) of the place name of the hashtag whose {@code #} is token {@code k}, or
   * -1 when there is none: no preposition of place before it, or no noun after it.
   */
  static int nameEnd(List<CoreLabel> toks, int k, String text, PlaceGazetteer gaz) {
    if (k < 1 || k + 1 >= toks.size() || !PlaceTokens.isHash(toks.get(k))
        || !gaz.isLocative(PhraseMatcher.tokenKey(toks.get(k - 1)))
        || toks.get(k + 1).beginPosition() != toks.get(k).endPosition()
        || !nounLike(toks.get(k + 1))) {
      return -1;
    }
    int end = k + 2;
    while (end < toks.size() && end - (k + 1) < MAX_TOKENS && joined(toks.get(end - 1), toks.get(end), text)
        && PlaceTokens.hasLetter(PhraseMatcher.tokenKey(toks.get(end)))) {
      end++;
    }
    return end;
  }

  /**
   * A noun, or an adjective: the tagger reads many village names as nisba adjectives
   * (في #ترمانين), and after في # an adjective has no noun to qualify.
   */
  private static boolean nounLike(CoreLabel t) {
    String tag = t.tag() == null ? "" : t.tag();
    return (tag.startsWith("NN") || tag.startsWith("DTNN") || tag.equals("NOUN_PROP")
        || tag.equals("JJ") || tag.equals("DTJJ"))
        && PlaceTokens.hasLetter(PhraseMatcher.tokenKey(t));
  }

  /** Two tokens of one hashtag: glued, or separated by the underscore of {@code #تل_رفعت}. */
  private static boolean joined(CoreLabel a, CoreLabel b, String text) {
    int gap = b.beginPosition() - a.endPosition();
    return gap == 0 || gap == 1 && text.charAt(a.endPosition()) == '_';
  }
}
