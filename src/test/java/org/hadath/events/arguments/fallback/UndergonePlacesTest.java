package org.hadath.events.arguments.fallback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hadath.entities.places.Direction;
import org.hadath.entities.places.PlaceType;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.PlaceChains;
import org.hadath.events.arguments.PlaceRoles;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.junit.jupiter.api.Test;

/**
 * A strike told as suffered by a list of places (تعرضت بلدة X شمال Y، وقريتا Z وW، لقصف), on a
 * hand-built sentence whose parse hangs the strike noun on the wrong conjunct, as the parser
 * does on long subject lists (no CoreNLP model loaded).
 */
class UndergonePlacesTest {
  private final WordClasses words = HandSentence.words();
  private final PlaceRoles roles = new PlaceRoles(words);
  private final UndergonePlaces fallback = new UndergonePlaces(words, new PlaceChains(words, roles));

  /** تعرضت بلدة كفرا شمال إدلب ، وقريتا سرجة وبليون ، لقصف مدفعي */
  private static SentenceView suffered(String verb) {
    return HandSentence.parse(verb + "/VBD/0/root بلدة/NN/1/nsubj كفرا/NNP/2/nmod شمال/NN/3/nmod"
        + " إدلب/NNP/4/nmod ،/PUNC/1/punct و/CC/8/cc قريتا/NN/1/conj سرجة/NNP/8/nmod و/CC/11/cc"
        + " بليون/NNP/8/conj ،/PUNC/8/punct ل/IN/14/case قصف/NN/8/nmod مدفعي/JJ/14/amod")
        .place(1, 3, 2, PlaceType.TOWN, null)
        .place(3, 5, 4, PlaceType.CITY, Direction.NORTH)
        .place(7, 9, 8, PlaceType.VILLAGE, null)
        .place(10, 11, 10, PlaceType.VILLAGE, null)
        .build();
  }

  @Test
  void thePlacesBetweenTheVerbOfUndergoingAndTheStrikeAreItsTargets() {
    SentenceView v = suffered("تعرضت");
    List<Candidate> out = FallbackRuns.fill(fallback, v, FallbackRuns.trigger(13, EventType.STRIKE), List.of());
    assertEquals(List.of("بلدة كفرا", "قريتا سرجة", "بليون"), FallbackRuns.texts(out, Role.TARGET));
    // the compass place after the town is where they lie
    assertEquals(List.of("شمال إدلب"), FallbackRuns.texts(out, Role.LOCATION));
  }

  @Test
  void withoutAVerbOfUndergoingOrWithATargetAlreadyFoundItAddsNothing() {
    SentenceView v = suffered("شهدت");
    assertTrue(FallbackRuns.fill(fallback, v, FallbackRuns.trigger(13, EventType.STRIKE), List.of()).isEmpty());
    SentenceView u = suffered("تعرضت");
    Candidate found = new Candidate(Role.TARGET, 2, u.span(1, 3), u.span(2, 3), "rule");
    assertEquals(List.of(found), FallbackRuns.fill(fallback, u, FallbackRuns.trigger(13, EventType.STRIKE),
        List.of(found)));
    // a clash is not told as suffered this way
    assertTrue(FallbackRuns.fill(fallback, u, FallbackRuns.trigger(13, EventType.CLASH), List.of()).isEmpty());
  }
}
