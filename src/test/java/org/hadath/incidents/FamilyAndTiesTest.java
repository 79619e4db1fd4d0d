package org.hadath.incidents;

import static org.hadath.incidents.Frames.ariha;
import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.evacuation;
import static org.hadath.incidents.Frames.naming;
import static org.hadath.incidents.Frames.sarmin;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventType;
import org.junit.jupiter.api.Test;

/**
 * A report of another type family at the strike's village, and the choice between records
 * that score alike (hand-made report sets).
 */
class FamilyAndTiesTest {

  private final IncidentOptions opts = IncidentOptions.defaults();
  /** An archive read whole: no record closes before the undated reports come. */
  private final IncidentOptions archive = opts.withClosing(5000, 1000);

  private static Set<Set<String>> groups(List<Incident> out) {
    return out.stream().map(Incident::reports).map(Set::copyOf).collect(Collectors.toSet());
  }

  @Test
  void familiesFleeingTheStruckVillageThatDayAreTheStrikesRecord() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("agency", "2024-03-12", sarmin(strike()).killed(2, 2L)),
        doc("relief-post", "2024-03-12", sarmin(evacuation())),
        doc("monitor", "2024-03-13", sarmin(strike()).killed(3, 3L))), opts);
    assertEquals(Set.of(Set.of("agency", "relief-post", "monitor")), groups(out));
    assertEquals(EventType.STRIKE, out.get(0).type(), "the record keeps the strike's type");
  }

  @Test
  void aFlightPostReadBeforeTheStrikeReportsStillJoinsTheirRecord() {
    // the post's flight frame names no place; the post names Sarmin throughout
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        naming(doc("relief-post", "2024-03-12", evacuation()), Frames.SARMIN, Frames.SARMIN),
        naming(doc("agency", "2024-03-12", sarmin(strike()).killed(2, 2L)), Frames.SARMIN),
        naming(doc("monitor", "2024-03-12", sarmin(strike()).killed(3, 3L)), Frames.SARMIN)), opts);
    assertEquals(Set.of(Set.of("agency", "relief-post", "monitor")), groups(out));
    assertEquals(EventType.STRIKE, out.get(0).type(), "the record keeps the strike's type");
    assertEquals(3, out.get(0).mentions().size(), "the flight's frame is a mention of the record");
  }

  @Test
  void aFlightRecordClosedByTheClockMovesIntoTheStrikeRecordClosingWithIt() {
    // the first strike report names Ariha most, so the flight post (naming Sarmin) opens a record
    // of its own; the second strike report, about Sarmin, joins the strike's record; a report ten
    // days later closes both records in one step (5 days after their last day)
    List<Incident> out = new ArrayList<>();
    IncidentBuilder b = new IncidentBuilder(opts.withClosing(5, 1000), out::add);
    b.add(naming(doc("agency", "2024-03-10", sarmin(strike())), Frames.ARIHA, Frames.ARIHA, Frames.SARMIN));
    b.add(naming(doc("relief-post", "2024-03-10", evacuation()), Frames.SARMIN, Frames.SARMIN));
    b.add(naming(doc("monitor", "2024-03-11", sarmin(strike())), Frames.SARMIN));
    assertEquals(2, b.openRecords(), "the post read before the Sarmin report has its own record");
    b.add(doc("later", "2024-03-21", ariha(strike())));
    assertEquals(Set.of(Set.of("agency", "relief-post", "monitor")), groups(out), "closed by the clock: " + out);
    assertEquals(EventType.STRIKE, out.get(0).type());
  }

  @Test
  void aLoneFlightRecordMovesOnlyIntoTheOneStrikeRecordItFits() {
    ReportReader reader = new ReportReader(opts);
    RecordMatcher matcher = new RecordMatcher(opts, new MergeRules(opts));
    DocumentEvents post = naming(doc("relief-post", "2024-03-12", evacuation()), Frames.SARMIN, Frames.SARMIN);
    Draft flight = new Draft("I1", reader.read(post, null).get(0), 1);
    flight.addNamed(ReportNote.named(post, null));
    Draft strike = new Draft("I2", reader.read(doc("agency", "2024-03-12", sarmin(strike()).killed(2, 2L)), null).get(0), 2);
    Draft other = new Draft("I3", reader.read(doc("monitor", "2024-03-12", sarmin(strike()).killed(20, 20L)), null).get(0), 3);
    Draft elsewhere = new Draft("I4", reader.read(doc("wire", "2024-03-12", ariha(strike())), null).get(0), 4);
    strike.addNamed(ReportNote.named(naming(doc("agency", "2024-03-12"), Frames.SARMIN), null));
    other.addNamed(ReportNote.named(naming(doc("monitor", "2024-03-12"), Frames.SARMIN), null));
    assertSame(strike, matcher.host(List.of(flight, strike, elsewhere), flight));
    assertNull(matcher.host(List.of(flight, strike, other), flight), "two strikes on Sarmin that day: either");
    assertNull(matcher.host(List.of(flight, elsewhere), flight), "a strike elsewhere is not its record");
    assertNull(matcher.host(List.of(strike, flight), strike), "a strike's record moves nowhere");
  }

  @Test
  void familiesFleeingAnotherTownOrAnotherWeekStayApart() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("agency", "2024-03-12", sarmin(strike())),
        doc("relief-post", "2024-03-12", ariha(evacuation())),
        doc("next-week", "2024-03-19", sarmin(evacuation()))), opts);
    assertEquals(3, out.size(), out.toString());
  }

  @Test
  void theFamiliesCanBeKeptApartEverywhere() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("agency", "2024-03-12", sarmin(strike())),
        doc("relief-post", "2024-03-12", sarmin(evacuation()))), opts.withFamilyAtSamePlace(false));
    assertEquals(2, out.size());
  }

  @Test
  void anUndatedReportRepeatingOneRecordsWoundedJoinsThatOne() {
    // two strikes on Sarmin a year apart, the older told by two outlets; an undated post gives
    // the later strike's four wounded
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("old-a", "2023-03-12", sarmin(strike()).injured(1, 1L)),
        doc("old-b", "2023-03-12", sarmin(strike()).injured(1, 1L)),
        doc("new", "2024-03-12", sarmin(strike()).injured(4, 4L)),
        doc("undated", null, sarmin(strike()).injured(4, 4L))), archive);
    assertEquals(Set.of(Set.of("old-a", "old-b"), Set.of("new", "undated")), groups(out));
  }

  @Test
  void withoutADetailTheRecordMoreReportsTellOfWins() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("old-a", "2023-03-12", sarmin(strike())),
        doc("old-b", "2023-03-12", sarmin(strike())),
        doc("new", "2024-03-12", sarmin(strike())),
        doc("undated", null, sarmin(strike()))), archive);
    assertEquals(Set.of(Set.of("old-a", "old-b", "undated"), Set.of("new")), groups(out));
  }
}
