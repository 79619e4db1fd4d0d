package org.hadath.incidents;

import static org.hadath.incidents.Frames.ARIHA;
import static org.hadath.incidents.Frames.IDLIB_GOV;
import static org.hadath.incidents.Frames.SARMIN;
import static org.hadath.incidents.Frames.ariha;
import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.frameless;
import static org.hadath.incidents.Frames.sarmin;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hadath.events.EventType;
import org.junit.jupiter.api.Test;

/**
 * Reports in which no frame passed the filters (a raid told with a verb the rules do not
 * know, a funeral notice): they join the record their date and places agree with, as
 * report-level members, and never open a record of frames (hand-made report sets; those
 * that join none are grouped among themselves: {@link NoteGroupsTest}).
 */
class ReportNotesTest {

  private final IncidentOptions opts = IncidentOptions.defaults();

  private static Set<Set<String>> groups(List<Incident> out) {
    return out.stream().map(Incident::reports).map(Set::copyOf).collect(Collectors.toSet());
  }

  @Test
  void aFramelessPostJoinsTheStrikeAtItsPlaceThatDayWithoutShapingTheRecord() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        frameless("funeral-notice", "2024-03-12", SARMIN),
        doc("monitor", "2024-03-12", sarmin(strike()).killed(3, 3L)),
        doc("agency", "2024-03-13", sarmin(strike()).killed(3, 3L))), opts);
    assertEquals(Set.of(Set.of("monitor", "agency", "funeral-notice")), groups(out));
    Incident i = out.get(0);
    assertEquals(EventType.STRIKE, i.type());
    assertEquals(3, i.casualties(org.hadath.events.CasualtyKind.KILLED).low());
    Mention note = i.mentions().stream().filter(Mention::reportLevel).findFirst().orElseThrow();
    assertEquals("funeral-notice", note.doc());
    assertNull(note.type());
    assertEquals(2, i.mentions().stream().filter(m -> !m.reportLevel()).count());
  }

  @Test
  void aLoneFramelessReportOpensNoRecord() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(frameless("raid-1", "2024-03-12", SARMIN)), opts);
    assertTrue(out.isEmpty(), out.toString());
  }

  @Test
  void itNeedsTheDateAndAPlaceToAgree() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike())),
        frameless("a-week-later", "2024-03-19", SARMIN),
        // undated, naming Sarmin once among other towns: nothing it is about (an undated report
        // naming only Sarmin, or twice, chooses by its focus: CandidateChoiceTest)
        frameless("undated", null, SARMIN, ARIHA, IDLIB_GOV, new Object[] {"بنش", "sy-binnish", "sy-gov-idlib", 35.95, 36.71}),
        frameless("elsewhere", "2024-03-12", ARIHA)), opts);
    assertEquals(Set.of(Set.of("monitor")), groups(out));
  }

  @Test
  void withNoPlaceOnOneSideItJoinsTheOneRecordOfItsDays() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike())),
        frameless("province-only", "2024-03-12", IDLIB_GOV),
        frameless("no-place", "2024-03-13"),
        doc("raid", "2024-05-02", strike().governorate("إدلب", "sy-gov-idlib")),
        frameless("raid-village", "2024-05-02", ARIHA)), opts);
    assertEquals(Set.of(Set.of("monitor", "province-only", "no-place"), Set.of("raid", "raid-village")), groups(out));
    Incident raid = out.stream().filter(i -> i.reports().contains("raid")).findFirst().orElseThrow();
    assertEquals("sy-ariha", raid.place().placeId(), "the frames named only the province: the note's village is the best guess");
    Incident monitor = out.stream().filter(i -> i.reports().contains("monitor")).findFirst().orElseThrow();
    assertEquals("sy-subdist-sarmin", monitor.place().placeId(), "a note never overrides the frames' own village");
  }

  @Test
  void aReportNamingOnlyAnotherProvinceDoesNotJoinTheOneRecordOfItsDays() {
    // a statement naming foreign capitals and Hama, and the one strike of the day at Sarmin (Idlib)
    Object[] hamaGov = {"حماة", "sy-gov-hama", "sy-gov-hama", 35.13, 36.75};
    Object[] moscow = {"موسكو", "ru-moscow", null, 55.75, 37.62};
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike())),
        frameless("summit-statement", "2024-03-12", moscow, hamaGov, moscow),
        frameless("capitals-only", "2024-03-13", moscow),
        frameless("idlib-post", "2024-03-13", IDLIB_GOV)), opts);
    assertEquals(Set.of(Set.of("monitor", "capitals-only", "idlib-post")), groups(out),
        "a province speaks against a record in another; no province, no veto");
  }

  @Test
  void withTwoRecordsThoseDaysAReportWithoutAPlaceStaysApart() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike())),
        doc("agency", "2024-03-12", ariha(strike())),
        frameless("province-only", "2024-03-12", IDLIB_GOV)), opts);
    assertEquals(Set.of(Set.of("monitor"), Set.of("agency")), groups(out));
  }

  @Test
  void withTwoStrikesItCouldBelongToItStaysApart() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monday", "2024-03-11", sarmin(strike()).killed(2, 2L)),
        doc("friday", "2024-03-15", sarmin(strike()).killed(9, 9L)),
        frameless("wednesday-post", "2024-03-13", SARMIN)), opts);
    assertEquals(Set.of(Set.of("monday"), Set.of("friday")), groups(out));
  }

  @Test
  void aRoundupsSideIncidentIsAWeakerCandidateThanTheOneAReportIsAbout() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("roundup", "2024-03-12", sarmin(strike()), sarmin(strike()).killed(2, 2L), ariha(strike())),
        frameless("no-place", "2024-03-12")), opts);
    assertEquals(Set.of(Set.of("roundup", "no-place"), Set.of("roundup")), groups(out));
    Incident sarmin = out.stream().filter(i -> i.place().placeId().equals("sy-subdist-sarmin")).findFirst().orElseThrow();
    assertTrue(sarmin.reports().contains("no-place"));
  }

  @Test
  void thePlaceItNamesFirstDecidesBetweenTwoNamedAlike() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike())),
        doc("agency", "2024-03-12", ariha(strike())),
        frameless("sarmin-first", "2024-03-12", SARMIN, ARIHA)), opts);
    assertEquals(Set.of(Set.of("monitor", "sarmin-first"), Set.of("agency")), groups(out));
  }

  @Test
  void thePlaceItNamesMostSpeaksFirst() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike())),
        doc("agency", "2024-03-12", ariha(strike())),
        frameless("mostly-ariha", "2024-03-12", SARMIN, ARIHA, ARIHA)), opts);
    assertEquals(Set.of(Set.of("monitor"), Set.of("agency", "mostly-ariha")), groups(out));
  }

  @Test
  void aPlacelessRecordIsInTheProvinceItsReportsName() {
    Object[] deir = {"دير الزور", "sy-gov-deir-ez-zor", "sy-gov-deir-ez-zor", 35.34, 40.14};
    Object[] raqqa = {"الرقة", "sy-gov-raqqa", "sy-gov-raqqa", 35.95, 39.01};
    // the clash's frames name no place; its report names Deir ez-Zor
    var clash = Frames.naming(doc("clash", "2025-06-11", Frames.clash()), deir);
    assertEquals(Set.of(Set.of("clash")), groups(IncidentBuilder.build(List.of(
        clash, frameless("raqqa-post", "2025-06-11", raqqa)), opts)), "a post naming only Raqqa joins none");
    assertEquals(Set.of(Set.of("clash", "deir-post")), groups(IncidentBuilder.build(List.of(
        clash, frameless("deir-post", "2025-06-11", deir)), opts)), "one naming Deir ez-Zor");
  }
}
