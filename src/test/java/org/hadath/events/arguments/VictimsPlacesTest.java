package org.hadath.events.arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
 * The victims' place of a strike ({@link VictimsPlaces}) on hand-built sentences (no CoreNLP
 * model): the place where the toll fell is the LOCATION of a strike that names none, or only a
 * wide one; a killing told in a clause of its own, or a toll before a strike not told as its
 * cause, gives nothing.
 */
class VictimsPlacesTest {
  private final WordClasses words = HandSentence.words();
  private final PlaceChains chains = new PlaceChains(words, new PlaceRoles(words));
  private final VictimsPlaces victims = new VictimsPlaces(words, chains);

  private static Trigger trigger(int token) {
    return new Trigger(token, new TriggerRule(EventType.STRIKE, "STRIKE_N", Pattern.compile(".*"),
        List.of(), "test"));
  }

  private static List<String> locations(List<Candidate> cs) {
    return cs.stream().filter(c -> c.role() == Role.LOCATION).map(c -> c.span().text()).toList();
  }

  private static Candidate place(SentenceView v, int k, Role r) {
    Span s = Span.of(v.text(), v.places().get(k).begin(), v.places().get(k).end());
    return new Candidate(r, v.places().get(k).tokenEnd() - 1, s, s, "rule");
  }

  // جدد النظام قصفه على منطقة جبل السماق ، ما أدى إلى إصابة طفل في بلدة كفرمارة
  private static final String SHELLED_AREA = "جدد/VBD/0/root النظام/DTNN/1/nsubj قصف/NN/1/obj"
      + " على/IN/5/case منطقة/NN/3/nmod جبل/NNP/5/nmod السماق/DTNNP/6/nmod ،/PUNC/1/punct"
      + " ما/WP/10/nsubj أدى/VBD/1/advcl إلى/IN/12/case إصابة/NN/10/obl طفل/NN/12/nmod"
      + " في/IN/15/case بلدة/NN/12/nmod كفرمارة/NNP/15/nmod";

  @Test
  void theTollsPlaceIsTheLocationOfAStrikeOnAnArea() {
    SentenceView v = HandSentence.parse(SHELLED_AREA)
        .place(4, 7, 5, PlaceType.REGION, null)
        .place(14, 16, 15, PlaceType.TOWN, null).build();
    Trigger t = trigger(2);
    List<Candidate> out = new ArrayList<>(List.of(place(v, 0, Role.TARGET)));
    victims.add(v, t, List.of(t), out);
    assertEquals(List.of("بلدة كفرمارة"), locations(out));
    assertEquals(VictimsPlaces.RULE, out.get(1).rule());
  }

  @Test
  void aNarrowerTollPlaceTakesTheStandOfAWideLocation() {
    // قصفت الطائرات قرى بريف حماة ، ما أسفر عن مقتل امرأة في مخيم الزيتون
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj قرى/NN/1/obj"
        + " بريف/NNP/3/nmod حماة/NNP/4/flat ،/PUNC/1/punct ما/WP/8/nsubj أسفر/VBD/1/advcl"
        + " عن/IN/10/case مقتل/NN/8/obl امرأة/NN/10/nmod في/IN/13/case مخيم/NN/10/nmod"
        + " الزيتون/DTNNP/13/nmod")
        .place(3, 5, 4, PlaceType.REGION, null)
        .place(12, 14, 13, PlaceType.CAMP, null).build();
    Trigger t = trigger(0);
    List<Candidate> out = new ArrayList<>(List.of(place(v, 0, Role.LOCATION)));
    victims.add(v, t, List.of(t), out);
    assertEquals(List.of("مخيم الزيتون"), locations(out));
    // قصف في قرية كفرا أسفر عن مقتل امرأة في مخيم الزيتون: a village is specific already
    SentenceView village = HandSentence.parse("قصف/NN/0/root في/IN/3/case قرية/NN/1/nmod"
        + " كفرا/NNP/3/nmod أسفر/VBD/1/acl عن/IN/7/case مقتل/NN/5/obl امرأة/NN/7/nmod"
        + " في/IN/10/case مخيم/NN/7/nmod الزيتون/DTNNP/10/nmod")
        .place(2, 4, 3, PlaceType.VILLAGE, null)
        .place(9, 11, 10, PlaceType.CAMP, null).build();
    Trigger raid = trigger(0);
    out = new ArrayList<>(List.of(place(village, 0, Role.LOCATION)));
    victims.add(village, raid, List.of(raid), out);
    assertEquals(List.of("قرية كفرا"), locations(out));
  }

  @Test
  void aKillingInAClauseOfItsOwnGivesNoPlace() {
    // قصفت الطائرات البلدة فيما اغتال مسلحون رجلا في درعا
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj البلدة/DTNN/1/obj"
        + " فيما/IN/5/mark اغتال/VBD/1/advcl مسلحون/NNS/5/nsubj رجلا/NN/5/obj في/IN/9/case"
        + " درعا/NNP/5/obl")
        .place(8, 9, 8, PlaceType.CITY, null).build();
    Trigger t = trigger(0);
    List<Candidate> out = new ArrayList<>();
    victims.add(v, t, List.of(t), out);
    assertEquals(List.of(), locations(out));
  }

  @Test
  void aTollBeforeTheStrikeCountsOnlyWhenTheStrikeIsItsCause() {
    // شهيدان في مدينة الرستن جراء القصف
    String head = "شهيدان/NNP/0/root في/IN/3/case مدينة/NN/1/nmod الرستن/DTNNP/3/nmod";
    SentenceView cause = HandSentence.parse(head + " جراء/NN/6/case القصف/DTNN/1/nmod")
        .place(2, 4, 3, PlaceType.CITY, null).build();
    Trigger t = trigger(5);
    List<Candidate> out = new ArrayList<>();
    victims.add(cause, t, List.of(t), out);
    assertEquals(List.of("مدينة الرستن"), locations(out));
    // شهيدان في مدينة الرستن و القصف مستمر: the strike is no cause told of that toll
    SentenceView beside = HandSentence.parse(head + " و/CC/6/cc القصف/DTNN/1/conj")
        .place(2, 4, 3, PlaceType.CITY, null).build();
    out = new ArrayList<>();
    victims.add(beside, t, List.of(t), out);
    assertEquals(List.of(), locations(out));
  }
}
