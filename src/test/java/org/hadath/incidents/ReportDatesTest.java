package org.hadath.incidents;

import static org.hadath.incidents.Frames.binnish;
import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.sarmin;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hadath.events.EventFrame;
import org.junit.jupiter.api.Test;

/**
 * The dates a report gives its incidents ({@link ReportDates}) and the day a record takes from
 * its reports ({@link RecordDay}), on hand-made report sets.
 */
class ReportDatesTest {

  private final IncidentOptions opts = IncidentOptions.defaults().withClosing(5000, 1000); // an archive read whole

  private static Set<Set<String>> groups(List<Incident> out) {
    return out.stream().map(Incident::reports).map(Set::copyOf).collect(Collectors.toSet());
  }

  @Test
  void anUndatedReportRecallingALaterYearIsNotAboutAnOlderRecord() {
    // the same village struck in 2022 and in 2023; an undated post counts strikes "since the start of 2023"
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("old", "2022-11-02", sarmin(strike())),
        doc("undated", null, sarmin(strike()), strike().time("2023-01-01/..")),
        doc("new", "2023-03-23", sarmin(strike()))), opts);
    assertEquals(Set.of(Set.of("old"), Set.of("undated", "new")), groups(out));
  }

  @Test
  void theLatestDayAReportNamesBoundsItsOwnDate() {
    assertEquals(LocalDate.of(2023, 1, 1), ReportDates.notBefore(List.of(
        strike().time("2019-10-22").build(0), strike().time("2023-01-01/..").build(0), strike().time("2020-03").build(0))));
    assertEquals(LocalDate.of(2020, 3, 31), ReportDates.notBefore(List.of(strike().time("2020-03").build(0))));
    assertNull(ReportDates.notBefore(List.of(strike().unresolvedTime("اليوم الخميس").build(0))));
  }

  @Test
  void aSightingTakesTheFirstTimeThatCanDateTheEvent() {
    ReportDates dates = new ReportDates(opts);
    LocalDate reportDay = LocalDate.of(2024, 3, 12);
    // a range of months is no incident's date; a day twenty days back is background (lag 10)
    ReportDates.Reading r = dates.of(List.of(strike().time("2024-01/2024-03").build(0),
        strike().time("2024-02-21").build(0), strike().time("2024-03-11").build(0)), reportDay);
    assertEquals(DateRange.day(LocalDate.of(2024, 3, 11)), r.date());
    // none: the report's own day and the one before
    ReportDates.Reading none = dates.of(List.of(strike().build(0)), reportDay);
    assertEquals(new DateRange(reportDay.minusDays(1), reportDay), none.date());
    assertEquals(true, none.fromDocument());
    // undated report, unresolved weekday: no date, the weekday kept
    ReportDates.Reading wd = dates.of(List.of(strike().unresolvedTime("مساء اليوم الثلاثاء").build(0)), null);
    assertNull(wd.date());
    assertEquals(2, wd.weekday());
  }

  @Test
  void threeReportsOfTheFifthOutvoteOneRecallingTheSecond() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("recalls", "2024-05-06", sarmin(strike()).time("2024-05-03")),
        doc("a", "2024-05-05", sarmin(strike())),
        doc("b", "2024-05-06", sarmin(strike()).time("2024-05-05")),
        doc("c", "2024-05-06", sarmin(strike()).time("2024-05-05"))), opts);
    assertEquals(1, out.size(), out.toString());
    assertEquals(LocalDate.of(2024, 5, 5), out.get(0).day());
  }

  @Test
  void anUndatedReportsDateOnAnotherWeekdayThanItsEventIsBackground() {
    ReportDates dates = new ReportDates(opts);
    // "today, Saturday" the strike; the text recalls 30 December 2022, a Friday: no date
    ReportDates.Reading r = dates.of(List.of(strike().unresolvedTime("اليوم السبت").build(0),
        strike().time("2022-12-30").build(0)), null);
    assertNull(r.date());
    assertEquals(6, r.weekday());
    // the same date on the weekday the report names dates the event
    ReportDates.Reading same = dates.of(List.of(strike().unresolvedTime("يوم الجمعة").build(0),
        strike().time("2022-12-30").build(0)), null);
    assertEquals(DateRange.day(LocalDate.of(2022, 12, 30)), same.date());
    // a report with a date of its own resolved its weekdays: the check is not needed
    ReportDates.Reading dated = dates.of(List.of(strike().time("2022-12-30").build(0)), LocalDate.of(2022, 12, 31));
    assertEquals(DateRange.day(LocalDate.of(2022, 12, 30)), dated.date());
  }

  @Test
  void aWrittenDateBesideTheReportsOwnDayIsRecalled() {
    ReportDates dates = new ReportDates(opts);
    // an undated post: the strike "this morning, Thursday"; a later paragraph recalls the
    // massacre of 14 October 2020, a Wednesday, and a Wednesday the text names too
    List<EventFrame> report = List.of(strike().unresolvedTime("صباح اليوم الخميس").build(0),
        strike().unresolvedTime("يوم الأربعاء").time("2020-10-14", "14 تشرين الأول 2020").build(0));
    assertNull(dates.of(report.subList(1, 2), null, report).date());
    // the same date written with the day it fell on dates its event
    List<EventFrame> named = List.of(strike().unresolvedTime("صباح اليوم الخميس").build(0),
        strike().time("2020-10-14", "يوم الأربعاء 14 تشرين الأول 2020").build(0));
    assertEquals(DateRange.day(LocalDate.of(2020, 10, 14)), dates.of(named.subList(1, 2), null, named).date());
    // a report that tells nothing by its own day: the written date is all there is
    List<EventFrame> alone = List.of(strike().time("2020-10-14", "14-10-2020").build(0));
    assertEquals(DateRange.day(LocalDate.of(2020, 10, 14)), dates.of(alone, null, alone).date());
    // a report with a date of its own checks its dates against that date instead
    assertEquals(DateRange.day(LocalDate.of(2020, 10, 14)),
        dates.of(report.subList(1, 2), LocalDate.of(2020, 10, 15), report).date());
  }

  @Test
  void anUndatedReportJoinsTheRecordItsRecalledDateWouldHaveKeptItFrom() {
    // the town struck on Monday 20 March 2023; an undated post of that strike recalls one of a
    // Monday in 2019
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("dated", "2023-03-20", sarmin(strike())),
        doc("undated", null, sarmin(strike()).unresolvedTime("اليوم الاثنين"),
            sarmin(strike()).time("2019-10-21", "21 تشرين الأول 2019"))), opts);
    assertEquals(Set.of(Set.of("dated", "undated")), groups(out));
  }

  @Test
  void aPostsStampWeighsAsTheReportsOwnDateNotAsADayItsTextGives() {
    // two posts stamped the 5th (their stamp is their frames' TIME) and three reports of the 3rd
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("post1", "2024-12-05", sarmin(strike()).stamp("2024-12-05")),
        doc("post2", "2024-12-05", sarmin(strike()).stamp("2024-12-05")),
        doc("a", "2024-12-03", sarmin(strike())),
        doc("b", "2024-12-03", sarmin(strike())),
        doc("c", "2024-12-03", sarmin(strike()))), opts);
    assertEquals(1, out.size(), out.toString());
    assertEquals(LocalDate.of(2024, 12, 3), out.get(0).day());
    // a day the text gives still weighs double: two such reports outvote the three
    ImmutableList<Incident> told = IncidentBuilder.build(List.of(
        doc("post1", "2024-12-05", sarmin(strike()).time("2024-12-05")),
        doc("post2", "2024-12-05", sarmin(strike()).time("2024-12-05")),
        doc("a", "2024-12-03", sarmin(strike())),
        doc("b", "2024-12-03", sarmin(strike())),
        doc("c", "2024-12-03", sarmin(strike()))), opts);
    assertEquals(1, told.size(), told.toString());
    assertEquals(LocalDate.of(2024, 12, 5), told.get(0).day());
  }

  @Test
  void anUndatedReportNamingItsEventsWeekdayJoinsOnlyARecordHoldingThatDay() {
    // the village struck on Wednesday 3 and on Thursday 11 January 2024, each told by a text
    // that dates it; an undated post tells of a strike "this morning, Thursday"
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("wednesday", "2024-01-03", sarmin(strike()).time("2024-01-03")),
        doc("thursday", "2024-01-11", sarmin(strike()).time("2024-01-11")),
        doc("post", null, sarmin(strike()).unresolvedTime("صباح اليوم الخميس"))), opts);
    assertEquals(Set.of(Set.of("wednesday"), Set.of("thursday", "post")), groups(out));
    // nor a record of the Wednesday alone: a day either side is another day
    ImmutableList<Incident> one = IncidentBuilder.build(List.of(
        doc("wednesday", "2024-01-03", sarmin(strike()).time("2024-01-03")),
        doc("post", null, sarmin(strike()).unresolvedTime("صباح اليوم الخميس"))), opts);
    assertEquals(Set.of(Set.of("wednesday"), Set.of("post")), groups(one));
  }

  @Test
  void anUndatedRoundupsOneWeekdayIsTheDayOfAllItsNews() {
    // a strike on Binnish on Saturday 6 January 2024; an undated roundup of "Thursday" names
    // the day in its lead (a frame on Sarmin) and not in its line on Binnish
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("saturday", "2024-01-06", binnish(strike()).time("2024-01-06")),
        doc("roundup", null, sarmin(strike()).unresolvedTime("الخميس"), binnish(strike()))), opts);
    assertEquals(3, out.size(), out.toString()); // the roundup's two towns are two records
    assertEquals(Set.of("saturday"), Set.copyOf(out.stream().filter(i -> i.reports().contains("saturday"))
        .findFirst().orElseThrow().reports()));
    // a report naming two weekdays gives its untimed frames none
    List<EventFrame> two = List.of(strike().unresolvedTime("الخميس").build(0), strike().unresolvedTime("أمس الأربعاء").build(0));
    assertNull(ReportDates.onlyWeekday(two));
    assertEquals(4, ReportDates.onlyWeekday(List.of(strike().unresolvedTime("الخميس").build(0), strike().build(0))));
  }
}
