package org.hadath.incidents;

import static org.hadath.incidents.Frames.ARIHA;
import static org.hadath.incidents.Frames.SARMIN;
import static org.hadath.incidents.Frames.binnish;
import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hadath.entities.time.DateWindow;
import org.hadath.entities.time.DocumentDate;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventFrame;
import org.hadath.events.Role;
import org.junit.jupiter.api.Test;

/**
 * Reports whose own date was written without its year, on hand-made report sets: a post of
 * "today, Wednesday 2 December" and a page dated 2 December 2020 of one strike, and posts
 * stamped "January 11" by pages that leave the year out.
 */
class YearlessReportsTest {

  private static final DocumentDate WEDNESDAY_2_DEC =
      DocumentDate.partial(MonthDay.of(12, 2), DayOfWeek.WEDNESDAY, DocumentDate.Source.WEEKDAY, 30, 48);

  /** An undated post told by its weekday: its TIMEs counted from it without a year. */
  private static DocumentEvents wednesdayPost() {
    DocumentEvents d = doc("post", null, binnish(strike().time("XXXX-12-02", "اليوم الأربعاء").killed(2, 2L)),
        binnish(strike().time("XXXX-12-01", "أمس")));
    return new DocumentEvents(d.docId(), d.events(), d.sentences(), d.tokens(), d.parseStatus(), Optional.of(WEDNESDAY_2_DEC));
  }

  /** A town some 30 km from Sarmin (coordinates as in the project's gazetteer, rounded). */
  private static final Object[] KAFR_NUBL = {"كفرنبل", "sy-kafranbel", "sy-gov-idlib", 35.61, 36.56};

  private static DocumentEvents stamped(String id, String monthDay, Object[]... places) {
    DocumentEvents d = Frames.frameless(id, null, places);
    DocumentDate stamp = DocumentDate.parse(monthDay, null, DocumentDate.Source.YEARLESS_STAMP, 5, 15);
    return new DocumentEvents(id, ImmutableList.of(), d.sentences(), d.tokens(), ImmutableMap.of(), Optional.of(stamp),
        d.reportPlaces());
  }

  private static Set<Set<String>> groups(List<Incident> out) {
    return out.stream().map(Incident::reports).map(Set::copyOf).collect(Collectors.toSet());
  }

  @Test
  void theArchiveWindowGivesThePostItsYearAndItsTimesTheSame() {
    DocumentEvents full = wednesdayPost().withYearFrom(new DateWindow(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31)));
    assertEquals(LocalDate.of(2020, 12, 2), full.documentDate().orElseThrow().date());
    List<String> times = full.events().stream().flatMap(f -> f.arguments(Role.TIME).stream())
        .map(EventFrame.Argument::time).toList();
    assertEquals(List.of("2020-12-02", "2020-12-01"), times);
    // 2021-2023 holds no Wednesday 2 December (a writer's slip, or another year): unchanged
    DocumentEvents post = wednesdayPost();
    assertSame(post, post.withYearFrom(new DateWindow(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31))));
    assertSame(post, post.withYearFrom(null));
  }

  @Test
  void completedThePostIsOneRecordWithThePageOfItsDay() {
    DocumentEvents page = doc("page", "2020-12-02", binnish(strike().time("2020-12-02").killed(2, 2L)));
    DateWindow archive = new DateWindow(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31));
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(page, wednesdayPost().withYearFrom(archive)),
        IncidentOptions.defaults());
    assertEquals(Set.of(Set.of("page", "post")), groups(out));
    assertEquals(LocalDate.of(2020, 12, 2), out.get(0).day());
  }

  @Test
  void leftPartialThePostIsReadAsUndatedNeverAsTheReadersYear() {
    // the post's TIMEs (XXXX-12-02) date nothing: the record's day is the page's, and no 2026 appears
    DocumentEvents page = doc("page", "2020-12-02", binnish(strike().time("2020-12-02").killed(2, 2L)));
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(page, wednesdayPost()), IncidentOptions.defaults());
    assertTrue(out.stream().allMatch(i -> i.day() == null || i.day().equals(LocalDate.of(2020, 12, 2))), out.toString());
    Incident alone = IncidentBuilder.build(List.of(wednesdayPost()), IncidentOptions.defaults()).get(0);
    assertNull(alone.day());
  }

  @Test
  void postsStampedOneMonthDayAtOnePlaceAreOneRecordWithoutADate() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        stamped("page-a", "XXXX-01-11", SARMIN),
        stamped("page-b", "XXXX-01-11", ARIHA, SARMIN),
        stamped("next-day", "XXXX-01-12", SARMIN),
        stamped("elsewhere", "XXXX-01-11", KAFR_NUBL)), IncidentOptions.defaults());
    assertEquals(Set.of(Set.of("page-a", "page-b")), groups(out), "a lone note stays a report of no record");
    Incident i = out.get(0);
    assertTrue(i.notesOnly());
    assertNull(i.day(), "a month-day has no year to give the record");
    assertNull(i.dates());
    assertEquals(MonthDay.of(1, 11), i.partialDay(), "but the record keeps the month and day its posts share");
    assertEquals("sy-subdist-sarmin", i.place().placeId());
    com.fasterxml.jackson.databind.node.ObjectNode json = org.hadath.output.IncidentJson.toJson(i);
    assertTrue(json.get("date").isNull(), "never written as a full date");
    assertEquals("XXXX-01-11", json.get("partial_date").asText());
    assertEquals("XXXX-01-11", i.dayText());
  }

  @Test
  void theAnalystTableWritesAPartialDayAsTheEventTableDoes() throws Exception {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        stamped("page-a", "XXXX-01-11", SARMIN),
        stamped("page-b", "XXXX-01-11", ARIHA, SARMIN),
        doc("page", "2020-12-02", binnish(strike().time("2020-12-02")))), IncidentOptions.defaults());
    java.io.StringWriter w = new java.io.StringWriter();
    org.hadath.output.IncidentCsv.write(out, w);
    List<String> dates = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .build().parse(new java.io.StringReader(w.toString())).stream().map(r -> r.get("event_date")).sorted().toList();
    // event_date of the month-day record keeps its unknown year, never a full date or a blank
    assertEquals(List.of("2020-12-02", "XXXX-01-11"), dates);
  }

  @Test
  void aDatedRecordHasNoPartialDay() {
    Incident dated = IncidentBuilder.build(List.of(doc("page", "2020-12-02", binnish(strike().time("2020-12-02")))),
        IncidentOptions.defaults()).get(0);
    assertNull(dated.partialDay());
    assertTrue(org.hadath.output.IncidentJson.toJson(dated).get("partial_date") == null);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> dated.withPartialDay(MonthDay.of(1, 11)));
  }

  @Test
  void postsOfAPartialDayCloseOnceTheStreamHasMovedOn() {
    // memory stays bounded: a group of year-less posts closes after maxIdleReports reports
    List<Incident> out = new java.util.ArrayList<>();
    IncidentBuilder b = new IncidentBuilder(IncidentOptions.defaults().withClosing(10, 3), out::add);
    b.add(stamped("page-a", "XXXX-01-11", SARMIN));
    b.add(stamped("page-b", "XXXX-01-11", SARMIN));
    assertEquals(2, b.pendingNotes());
    for (int i = 0; i < 4; i++) {
      b.add(doc("other-" + i, "2024-0" + (i + 1) + "-01", Frames.ariha(strike())));
    }
    assertEquals(0, b.pendingNotes());
    assertTrue(out.stream().anyMatch(i -> i.reports().equals(Set.of("page-a", "page-b"))), out.toString());
  }

  /** A village only a cue names (قرية الطويلة), as a frame and a post name it. */
  private static final Object[] TAWILA = {"الطويلة", null, null, null, null};

  @Test
  void aDatedPostOfTheWeekdayAnUndatedStoryNamesDatesItsRecord() {
    // an undated story of "this morning, Saturday" at a village, and a page dated Saturday 3
    // December 2022 naming the village; a page of Tuesday 6 December naming it too
    DocumentEvents story = doc("story", null, strike().cuePlace("قرية", "الطويلة").unresolvedTime("صباح اليوم السبت")
        .killed(1, 1L));
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(story,
        Frames.frameless("saturday-page", "2022-12-03", TAWILA)), IncidentOptions.defaults());
    assertEquals(Set.of(Set.of("story", "saturday-page")), groups(out));
    assertEquals(LocalDate.of(2022, 12, 3), out.get(0).day());
    // the day before the page's date is its weekday too: a page of Sunday tells of Saturday
    out = IncidentBuilder.build(List.of(story, Frames.frameless("sunday-page", "2022-12-04", TAWILA)),
        IncidentOptions.defaults());
    assertEquals(LocalDate.of(2022, 12, 3), out.get(0).day());
    // a Tuesday's page is another day's news of the village
    out = IncidentBuilder.build(List.of(story, Frames.frameless("tuesday-page", "2022-12-06", TAWILA)),
        IncidentOptions.defaults());
    assertEquals(Set.of(Set.of("story")), groups(out));
    assertNull(out.get(0).day());
  }

  @Test
  void aTownHeadingAnAreaIsNoTieForAWeekdayAlone() {
    // Sarmin is struck on every weekday over the years: a Saturday page naming it is not the
    // undated Saturday story's
    DocumentEvents story = doc("story", null, Frames.sarmin(strike()).unresolvedTime("صباح اليوم السبت"));
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(story,
        Frames.frameless("saturday-page", "2022-12-03", SARMIN)), IncidentOptions.defaults());
    assertEquals(Set.of(Set.of("story")), groups(out));
  }
}
