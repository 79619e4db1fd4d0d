package org.hadath.events.arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.places.Direction;
import org.hadath.entities.places.PlaceType;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.junit.jupiter.api.Test;

/**
 * Which place TARGETs name where a strike happened rather than what it hit, on hand-built
 * sentences (no CoreNLP model): a compass place, a place after في/ب, a dateline; and the list
 * and container mechanisms the TARGET of a suffered strike (تعرضت قرية X لقصف) relies on.
 */
class PlaceLocationsTest {
  private final WordClasses words = HandSentence.words();
  private final PlaceRoles roles = new PlaceRoles(words);
  private final PlaceChains chains = new PlaceChains(words, roles);
  private final PlaceLocations locations = new PlaceLocations(chains);

  private static List<String> texts(List<Candidate> cs, Role r) {
    return cs.stream().filter(c -> c.role() == r).map(c -> c.span().text()).toList();
  }

  private static Candidate place(SentenceView v, int k, Role r, int head) {
    Span s = Span.of(v.text(), v.places().get(k).begin(), v.places().get(k).end());
    return new Candidate(r, head, s, s, "rule");
  }

  @Test
  void aCompassPlaceIsWhereNotWhat() {
    // مقتل مدني بقصف غربي حماة
    SentenceView v = HandSentence.parse("مقتل/NN/0/root مدني/NN/1/nmod ب/IN/4/case قصف/NN/1/nmod"
        + " غربي/NN/4/nmod حماة/NNP/5/nmod")
        .place(4, 6, 5, PlaceType.CITY, Direction.WEST).build();
    List<Candidate> out = new ArrayList<>(List.of(place(v, 0, Role.TARGET, 5)));
    locations.apply(v, out);
    assertEquals(List.of("غربي حماة"), texts(out, Role.LOCATION));
    assertEquals(List.of(), texts(out, Role.TARGET));
  }

  @Test
  void theCompassContainerOfALocationIsDropped() {
    // قصف في قرية كفرا شمالي إدلب: the village is the most specific place
    SentenceView v = HandSentence.parse("قصف/NN/0/root في/IN/3/case قرية/NN/1/nmod كفرا/NNP/3/nmod"
        + " شمالي/NN/3/nmod إدلب/NNP/5/nmod")
        .place(2, 4, 3, PlaceType.VILLAGE, null)
        .place(4, 6, 5, PlaceType.GOVERNORATE, Direction.NORTH).build();
    List<Candidate> out = new ArrayList<>(List.of(place(v, 0, Role.LOCATION, 3), place(v, 1, Role.TARGET, 5)));
    locations.apply(v, out);
    assertEquals(List.of("قرية كفرا"), texts(out, Role.LOCATION));
    assertEquals(1, out.size());
  }

  @Test
  void aLocationThatContainsAnotherLocationIsDropped() {
    // قصف داخل بلدة كفرا بريف إدلب: both reached as LOCATION, the town is the most specific
    SentenceView v = HandSentence.parse("قصف/NN/0/root داخل/IN/3/case بلدة/NN/1/nmod كفرا/NNP/3/nmod"
        + " بريف/NN/3/nmod إدلب/NNP/5/nmod")
        .place(2, 4, 3, PlaceType.TOWN, null)
        .place(4, 6, 5, PlaceType.REGION, null).build();
    assertTrue(chains.introducedByIn(v, v.places().get(0)), "داخل puts a place like في");
    List<Candidate> out = new ArrayList<>(List.of(place(v, 1, Role.LOCATION, 5), place(v, 0, Role.LOCATION, 3)));
    locations.apply(v, out);
    assertEquals(List.of("بلدة كفرا"), texts(out, Role.LOCATION));
  }

  @Test
  void aFrontLineIsWhereEvenAfterAla() {
    // استهداف على محور قرية كفرا: the front is where the strike happened, not what it hit
    SentenceView v = HandSentence.parse("استهداف/NN/0/root على/IN/3/case محور/NN/1/nmod قرية/NN/3/nmod"
        + " كفرا/NNP/4/nmod")
        .place(2, 5, 4, PlaceType.FRONT, null).build();
    List<Candidate> out = new ArrayList<>(List.of(place(v, 0, Role.TARGET, 4)));
    locations.apply(v, out);
    assertEquals(List.of("محور قرية كفرا"), texts(out, Role.LOCATION));
    assertEquals(List.of(), texts(out, Role.TARGET));
  }

  @Test
  void aPlaceTargetAfterFiIsTheLocationButOneAfterAlaStays() {
    SentenceView in = HandSentence.parse("قصف/NN/0/root في/IN/3/case قرية/NN/1/nmod كفرا/NNP/3/nmod")
        .place(2, 4, 3, PlaceType.VILLAGE, null).build();
    List<Candidate> out = new ArrayList<>(List.of(place(in, 0, Role.TARGET, 3)));
    locations.apply(in, out);
    assertEquals(List.of("قرية كفرا"), texts(out, Role.LOCATION));
    SentenceView on = HandSentence.parse("قصف/NN/0/root على/IN/3/case قرية/NN/1/nmod كفرا/NNP/3/nmod")
        .place(2, 4, 3, PlaceType.VILLAGE, null).build();
    out = new ArrayList<>(List.of(place(on, 0, Role.TARGET, 3)));
    locations.apply(on, out);
    assertEquals(List.of("قرية كفرا"), texts(out, Role.TARGET));
  }

  @Test
  void aDatelineIsNoArgument() {
    // حلب :: تعرضت قرية كفرا لقصف
    SentenceView v = HandSentence.parse("حلب/NNP/3/nsubj ::/PUNC/3/punct تعرضت/VBD/0/root قرية/NN/3/obj"
        + " كفرا/NNP/4/nmod ل/IN/7/case قصف/NN/3/obl")
        .place(0, 1, 0, PlaceType.CITY, null)
        .place(3, 5, 4, PlaceType.VILLAGE, null).build();
    List<Candidate> out = new ArrayList<>(List.of(place(v, 0, Role.TARGET, 0), place(v, 1, Role.TARGET, 4)));
    locations.apply(v, out);
    assertEquals(List.of("قرية كفرا"), texts(out, Role.TARGET));
  }

  @Test
  void theVillagesAfterOutskirtsShareTheRoleAndTheContainerFollowsTheList() {
    // أطراف قريتي كفرا و سان في ريف إدلب تعرضتا لقصف
    SentenceView v = HandSentence.parse("أطراف/NN/10/nsubj قريتي/NNS/1/nmod كفرا/NNP/2/nmod و/CC/5/cc"
        + " سان/NNP/3/conj في/IN/7/case ريف/NN/1/nmod إدلب/NNP/7/nmod تعرضتا/VBD/0/root"
        + " ل/IN/11/case قصف/NN/9/obl")
        .place(1, 3, 2, PlaceType.VILLAGE, null)
        .place(4, 5, 4, PlaceType.VILLAGE, null)
        .place(6, 8, 7, PlaceType.REGION, null).build();
    List<Candidate> out = new ArrayList<>(List.of(new Candidate(Role.TARGET, 0, v.span(0, 3), v.span(0, 1), "rule")));
    PlaceArguments.tidy(v, out);
    assertEquals(List.of("أطراف قريتي كفرا", "سان"), texts(out, Role.TARGET));
    new TargetContainers(chains).add(v, out);
    assertEquals(List.of("ريف إدلب"), texts(out, Role.LOCATION));
  }

  @Test
  void theVillageBeforeACompassPlaceIsWhatTheStrikeHit() {
    // قصفوا قرية كفرا شرق مدينة سرمين: the tree hung the object on the compass place
    SentenceView v = HandSentence.parse("قصفوا/VBD/0/root قرية/NN/4/nmod كفرا/NNP/2/nmod"
        + " شرق/NN/1/obj مدينة/NN/4/nmod سرمين/NNP/5/nmod")
        .place(1, 3, 2, PlaceType.VILLAGE, null)
        .place(3, 6, 5, PlaceType.CITY, Direction.EAST).build();
    List<Candidate> out = new ArrayList<>(List.of(place(v, 1, Role.TARGET, 3)));
    locations.apply(v, out);
    assertEquals(List.of("شرق مدينة سرمين"), texts(out, Role.LOCATION));
    assertEquals(List.of("قرية كفرا"), texts(out, Role.TARGET));
    assertEquals(PlaceLocations.RULE, out.get(1).rule());
  }
}
