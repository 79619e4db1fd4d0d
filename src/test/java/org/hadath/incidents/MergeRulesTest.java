package org.hadath.incidents;

import static org.hadath.incidents.Frames.*;
import static org.junit.jupiter.api.Assertions.*;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.hadath.events.CasualtyKind;
import org.junit.jupiter.api.Test;

/** The merge rules on hand-built frames: places, dates, figures, vetoes. No models loaded. */
class MergeRulesTest {

  private final IncidentOptions opts = IncidentOptions.defaults();
  private final ReportReader reader = new ReportReader(opts);
  private final MergeRules rules = new MergeRules(opts);

  private Sighting core(String id, String date, Frames.F... frames) {
    return reader.read(doc(id, date, frames), null).get(0);
  }

  private Draft draft(Sighting s) {
    return new Draft("I1", s, 1);
  }

  @Test
  void samePlaceIdSameDayMerges() {
    Sighting a = core("a", "2024-03-12", sarmin(strike()).killed(3, 3L));
    Sighting b = core("b", "2024-03-12", sarmin(strike()).killed(3, 3L));
    assertTrue(rules.score(draft(a), b) >= opts.minScore());
  }

  @Test
  void spellingsOfOneVillageAreTheSamePlace() {
    IncidentPlace joined = IncidentPlace.of(strike().cuePlace("بلدة", "كفرعمة").build(0).arguments().get(0));
    IncidentPlace spaced = IncidentPlace.of(strike().cuePlace("قرية", "كفر عمّة").build(0).arguments().get(0));
    assertEquals(PlaceMatch.SAME, PlaceMatch.between(joined, spaced, 5));
    assertEquals(IncidentPlace.key("سد تشرين"), IncidentPlace.key("#سد_تشرين"), "a hashtag and the words are one name");
  }

  @Test
  void placesWithinTheDistanceAreNear() {
    IncidentPlace atarib = ReportReader.place(atarib(strike()).build(0));
    IncidentPlace kafrAmma = ReportReader.place(kafrAmma(strike()).build(0));
    IncidentPlace ariha = ReportReader.place(ariha(strike()).build(0));
    assertEquals(PlaceMatch.NEAR, PlaceMatch.between(atarib, kafrAmma, 5));
    assertEquals(PlaceMatch.CONFLICT, PlaceMatch.between(atarib, ariha, 5));
    assertEquals(PlaceMatch.CONFLICT, PlaceMatch.between(atarib, kafrAmma, 2), "the distance is an option");
  }

  @Test
  void aGovernorateHoldsItsVillagesOnly() {
    IncidentPlace idlib = ReportReader.place(strike().governorate("إدلب", "sy-gov-idlib").build(0));
    assertTrue(idlib.coarse());
    assertEquals(PlaceMatch.INSIDE, PlaceMatch.between(idlib, ReportReader.place(sarmin(strike()).build(0)), 5));
    assertEquals(PlaceMatch.CONFLICT, PlaceMatch.between(idlib, ReportReader.place(atarib(strike()).build(0)), 5));
  }

  @Test
  void theCityNamedLikeItsGovernorateIsCoarse() {
    assertTrue(IncidentPlace.namesItsGovernorate("sy-idlib", "sy-gov-idlib"));
    assertFalse(IncidentPlace.namesItsGovernorate("sy-ariha", "sy-gov-idlib"));
  }

  @Test
  void aBareCueWordIsNoPlace() {
    assertNull(ReportReader.place(strike().barePlace("المدينة").build(0)),
        "a head at the start of its span without a gazetteer id is a noun, not a place");
    assertNotNull(ReportReader.place(strike().cuePlace("قرية", "تل الورد").build(0)));
  }

  @Test
  void datesApartVeto() {
    Sighting a = core("a", null, sarmin(strike()).time("2024-03-05"));
    Sighting b = core("b", null, sarmin(strike()).time("2024-03-12"));
    assertEquals(-1, rules.score(draft(a), b), "a week apart: two incidents");
    assertTrue(new MergeRules(opts.withDateWindowDays(8)).score(draft(a), b) > 0);
  }

  @Test
  void documentDateCoversTheDayBefore() {
    Sighting a = core("a", null, sarmin(strike()).time("2024-03-11"));
    Sighting b = core("b", "2024-03-13", sarmin(strike()));
    assertEquals(new DateRange(LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 13)), b.date());
    assertTrue(b.dateFromDocument());
    assertTrue(rules.score(draft(a), b) >= opts.minScore());
  }

  @Test
  void otherFamilyOrDenialVetoes() {
    Sighting strike = core("a", "2024-03-12", sarmin(strike()));
    Sighting fled = core("b", "2024-03-12", sarmin(evacuation()));
    assertEquals(-1, new MergeRules(opts.withFamilyAtSamePlace(false)).score(draft(strike), fled));
    Sighting atarib = core("e", "2024-03-12", atarib(strike()));
    assertEquals(-1, rules.score(draft(atarib), core("f", "2024-03-12", kafrAmma(evacuation()))),
        "another family needs the same place, not a near one");
    assertTrue(rules.score(draft(strike), core("c", "2024-03-12", sarmin(clash()))) > 0, "an attack typed CLASH");
    assertEquals(-1, rules.score(draft(strike), core("d", "2024-03-12", sarmin(strike()).negative())));
  }

  @Test
  void incompatibleTollsVeto() {
    Sighting a = core("a", "2024-03-12", sarmin(strike()).killed(2, 2L));
    assertTrue(rules.score(draft(a), core("b", "2024-03-12", sarmin(strike()).killed(5, 5L))) > 0, "a rising toll");
    assertEquals(-1, rules.score(draft(a), core("c", "2024-03-12", sarmin(strike()).killed(40, 40L))));
    Sighting hurt = core("d", "2024-03-12", sarmin(strike()).injured(1, 1L));
    assertTrue(rules.score(draft(hurt), core("e", "2024-03-12", sarmin(strike()).injured(12, 12L))) > 0,
        "injured figures of one strike differ most between early and late reports: no veto");
  }

  @Test
  void aSightingWithoutPlaceJoinsNothing() {
    Sighting a = core("a", "2024-03-12", sarmin(strike()));
    assertEquals(-1, rules.score(draft(a), core("b", "2024-03-12", strike())));
  }

  @Test
  void tollsTakeHighestMinimumAndMaximumWithSources() {
    CasualtyRange r = new Tolls().merge(CasualtyKind.KILLED, List.of(
        new Figure(3, 3L, "a"), new Figure(5, 7L, "b"), new Figure(4, 4L, "c")));
    assertEquals(5, r.low());
    assertEquals(7L, r.high());
    assertEquals(java.util.Set.of("b"), r.lowSources());
  }

  @Test
  void anOutlierMinimumIsNotCredible() {
    CasualtyRange r = new Tolls().merge(CasualtyKind.KILLED, List.of(
        new Figure(2, 2L, "a"), new Figure(3, 3L, "b"), new Figure(60, 60L, "c")));
    assertEquals(3, r.low(), "60 against 2 and 3 is a total, not this toll");
    assertEquals(3L, r.high());
  }

  @Test
  void anOpenFigureLeavesTheHighOpen() {
    CasualtyRange r = new Tolls().merge(CasualtyKind.INJURED, List.of(new Figure(10, null, "a"), new Figure(4, 6L, "b")));
    assertEquals(10, r.low());
    assertNull(r.high());
  }

  @Test
  void dateRangesParse() {
    assertEquals(DateRange.day(LocalDate.of(2024, 3, 5)), DateRange.parse("2024-03-05"));
    assertEquals(31, DateRange.parse("2024-03").days());
    assertEquals(3, DateRange.parse("2024-03-01/2024-03-03").days());
    assertNull(DateRange.parse("soon"));
    assertNull(DateRange.parse("2024-03-05/2024-03-01"));
    assertEquals(4, DateRange.parse("2024-03-01").gapDays(DateRange.parse("2024-03-05")));
  }

  @Test
  void optionsRejectNonsense() {
    assertThrows(IllegalArgumentException.class, () -> opts.withDateWindowDays(-1));
    assertThrows(IllegalArgumentException.class, () -> opts.withCasualtyTolerance(1.5, 3));
    assertThrows(IllegalArgumentException.class, () -> opts.withClosing(1, 10));
    assertEquals(ImmutableList.of(), ImmutableList.copyOf(reader.read(doc("empty", null), null)));
  }
}
