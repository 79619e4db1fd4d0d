package org.hadath.events.arguments;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hadath.entities.places.PlaceType;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.junit.jupiter.api.Test;

/**
 * A town named as the whole of a part that في introduces (في الأطراف الغربية من بلدة X) is
 * where the event happened, on hand-built sentences (no CoreNLP model): read from the tree,
 * and from the words' order when the parser hangs من بلدة X on the verb.
 */
class PlacePartsTest {
  private final WordClasses words = HandSentence.words();
  private final PlaceChains chains = new PlaceChains(words, new PlaceRoles(words));

  @Test
  void theTownOfAPartAfterFiIsWhereItHappened() {
    // سقطت قذيفة في الأطراف الغربية من بلدة كفرا بريف إدلب: the town hangs on الأطراف
    SentenceView v = HandSentence.parse("سقطت/VBD/0/root قذيفة/NN/1/nsubj في/IN/4/case الأطراف/DTNN/1/obl"
        + " الغربية/DTJJ/4/amod من/IN/7/case بلدة/NN/4/nmod كفرا/NNP/7/nmod ب/IN/10/case ريف/NN/7/nmod"
        + " إدلب/NNP/10/nmod")
        .place(6, 8, 7, PlaceType.TOWN, null)
        .place(9, 11, 10, PlaceType.REGION, null).build();
    assertTrue(chains.partIntroducedByIn(v, v.places().get(0)));
    assertFalse(chains.introducedByIn(v, v.places().get(0)), "من, not في, comes right before the town");
  }

  @Test
  void theWordsOrderTellsItWhenTheParserHangsTheTownOnTheVerb() {
    SentenceView v = HandSentence.parse("سقطت/VBD/0/root قذيفة/NN/1/nsubj في/IN/4/case الأطراف/DTNN/1/obl"
        + " الغربية/DTJJ/4/amod من/IN/7/case بلدة/NN/1/obl كفرا/NNP/7/nmod")
        .place(6, 8, 7, PlaceType.TOWN, null).build();
    assertTrue(chains.partIntroducedByIn(v, v.places().get(0)));
  }

  @Test
  void aTownLeftOrAPartWithoutFiIsNot() {
    // نزح الأهالي من بلدة كفرا: the town is left, no part of it introduced by في
    SentenceView left = HandSentence.parse("نزح/VBD/0/root الأهالي/DTNN/1/nsubj من/IN/4/case بلدة/NN/1/obl"
        + " كفرا/NNP/4/nmod")
        .place(3, 5, 4, PlaceType.TOWN, null).build();
    assertFalse(chains.partIntroducedByIn(left, left.places().get(0)));
    // استهدفت الطائرات الأطراف الغربية من بلدة كفرا: the part is what was hit, not where
    SentenceView object = HandSentence.parse("استهدفت/VBD/0/root الطائرات/DTNNS/1/nsubj الأطراف/DTNN/1/obj"
        + " الغربية/DTJJ/3/amod من/IN/6/case بلدة/NN/3/nmod كفرا/NNP/6/nmod")
        .place(5, 7, 6, PlaceType.TOWN, null).build();
    assertFalse(chains.partIntroducedByIn(object, object.places().get(0)));
    // هجوم باتجاه بلدة كفرا: a heading, not a place reached
    SentenceView heading = HandSentence.parse("هجوم/NN/0/root ب/IN/3/case اتجاه/NN/1/nmod بلدة/NN/3/nmod"
        + " كفرا/NNP/4/nmod")
        .place(3, 5, 4, PlaceType.TOWN, null).build();
    assertFalse(chains.partIntroducedByIn(heading, heading.places().get(0)));
  }
}
