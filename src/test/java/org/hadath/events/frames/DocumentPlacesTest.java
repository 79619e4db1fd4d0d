package org.hadath.events.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.places.Place;
import org.hadath.entities.places.PlaceType;
import org.hadath.events.EventFrame;
import org.hadath.events.EventType;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** The document-level place on hand-built sentences (no CoreNLP model loaded). */
class DocumentPlacesTest {

  private static EventFrame frame(EventType type, int sentence) {
    return new EventFrame(type, new Span("قصف", 0, 3), sentence, "قصف", ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), null, Polarity.POSITIVE, Modality.ASSERTED, false, "test");
  }

  /** استشهد طفلان بقصف مدفعي: a strike told without its place. */
  private static SentenceView placeless(int index) {
    return HandSentence.parse("استشهد/VBD/0/root طفلان/NN/1/nsubj ب/IN/4/case قصف/NN/1/obl مدفعي/JJ/4/amod")
        .index(index).build();
  }

  @Test
  void aDatelinePlaceGoesToTheStrikesThatNameNone() {
    // إدلب : قتل مدنيان اليوم
    SentenceView dateline = HandSentence.parse("إدلب/NNP/3/nsubj :/PUNC/3/punct قتل/VBD/0/root مدنيان/NN/3/nsubj")
        .place(0, 1, 0, PlaceType.CITY, null).build();
    List<SentenceView> views = List.of(dateline, placeless(1));
    List<List<EventFrame>> frames = new ArrayList<>(List.of(List.of(frame(EventType.CLASH, 0)),
        List.of(frame(EventType.STRIKE, 1), frame(EventType.CLASH, 1))));
    DocumentPlaces.fill(views, frames, ImmutableRangeSet.of());
    EventFrame strike = frames.get(1).get(0);
    assertEquals("إدلب", strike.arguments(Role.LOCATION).get(0).span().text());
    assertEquals(DocumentPlaces.RULE, strike.arguments(Role.LOCATION).get(0).rule());
    // a clash is not given the document's place
    assertTrue(frames.get(1).get(1).arguments(Role.LOCATION).isEmpty());
  }

  @Test
  void withoutDatelineTheMostNamedPlaceOutsideFurniture() {
    // قصفت الطائرات قرية كفرا / سرمين تتعرض للقصف و سرمين تحترق / (furniture) بلدة حزانو
    SentenceView a = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj قرية/NN/1/obj كفرا/NNP/3/nmod")
        .place(2, 4, 3, PlaceType.VILLAGE, null).build();
    SentenceView b = HandSentence.parse("سرمين/NNP/2/nsubj تتعرض/VBP/0/root ل/IN/4/case القصف/DTNN/2/obl"
        + " و/CC/6/cc سرمين/NNP/2/conj").index(1)
        .place(0, 1, 0, PlaceType.TOWN, null).place(5, 6, 5, PlaceType.TOWN, null).build();
    List<SentenceView> views = List.of(a, b, placeless(2));
    List<List<EventFrame>> frames = new ArrayList<>(List.of(List.of(frame(EventType.STRIKE, 0)),
        List.of(frame(EventType.CLASH, 1)), List.of(frame(EventType.STRIKE, 2))));
    DocumentPlaces.fill(views, frames, ImmutableRangeSet.of());
    assertEquals("سرمين", frames.get(2).get(0).arguments(Role.LOCATION).get(0).span().text());
    // the strike of a sentence that names a place keeps to its own sentence
    assertTrue(frames.get(0).get(0).arguments(Role.LOCATION).isEmpty());
    // the same names inside page furniture do not count
    frames = new ArrayList<>(List.of(List.of(frame(EventType.CLASH, 0)), List.of(frame(EventType.CLASH, 1)),
        List.of(frame(EventType.STRIKE, 2))));
    DocumentPlaces.fill(views, frames, ImmutableRangeSet.of(Range.closed(0, 100)));
    assertTrue(frames.get(2).get(0).arguments(Role.LOCATION).isEmpty());
  }

  @Test
  void aPlaceTheDocumentPutsInsideTheChosenOneIsPreferred() {
    Place idlib = new Place("city-1", "Idlib", PlaceType.CITY, "gov-1", "SY", null, null,
        ImmutableList.of(), "test");
    // قصف مدفعي على بلدة كفرنجد شمالي إدلب / إدلب تتعرض للقصف / (a placeless strike)
    SentenceView a = HandSentence.parse("قصف/NN/0/root مدفعي/JJ/1/amod على/IN/4/case بلدة/NN/1/nmod"
        + " كفرنجد/NNP/4/nmod شمالي/JJ/4/amod إدلب/NNP/6/nmod")
        .placeIn(3, 5, 4, PlaceType.TOWN, idlib).place(5, 7, "city-1").build();
    SentenceView b = HandSentence.parse("إدلب/NNP/2/nsubj تتعرض/VBP/0/root ل/IN/4/case القصف/DTNN/2/obl")
        .index(1).place(0, 1, "city-1").build();
    List<SentenceView> views = List.of(a, b, placeless(2));
    List<List<EventFrame>> frames = new ArrayList<>(List.of(List.of(frame(EventType.CLASH, 0)),
        List.of(frame(EventType.CLASH, 1)), List.of(frame(EventType.STRIKE, 2))));
    DocumentPlaces.fill(views, frames, ImmutableRangeSet.of());
    assertEquals("بلدة كفرنجد", frames.get(2).get(0).arguments(Role.LOCATION).get(0).span().text());
    // a place the text puts elsewhere does not displace the most-named one
    Place hama = new Place("city-2", "Hama", PlaceType.CITY, "gov-2", "SY", null, null,
        ImmutableList.of(), "test");
    SentenceView c = HandSentence.parse("قصف/NN/0/root مدفعي/JJ/1/amod على/IN/4/case بلدة/NN/1/nmod"
        + " كفرنجد/NNP/4/nmod شمالي/JJ/4/amod إدلب/NNP/6/nmod")
        .placeIn(3, 5, 4, PlaceType.TOWN, hama).place(5, 7, "city-1").build();
    frames = new ArrayList<>(List.of(List.of(frame(EventType.CLASH, 0)),
        List.of(frame(EventType.CLASH, 1)), List.of(frame(EventType.STRIKE, 2))));
    DocumentPlaces.fill(List.of(c, b, placeless(2)), frames, ImmutableRangeSet.of());
    assertEquals("شمالي إدلب", frames.get(2).get(0).arguments(Role.LOCATION).get(0).span().text());
  }
}
