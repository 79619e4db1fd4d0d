package org.hadath.incidents;

import static org.hadath.incidents.Frames.ariha;
import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.sarmin;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reports that lack a place or a date: when they may join a record, and when they must stay
 * apart (hand-made report sets).
 */
class PlacelessAndUndatedTest {

  private final IncidentOptions opts = IncidentOptions.defaults();

  private static Set<Set<String>> groups(List<Incident> out) {
    return out.stream().map(Incident::reports).map(Set::copyOf).collect(Collectors.toSet());
  }

  @Test
  void aPostNamingNoPlaceJoinsTheOneStrikeOfItsDay() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike()).killed(3, 3L)),
        doc("post", "2024-03-13", strike().killed(4, 4L)),
        doc("next-week", "2024-03-20", strike())), opts);
    assertEquals(Set.of(Set.of("monitor", "post"), Set.of("next-week")), groups(out));
    assertEquals("sy-subdist-sarmin", out.get(0).place().placeId());
  }

  @Test
  void withTwoStrikesThatDayAPostNamingNoPlaceStaysApart() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike())),
        doc("agency", "2024-03-12", ariha(strike())),
        doc("post", "2024-03-12", strike())), opts);
    assertEquals(3, out.size(), out.toString());
  }

  @Test
  void aPostTwoDaysLaterNamingNoPlaceJoinsTheOneStrike() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike()).killed(2, 2L)),
        doc("late-post", "2024-03-14", strike().killed(3, 3L))), opts);
    assertEquals(Set.of(Set.of("monitor", "late-post")), groups(out));
  }

  @Test
  void twoUnrelatedStrikesOfOneDayAndProvinceStayApartWithALatePostBetweenThem() {
    // a strike on Sarmin and one on Ariha, both in Idlib, the same morning; a post two days
    // later names no place: it could tell of either, so all three stay apart
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike()).killed(2, 2L)),
        doc("agency", "2024-03-12", ariha(strike()).killed(1, 1L)),
        doc("late-post", "2024-03-14", strike())), opts);
    assertEquals(Set.of(Set.of("monitor"), Set.of("agency"), Set.of("late-post")), groups(out));
  }

  @Test
  void aProvinceReportDoesNotJoinTheOneRecordOfItsDayThatNamesNoPlace() {
    // a strike whose place no gazetteer reads (a square of a university), then two reports of
    // that day naming only the province of Idlib: the day alone does not tie them to it
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("square", "2024-05-06", strike()),
        doc("province-a", "2024-05-06", strike().governorate("إدلب", "sy-gov-idlib").killed(5, 5L)),
        doc("province-b", "2024-05-07", strike().governorate("إدلب", "sy-gov-idlib").killed(5, 5L))), opts);
    assertEquals(Set.of(Set.of("square"), Set.of("province-a", "province-b")), groups(out));
  }

  @Test
  void aVillageReportStillJoinsTheOneRecordOfItsDayThatNamesNoPlace() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("square", "2024-05-06", strike()),
        doc("village", "2024-05-06", sarmin(strike()))), opts);
    assertEquals(Set.of(Set.of("square", "village")), groups(out));
  }

  @Test
  void theRuleCanBeTurnedOff() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike())),
        doc("post", "2024-03-12", strike())), opts.withPlacelessDateDays(-1));
    assertEquals(2, out.size());
  }

  @Test
  void anUndatedReportNeedsTheSamePlaceNotJustItsProvinceAndToll() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("village", "2024-03-12", sarmin(strike()).killed(2, 2L)),
        doc("province-undated", null, strike().governorate("إدلب", "sy-gov-idlib").killed(2, 2L)),
        doc("village-undated", null, sarmin(strike()))), opts);
    assertEquals(Set.of(Set.of("village", "village-undated"), Set.of("province-undated")), groups(out));
  }

  @Test
  void theRecordsMainPlaceStopsAChainOfNearPlaces() {
    // three hamlets 4 km apart in a row: the first two are one place, the third is not the first
    Frames.F west = strike().place("الغربية", "sa-west", "sy-gov-idlib", 35.90, 36.70);
    Frames.F middle = strike().place("الوسطى", "sa-middle", "sy-gov-idlib", 35.90, 36.744);
    Frames.F east = strike().place("الشرقية", "sa-east", "sy-gov-idlib", 35.90, 36.788);
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("a", "2024-03-12", west),
        doc("b", "2024-03-12", strike().place("الغربية", "sa-west", "sy-gov-idlib", 35.90, 36.70)),
        doc("c", "2024-03-12", middle),
        doc("d", "2024-03-12", east)), opts);
    assertEquals(Set.of(Set.of("a", "b", "c"), Set.of("d")), groups(out));
  }

  @Test
  void anUndatedReportsWeekdayTellsARecordOfAnotherDayApart() {
    // 2024-03-12 was a Tuesday, 2023-03-16 a Thursday
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("tuesday", "2024-03-12", sarmin(strike())),
        doc("thursday-last-year", "2023-03-16", sarmin(strike())),
        doc("today-thursday", null, sarmin(strike()).unresolvedTime("صباح اليوم الخميس"))),
        opts.withClosing(5000, opts.maxIdleReports())); // an archive read whole, as hadath incidents does
    assertEquals(Set.of(Set.of("tuesday"), Set.of("thursday-last-year", "today-thursday")), groups(out));
    assertEquals(4, ReportDates.weekdayNamed("اليوم", "صباح اليوم الخميس"));
    assertEquals(1, ReportDates.weekdayNamed("الاثنين", "أمس الاثنين"), "the day named, whatever the relative word");
    assertEquals(null, ReportDates.weekdayNamed("قبل", "قبل يومين"));
  }
}
