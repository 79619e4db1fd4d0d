package org.hadath.incidents;

import static org.hadath.incidents.Frames.*;
import static org.junit.jupiter.api.Assertions.*;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hadath.events.CasualtyKind;
import org.hadath.events.DocumentEvents;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.junit.jupiter.api.Test;

/** Report sets built by hand (frames as the extractor would give them), merged into records. */
class IncidentBuilderTest {

  private final IncidentOptions opts = IncidentOptions.defaults();

  private static Set<String> docs(Incident i) {
    return i.reports();
  }

  @Test
  void oneStrikeToldByThreeOutletsWithDifferentTolls() {
    // a monitor the same evening, a news site the next morning, a post the day after with the final toll
    List<DocumentEvents> set = List.of(
        doc("monitor", "2024-03-12", sarmin(strike()).agent("ru-air").killed(3, 3L).injured(5, null), strike()),
        doc("site", "2024-03-13", strike().killed(4, 4L), sarmin(strike()).time("2024-03-12"), strike()),
        doc("post", "2024-03-14", strike().governorate("إدلب", "sy-gov-idlib"), sarmin(strike()).killed(6, 7L).injured(8, 8L)));
    ImmutableList<Incident> out = IncidentBuilder.build(set, opts);
    assertEquals(1, out.size(), out.toString());
    Incident i = out.get(0);
    assertEquals(Set.of("monitor", "site", "post"), docs(i));
    assertEquals(6, i.casualties(CasualtyKind.KILLED).low(), "the later, higher toll updates the record");
    assertEquals(7L, i.casualties(CasualtyKind.KILLED).high());
    assertEquals(Set.of("post"), i.casualties(CasualtyKind.KILLED).lowSources());
    assertEquals(8, i.casualties(CasualtyKind.INJURED).low());
    assertEquals(LocalDate.of(2024, 3, 12), i.day());
    assertEquals("sy-subdist-sarmin", i.place().placeId());
    assertEquals(Set.of("ru-air"), i.actors());
    assertEquals(Polarity.POSITIVE, i.polarity());
    assertEquals(Modality.ASSERTED, i.modality());
    assertEquals(7, i.mentions().size(), "every frame of the three reports");
    assertEquals(Set.of(0, 1, 2), i.mentions().stream().filter(m -> m.doc().equals("site"))
        .map(Mention::event).collect(Collectors.toSet()));
  }

  @Test
  void twoStrikesOnOneVillageAWeekApart() {
    List<DocumentEvents> set = List.of(
        doc("first-a", "2024-05-02", binnish(strike()).killed(2, 2L)),
        doc("first-b", "2024-05-03", binnish(strike()).killed(2, 2L)),
        doc("second-a", "2024-05-09", binnish(strike()).injured(4, 4L)),
        doc("second-b", "2024-05-10", binnish(strike()).time("2024-05-09")));
    ImmutableList<Incident> out = IncidentBuilder.build(set, opts);
    assertEquals(2, out.size(), out.toString());
    assertEquals(Set.of("first-a", "first-b"), docs(out.get(0)));
    assertEquals(Set.of("second-a", "second-b"), docs(out.get(1)));
    assertEquals(LocalDate.of(2024, 5, 9), out.get(1).day());
  }

  @Test
  void aRoundupOfFiveIncidentsFeedsFiveRecords() {
    DocumentEvents roundup = doc("roundup", "2024-06-20",
        sarmin(strike()).killed(1, 1L),
        ariha(strike()),
        atarib(strike()).injured(3, 3L),
        strike().cuePlace("قرية", "تل الورد"),
        clash().place("الميادين", "sy-mayadin", "sy-gov-deir-ez-zor", 35.017, 40.45),
        strike());
    List<DocumentEvents> set = List.of(roundup,
        doc("ariha-report", "2024-06-20", ariha(strike()).killed(2, 2L), strike()),
        doc("village-post", "2024-06-19", strike().cuePlace("قرية", "تل الورد").injured(1, 1L)));
    ImmutableList<Incident> out = IncidentBuilder.build(set, opts);
    List<Incident> fromRoundup = out.stream().filter(i -> i.reports().contains("roundup")).toList();
    assertEquals(5, fromRoundup.size(), out.toString());
    Incident ariha = fromRoundup.stream().filter(i -> i.reports().contains("ariha-report")).findFirst().orElseThrow();
    assertEquals("sy-ariha", ariha.place().placeId());
    Incident village = fromRoundup.stream().filter(i -> i.reports().contains("village-post")).findFirst().orElseThrow();
    assertEquals("تل الورد", village.place().text());
    assertEquals(5, out.size(), "the reports of two of the roundup's incidents join them");
  }

  @Test
  void aHeadlineWithoutPlaceJoinsTheBodysVillage() {
    ImmutableList<Sighting> s = new ReportReader(opts).read(doc("story", "2024-07-01",
        strike().killed(4, 4L), strike().governorate("حلب", "sy-gov-aleppo"), atarib(strike()), strike()), null);
    assertEquals(1, s.size(), s.toString());
    assertEquals("sy-atarib", s.get(0).place().placeId());
    assertEquals(4, s.get(0).mentions().size());
    assertEquals(4, s.get(0).figures().get(CasualtyKind.KILLED).min());
  }

  @Test
  void theCoreIsTheStoryNotTheSidebar() {
    ImmutableList<Sighting> s = new ReportReader(opts).read(doc("page", "2024-07-01",
        ariha(strike()), sarmin(strike()), strike(), strike().killed(2, 2L)), null);
    assertTrue(s.get(0).core());
    assertEquals("sy-subdist-sarmin", s.get(0).place().placeId(), "three frames tell of Sarmin, one of Ariha");
    assertFalse(s.get(1).core());
  }

  @Test
  void aDenialStaysApartAndKeepsItsPolarity() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("claim", "2024-08-01", sarmin(strike()).killed(2, 2L)),
        doc("denial", "2024-08-01", sarmin(strike()).negative())), opts);
    assertEquals(2, out.size());
    assertEquals(Polarity.NEGATIVE, out.get(1).polarity());
  }

  @Test
  void recordsCloseAsTheClockPassesSoMemoryStaysBounded() {
    List<Incident> closed = new ArrayList<>();
    IncidentBuilder b = new IncidentBuilder(opts, closed::add);
    LocalDate day = LocalDate.of(2024, 1, 1);
    int maxOpen = 0;
    int maxNotes = 0;
    for (int d = 0; d < 365; d++) {
      String date = day.plusDays(d).toString();
      b.add(doc("s" + d, date, sarmin(strike())));
      b.add(doc("a" + d, date, ariha(strike())));
      b.add(frameless("n" + d, date, Frames.SARMIN));
      maxOpen = Math.max(maxOpen, b.openRecords());
      maxNotes = Math.max(maxNotes, b.pendingNotes());
    }
    b.finish();
    assertTrue(maxOpen <= 2 * (opts.closeAfterDays() + 3), "open records: " + maxOpen);
    assertTrue(maxNotes <= opts.closeAfterDays() + 1, "pending reports without frames: " + maxNotes);
    assertEquals(0, b.openRecords());
    assertEquals(0, b.pendingNotes());
    assertEquals(1095, closed.stream().mapToInt(i -> i.reports().size()).sum(), "no report lost");
  }

  @Test
  void aLateReportOpensItsOwnRecord() {
    List<Incident> closed = new ArrayList<>();
    IncidentBuilder b = new IncidentBuilder(opts, closed::add);
    b.add(doc("early", "2024-01-01", sarmin(strike())));
    b.add(doc("much-later", "2024-03-01", ariha(strike())));
    b.add(doc("late-copy", "2024-01-02", sarmin(strike())));
    b.finish();
    assertEquals(3, closed.size(), "the January record closed when March was read");
  }

  @Test
  void undatedRecordsCloseAfterIdleReports() {
    List<Incident> closed = new ArrayList<>();
    IncidentBuilder b = new IncidentBuilder(opts.withClosing(10, 3), closed::add);
    b.add(doc("u", null, sarmin(strike())));
    for (int i = 0; i < 4; i++) {
      b.add(doc("x" + i, null, ariha(strike())));
    }
    assertEquals(1, closed.size());
    assertEquals(Set.of("u"), closed.get(0).reports());
  }

  @Test
  void aRunningTotalSinceLastMonthDoesNotVetoTheStrikesOwnToll() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("agency", "2024-03-12", sarmin(strike()).injured(6, 6L)),
        doc("monitor", "2024-03-12", sarmin(strike()).injured(5, 5L),
            sarmin(strike()).time("2024-02-01/2024-03-12").injured(180, null))), opts);
    assertEquals(1, out.size(), out.toString());
    assertEquals(6, out.get(0).casualties().get(CasualtyKind.INJURED).low());
  }

  @Test
  void aReportWithoutFramesGivesNothing() {
    assertTrue(IncidentBuilder.build(List.of(DocumentEvents.empty("blank")), opts).isEmpty());
  }
}
