package org.hadath.incidents;

import static org.hadath.incidents.Frames.ARIHA;
import static org.hadath.incidents.Frames.SARMIN;
import static org.hadath.incidents.Frames.ariha;
import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.naming;
import static org.hadath.incidents.Frames.sarmin;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two outlets hang their frames on different places of one story but name the same place most
 * ({@link FocusRules#sameFocus}), on hand-made reports: a strike on Sarmin that one agency's
 * frames place at Ariha, whose road it cut.
 */
class ReportFocusTest {

  private final IncidentOptions opts = IncidentOptions.defaults();

  private static Set<Set<String>> groups(List<Incident> out) {
    return out.stream().map(Incident::reports).map(Set::copyOf).collect(Collectors.toSet());
  }

  private static org.hadath.events.DocumentEvents monitor(String date) {
    return naming(doc("monitor", date, sarmin(strike()).killed(2, 2L)), SARMIN, SARMIN, ARIHA);
  }

  @Test
  void reportsNamingOnePlaceMostAreOneIncidentWhateverTheirFramesName() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        monitor("2024-04-10"),
        naming(doc("agency", "2024-04-10", ariha(strike()).killed(2, 2L)), SARMIN, ARIHA, SARMIN)), opts);
    assertEquals(Set.of(Set.of("monitor", "agency")), groups(out));
  }

  @Test
  void aWeekApartTheyAreTwoIncidents() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        monitor("2024-04-10"),
        naming(doc("agency", "2024-04-17", ariha(strike())), SARMIN, ARIHA, SARMIN)), opts);
    assertEquals(Set.of(Set.of("monitor"), Set.of("agency")), groups(out));
  }

  @Test
  void aReportWhoseFocusIsElsewhereStaysApart() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        monitor("2024-04-10"),
        naming(doc("agency", "2024-04-10", ariha(strike())), ARIHA, ARIHA, SARMIN)), opts);
    assertEquals(Set.of(Set.of("monitor"), Set.of("agency")), groups(out));
  }

  @Test
  void aRoundupsSideIncidentDoesNotRideOnTheFocus() {
    // the roundup is about Sarmin (two frames) and names it most; its one Ariha line is another strike
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        monitor("2024-04-10"),
        naming(doc("roundup", "2024-04-10", sarmin(strike()), sarmin(strike()), ariha(strike())),
            SARMIN, SARMIN, ARIHA)), opts);
    assertEquals(Set.of(Set.of("monitor", "roundup"), Set.of("roundup")), groups(out));
  }

  @Test
  void aPostWithoutFramesJoinsTheRecordWhoseReportNamesItsTownMost() {
    // the agency's frames name no place, but its report names Sarmin throughout; a strike on
    // Ariha the same day (another toll) makes the post's date alone ambiguous
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        naming(doc("agency", "2024-04-10", strike().killed(1, 1L)), SARMIN, SARMIN),
        doc("other", "2024-04-10", ariha(strike()).killed(12, 12L)),
        Frames.frameless("post", "2024-04-10", SARMIN)), opts);
    assertEquals(Set.of(Set.of("agency", "post"), Set.of("other")), groups(out));
  }

  @Test
  void itCanBeTurnedOff() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        monitor("2024-04-10"),
        naming(doc("agency", "2024-04-10", ariha(strike()).killed(2, 2L)), SARMIN, ARIHA, SARMIN)),
        opts.withFocusDays(-1));
    assertEquals(Set.of(Set.of("monitor"), Set.of("agency")), groups(out));
  }
}
