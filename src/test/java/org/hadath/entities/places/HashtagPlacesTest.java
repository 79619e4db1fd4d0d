package org.hadath.entities.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hashtag places and names after a cue on hand-made tokens (words, tags and offsets as the
 * segmenter and tagger give them; no CoreNLP model loaded, the place data files only).
 */
class HashtagPlacesTest {
  private final PlaceGazetteer gaz = PlaceGazetteer.defaults();

  /** Tokens of {@code text}, split at spaces and at the given extra cut points, tagged in order. */
  private static List<CoreLabel> tokens(String text, String... wordsAndTags) {
    List<CoreLabel> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < wordsAndTags.length; i += 2) {
      String w = wordsAndTags[i];
      int b = text.indexOf(w, from);
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      t.setValue(w);
      t.setTag(wordsAndTags[i + 1]);
      t.setBeginPosition(b);
      t.setEndPosition(b + w.length());
      out.add(t);
      from = b + w.length();
    }
    return out;
  }

  @Test
  void anUnknownHashtagAfterAPrepositionOfPlaceIsAPlace() {
    String text = "جرحى في #تلعادة بقصف";
    List<CoreLabel> toks = tokens(text, "جرحى", "NN", "في", "IN", "#", "PUNC", "تلعادة", "NN", "ب", "IN", "قصف", "NN");
    assertEquals(4, HashtagPlaces.nameEnd(toks, 2, text, gaz));
    // the tagger reads many village names as adjectives
    String adj = "شهداء في #كفرتخاريم بقصف";
    assertEquals(4, HashtagPlaces.nameEnd(tokens(adj, "شهداء", "NN", "في", "IN", "#", "PUNC",
        "كفرتخاريم", "JJ", "ب", "IN", "قصف", "NN"), 2, adj, gaz));
    // but a verb after the mark is no name
    String verb = "في #يقصفون";
    assertEquals(-1, HashtagPlaces.nameEnd(tokens(verb, "في", "IN", "#", "PUNC", "يقصفون", "VBP"), 1, verb, gaz));
    // no preposition of place before it: a topic tag, not a place
    String tag = "عاجل #تلعادة";
    assertEquals(-1, HashtagPlaces.nameEnd(tokens(tag, "عاجل", "NN", "#", "PUNC", "تلعادة", "NN"), 1, tag, gaz));
  }

  @Test
  void anUnderscoreJoinsTheWordsOfOneHashtag() {
    String text = "قصف على #تل_حلف مساء";
    List<CoreLabel> toks = tokens(text, "قصف", "NN", "على", "IN", "#", "PUNC", "تل", "NNP", "حلف", "NNP",
        "مساء", "NN");
    assertEquals(5, HashtagPlaces.nameEnd(toks, 2, text, gaz));
  }

  @Test
  void aDefiniteAdjectiveAfterAnIndefiniteCueIsAName() {
    String text = "قرية الخاتونية";
    assertTrue(PlaceTokens.definiteAfterCue(tokens(text, "قرية", "NN", "الخاتونية", "DTJJ"), 1));
    // after a definite cue it is the cue's adjective: القرية المجاورة
    String adj = "القرية المجاورة";
    assertFalse(PlaceTokens.definiteAfterCue(tokens(adj, "القرية", "DTNN", "المجاورة", "DTJJ"), 1));
  }
}
