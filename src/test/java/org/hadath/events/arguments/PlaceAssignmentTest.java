package org.hadath.events.arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hadath.entities.places.Direction;
import org.hadath.entities.places.PlaceType;
import org.hadath.events.EventRules.TriggerRule;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;
import org.junit.jupiter.api.Test;

/**
 * The sentence-level place mechanisms on hand-built sentences (no CoreNLP model loaded):
 * the nearest place in the tree, chains of places, datelines, the most specific place, a
 * target's container and repaired spans.
 */
class PlaceAssignmentTest {
  private final WordClasses words = HandSentence.words();
  private final PlaceRoles roles = new PlaceRoles(words);
  private final PlaceChains chains = new PlaceChains(words, roles);
  private final PlaceAssignment assignment = new PlaceAssignment(roles, chains);

  private static Trigger trigger(int token, EventType type) {
    return new Trigger(token, new TriggerRule(type, type + "_N", Pattern.compile(".*"), List.of(), "test"));
  }

  private static List<String> texts(List<Candidate> cs, Role r) {
    return cs.stream().filter(c -> c.role() == r).map(c -> c.span().text()).toList();
  }

  private Map<Trigger, List<Candidate>> assign(SentenceView v, Trigger... ts) {
    Map<Trigger, List<Candidate>> args = new LinkedHashMap<>();
    for (Trigger t : ts) {
      args.put(t, new ArrayList<>());
    }
    assignment.assign(v, List.of(ts), args);
    return args;
  }

  @Test
  void eachMentionTakesThePlaceNearestToItInTheTree() {
    // قصفت الطائرات قرية كفرا و شنت غارة على بلدة سرمين
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj قرية/NN/1/obj كفرا/NNP/3/nmod"
        + " و/CC/6/cc شنت/VBD/1/conj غارة/NN/6/obj على/IN/9/case بلدة/NN/7/nmod سرمين/NNP/9/nmod")
        .place(2, 4, 3, PlaceType.VILLAGE, null)
        .place(8, 10, 9, PlaceType.TOWN, null)
        .build();
    Trigger shelled = trigger(0, EventType.STRIKE);
    Trigger raid = trigger(6, EventType.STRIKE);
    Map<Trigger, List<Candidate>> args = assign(v, shelled, raid);
    // the object of the strike verb is what it hit; the على-place is the raid's, not the shelling's
    assertEquals(List.of("قرية كفرا"), texts(args.get(shelled), Role.TARGET));
    assertEquals(List.of("بلدة سرمين"), texts(args.get(raid), Role.TARGET));
    assertEquals(PlaceAssignment.RULE, args.get(raid).get(0).rule());
  }

  @Test
  void aPlaceUnderAVerbOfItsOwnTellsWhereSomethingElseHappened() {
    // قصفت الطائرات البلدة فيما اغتال مسلحون رجلا في درعا
    String words = "قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj البلدة/DTNN/1/obj فيما/IN/5/mark";
    SentenceView other = HandSentence.parse(words + " اغتال/VBD/1/advcl مسلحون/NNS/5/nsubj رجلا/NN/5/obj"
        + " في/IN/9/case درعا/NNP/5/obl").place(8, 9, 8, PlaceType.CITY, null).build();
    assertTrue(assign(other, trigger(0, EventType.STRIKE)).values().iterator().next().isEmpty());
    // the same place hung on the strike verb is its LOCATION
    SentenceView own = HandSentence.parse(words + " اغتال/VBD/1/advcl مسلحون/NNS/5/nsubj رجلا/NN/5/obj"
        + " في/IN/9/case درعا/NNP/1/obl").place(8, 9, 8, PlaceType.CITY, null).build();
    assertEquals(List.of("درعا"), texts(assign(own, trigger(0, EventType.STRIKE)).values().iterator().next(),
        Role.LOCATION));
  }

  @Test
  void aMentionThatAlreadyHasAPlaceKeepsIt() {
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj قرية/NN/1/obj كفرا/NNP/3/nmod")
        .place(2, 4, 3, PlaceType.VILLAGE, null).build();
    Trigger t = trigger(0, EventType.STRIKE);
    Map<Trigger, List<Candidate>> args = new LinkedHashMap<>();
    List<Candidate> before = new ArrayList<>();
    before.add(new Candidate(Role.LOCATION, 1, v.span(1, 2), v.span(1, 2), "rule"));
    args.put(t, before);
    assignment.assign(v, List.of(t), args);
    assertEquals(1, args.get(t).size());
    // an evacuation or surrender takes no place from this mechanism
    assertTrue(assign(v, trigger(0, EventType.SURRENDER)).values().iterator().next().isEmpty());
  }

  @Test
  void aCountryWithoutPrepositionNamesAnActorNotAPlace() {
    // قصف لطائرات النظام و روسيا في سوريا
    SentenceView v = HandSentence.parse("قصف/NN/0/root ل/IN/3/case طائرات/NNS/1/nmod النظام/DTNN/3/nmod"
        + " و/CC/6/cc روسيا/NNP/4/conj في/IN/8/case سوريا/NNP/1/nmod")
        .place(5, 6, 5, PlaceType.COUNTRY, null)
        .place(7, 8, 7, PlaceType.COUNTRY, null)
        .build();
    assertTrue(PlaceRoles.namesActor(v, 5, v.places().get(0)));
    assertFalse(PlaceRoles.namesActor(v, 7, v.places().get(1)));
    List<Candidate> out = assign(v, trigger(0, EventType.STRIKE)).values().iterator().next();
    assertEquals(List.of("سوريا"), texts(out, Role.LOCATION));
  }

  @Test
  void aDatelineIsNoPlaceOfItsSentence() {
    // إدلب : قصفت الطائرات في قرية كفرا
    SentenceView v = HandSentence.parse("إدلب/NNP/3/nsubj :/PUNC/3/punct قصفت/VBD/0/root الطائرات/DTNNS/3/nsubj"
        + " في/IN/6/case قرية/NN/3/obl كفرا/NNP/6/nmod")
        .place(0, 1, 0, PlaceType.GOVERNORATE, null)
        .place(5, 7, 6, PlaceType.VILLAGE, null)
        .build();
    assertTrue(PlaceChains.isDateline(v, v.places().get(0)));
    assertFalse(PlaceChains.isDateline(v, v.places().get(1)));
    // the dateline is as near in the tree as the village, and nearer in the text
    List<Candidate> out = assign(v, trigger(2, EventType.STRIKE)).values().iterator().next();
    assertEquals(List.of("قرية كفرا"), texts(out, Role.LOCATION));
  }

  /**
   * قصفت الطائرات PREP قرية كفرا بريف إدلب الجنوبي, the place after PREP (في or على); as a
   * parser may, it hangs the village on الطائرات and the region on the verb.
   */
  private SentenceView chain(String prep) {
    return HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj " + prep + "/IN/4/case قرية/NN/2/nmod"
        + " كفرا/NNP/4/nmod بريف/NN/1/obl إدلب/NNP/6/nmod الجنوبي/DTJJ/6/amod")
        .place(3, 5, 4, PlaceType.VILLAGE, null)
        .place(5, 8, 6, PlaceType.REGION, Direction.SOUTH)
        .build();
  }

  @Test
  void aPlaceAndTheWiderPlaceAfterItFormAChain() {
    SentenceView v = chain("في");
    assertSame(v.places().get(1), chains.containerAfter(v, v.places().get(0)));
    assertSame(v.places().get(0), chains.containedBefore(v, v.places().get(1)));
    assertNull(chains.containerAfter(v, v.places().get(1)));
    // the tree reaches the region first (one link, the village two): the village is chosen
    List<Candidate> out = assign(v, trigger(0, EventType.STRIKE)).values().iterator().next();
    assertEquals(List.of("قرية كفرا"), texts(out, Role.LOCATION));
  }

  @Test
  void aQuotedNameIsTheSpecificEndOfItsChain() {
    // في قرية " دقنة " شرق حلب: the closing quote does not break the chain
    SentenceView v = HandSentence.parse("أصيب/VBD/0/root مدني/NN/1/nsubj في/IN/4/case قرية/NN/1/obl \"/PUNC/6/punct"
        + " دقنة/NNP/4/nmod \"/PUNC/6/punct شرق/NN/1/obl حلب/NNP/8/nmod")
        .place(3, 6, 5, PlaceType.VILLAGE, null)
        .place(7, 9, 8, PlaceType.CITY, Direction.EAST)
        .build();
    assertSame(v.places().get(1), chains.containerAfter(v, v.places().get(0)));
  }

  @Test
  void aVillageIsNotTheContainerOfARegion() {
    // بريف إدلب و قرية كفرا: a region then a village is a list, not a chain
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root بريف/NN/1/obl إدلب/NNP/2/nmod في/IN/5/case"
        + " قرية/NN/1/obl كفرا/NNP/5/nmod")
        .place(1, 3, 2, PlaceType.REGION, null)
        .place(4, 6, 5, PlaceType.VILLAGE, null)
        .build();
    assertNull(chains.containerAfter(v, v.places().get(0)));
  }

  @Test
  void theSpecificPlaceTakesTheWiderPlacesRole() {
    SpecificPlaces specific = new SpecificPlaces(chains);
    Trigger t = trigger(0, EventType.STRIKE);
    // في قرية كفرا بريف إدلب: the village is the LOCATION in the region's stead
    SentenceView in = chain("في");
    List<Candidate> out = new ArrayList<>(List.of(region(in)));
    specific.refine(in, t, out);
    assertEquals(List.of("قرية كفرا"), texts(out, Role.LOCATION));
    assertEquals(SpecificPlaces.RULE, out.get(0).rule());
    // على قرية كفرا بريف إدلب: the village is the TARGET, the region stays the LOCATION
    SentenceView on = chain("على");
    out = new ArrayList<>(List.of(region(on)));
    specific.refine(on, t, out);
    assertEquals(List.of("قرية كفرا"), texts(out, Role.TARGET));
    assertEquals(List.of("بريف إدلب الجنوبي"), texts(out, Role.LOCATION));
  }

  private static Candidate region(SentenceView v) {
    Span s = Span.of(v.text(), v.places().get(1).begin(), v.places().get(1).end());
    return new Candidate(Role.LOCATION, 5, s, s, "rule");
  }

  @Test
  void aPlaceTargetGetsItsContainerAsLocation() {
    SentenceView v = chain("على");
    Span village = Span.of(v.text(), v.places().get(0).begin(), v.places().get(0).end());
    List<Candidate> out = new ArrayList<>(List.of(new Candidate(Role.TARGET, 3, village, village, "rule")));
    new TargetContainers(chains).add(v, out);
    assertEquals(List.of("بريف إدلب الجنوبي"), texts(out, Role.LOCATION));
    assertEquals(TargetContainers.RULE, out.get(1).rule());
  }

  @Test
  void aThingHitInAPlaceGetsThatPlaceAsLocation() {
    // استهدفت الطائرات مواقع في قرية كفرا
    SentenceView v = HandSentence.parse("استهدفت/VBD/0/root الطائرات/DTNNS/1/nsubj مواقع/NNS/1/obj"
        + " في/IN/5/case قرية/NN/3/nmod كفرا/NNP/5/nmod")
        .place(4, 6, 5, PlaceType.VILLAGE, null).build();
    List<Candidate> out = new ArrayList<>(List.of(new Candidate(Role.TARGET, 2, v.span(2, 6), v.span(2, 3), "rule")));
    new TargetContainers(chains).add(v, out);
    assertEquals(List.of("قرية كفرا"), texts(out, Role.LOCATION));
  }

  @Test
  void aListStartsAtItsFirstPlace() {
    // قصفت قريتي كفرا و سرمين
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root قريتي/NN/1/obj كفرا/NNP/2/nmod و/CC/5/cc"
        + " سرمين/NNP/3/conj")
        .place(1, 3, 2, PlaceType.VILLAGE, null)
        .place(4, 5, 4, PlaceType.VILLAGE, null)
        .build();
    assertSame(v.places().get(0), chains.listHead(v, v.places().get(1)));
    assertSame(v.places().get(0), chains.listHead(v, v.places().get(0)));
  }

  @Test
  void aSpanCutInsideAPlaceNameRunsToItsEnd() {
    // محيط قرية دير سنبل: the tree gave محيط قرية دير
    SentenceView v = HandSentence.parse("استهدفت/VBD/0/root محيط/NN/1/obj قرية/NN/2/nmod دير/NNP/3/nmod"
        + " سنبل/NNP/4/flat قذائف/NNS/1/obl")
        .place(2, 5, 3, PlaceType.VILLAGE, null).build();
    Candidate cut = new Candidate(Role.TARGET, 1, v.span(1, 4), v.span(1, 2), "rule");
    assertEquals("محيط قرية دير سنبل", PlaceArguments.repairSpan(v, cut).span().text());
    // an instrument that ran on into the place stops before it
    Candidate shells = new Candidate(Role.INSTRUMENT, 1, v.span(1, 5), v.span(1, 2), "rule");
    assertEquals("محيط", PlaceArguments.repairSpan(v, shells).span().text());
  }

  @Test
  void aPlaceAfterAWordOfNearnessIsWhereNotWhenceFrom() {
    // قصفت الطائرات محطة قريبة من قرية كفرا: من after القريبة puts the station there
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj محطة/NN/1/obj"
        + " القريبة/DTJJ/3/amod من/IN/6/case قرية/NN/4/obl كفرا/NNP/6/nmod")
        .place(5, 7, 6, PlaceType.VILLAGE, null).build();
    Map<Trigger, List<Candidate>> args = assign(v, trigger(0, EventType.STRIKE));
    assertEquals(List.of("قرية كفرا"), texts(args.values().iterator().next(), Role.LOCATION));
    // خرجوا من قرية كفرا: a place left is no LOCATION of a strike
    SentenceView left = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj النازحين/DTNNS/1/obj"
        + " الخارجين/DTJJ/3/amod من/IN/6/case قرية/NN/4/obl كفرا/NNP/6/nmod")
        .place(5, 7, 6, PlaceType.VILLAGE, null).build();
    assertTrue(assign(left, trigger(0, EventType.STRIKE)).values().iterator().next().isEmpty());
  }
}
