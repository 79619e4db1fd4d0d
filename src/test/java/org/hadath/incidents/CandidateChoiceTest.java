package org.hadath.incidents;

import static org.hadath.incidents.Frames.ARIHA;
import static org.hadath.incidents.Frames.SARMIN;
import static org.hadath.incidents.Frames.ariha;
import static org.hadath.incidents.Frames.binnish;
import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.frameless;
import static org.hadath.incidents.Frames.naming;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reports without a date of their own that nothing ties to one record (hand-made report
 * sets): the choice among the dated records at the place they name most
 * ({@link CandidateChoice}), the guards that keep unrelated stories apart, and an undated
 * report's weekday on the day before a record's first day.
 */
class CandidateChoiceTest {

  /** An archive read whole, as {@code hadath incidents} reads it: no record closes early. */
  private final IncidentOptions archive = IncidentOptions.defaults().withClosing(5000, 1000);

  private static final Object[] BINNISH = {"بنش", "sy-binnish", "sy-gov-idlib", 35.95, 36.71};
  private static final Object[] ATARIB = {"الأتارب", "sy-atarib", "sy-gov-aleppo", 36.13, 36.83};
  private static final Object[] QUARTER = {"حي الشمالي", null, null, null, null};

  private static Set<Set<String>> groups(List<Incident> out) {
    return out.stream().map(Incident::reports).map(Set::copyOf).collect(Collectors.toSet());
  }

  /** A post whose frames name only Idlib province while its text names Ariha twice. */
  private static Frames.F idlibOnly() {
    return strike().governorate("إدلب", "sy-gov-idlib");
  }

  @Test
  void anUndatedPostNamingOnlyItsProvinceJoinsTheBusierRecordAtItsFocus() {
    // Ariha was struck in 2021 (three outlets) and in 2023 (one)
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("a1", "2021-09-09", ariha(strike())), doc("a2", "2021-09-09", ariha(strike())),
        doc("a3", "2021-09-10", ariha(strike())), doc("b1", "2023-05-02", ariha(strike())),
        naming(doc("post", null, idlibOnly(), idlibOnly()), ARIHA, ARIHA, Frames.IDLIB_GOV)), archive);
    assertEquals(Set.of(Set.of("a1", "a2", "a3", "post"), Set.of("b1")), groups(out));
  }

  @Test
  void theRecordWhoseKilledFigureTheReportRepeatsWinsOverTheBusierOne() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("a1", "2021-09-09", ariha(strike()).killed(2, 2L)), doc("a2", "2021-09-09", ariha(strike())),
        doc("a3", "2021-09-10", ariha(strike())), doc("b1", "2023-05-02", ariha(strike()).killed(5, 5L)),
        naming(doc("post", null, idlibOnly().killed(5, 5L), idlibOnly()), ARIHA, ARIHA)), archive);
    assertEquals(Set.of(Set.of("a1", "a2", "a3"), Set.of("b1", "post")), groups(out));
  }

  @Test
  void theRecordWhoseReportsNameTheReportsOtherPlacesWinsOverTheBusierOne() {
    // the 2023 agency report and the post both name the quarter the shells fell on
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("a1", "2021-09-09", ariha(strike())), doc("a2", "2021-09-09", ariha(strike())),
        naming(doc("b1", "2023-05-02", ariha(strike())), ARIHA, QUARTER),
        naming(doc("post", null, idlibOnly(), idlibOnly()), ARIHA, ARIHA, QUARTER)), archive);
    assertEquals(Set.of(Set.of("a1", "a2"), Set.of("b1", "post")), groups(out));
  }

  @Test
  void aTieChoosesNone() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("a1", "2021-09-09", ariha(strike())), doc("b1", "2023-05-02", ariha(strike())),
        naming(doc("post", null, idlibOnly()), ARIHA, ARIHA)), archive);
    assertEquals(Set.of(Set.of("a1"), Set.of("b1"), Set.of("post")), groups(out));
  }

  @Test
  void aKilledFigureThatCannotBeTheRecordsTollKeepsTheReportApart() {
    // two unrelated stories of one town: one killed on record, twelve in the undated post
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("a1", "2021-09-09", ariha(strike()).killed(1, 1L)), doc("a2", "2021-09-10", ariha(strike())),
        naming(doc("post", null, idlibOnly().killed(12, 12L)), ARIHA, ARIHA)), archive);
    assertEquals(Set.of(Set.of("a1", "a2"), Set.of("post")), groups(out));
  }

  @Test
  void twoUndatedStoriesOfOneTownWithDifferentTollsStayApart() {
    // no dated record at all: undated records are no candidates, and the tolls differ
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        naming(doc("story-a", null, ariha(strike()).killed(1, 1L)), ARIHA, ARIHA),
        naming(doc("story-b", null, idlibOnly().killed(12, 12L)), ARIHA, ARIHA),
        naming(doc("story-c", null, ariha(strike()).killed(12, 12L)), ARIHA)), archive);
    assertEquals(Set.of(Set.of("story-a"), Set.of("story-b"), Set.of("story-c")), groups(out));
  }

  @Test
  void aFramelessUndatedReportJoinsTheBusierRecordOfTheTownItNamesTwice() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("a1", "2021-12-02", binnish(strike())), doc("a2", "2021-12-02", binnish(strike())),
        doc("b1", "2024-03-11", binnish(strike())),
        frameless("funeral", null, BINNISH, Frames.IDLIB_GOV, BINNISH)), archive);
    assertEquals(Set.of(Set.of("a1", "a2", "funeral"), Set.of("b1")), groups(out));
  }

  @Test
  void aPagesMenuOfTownsNamedOnceEachJoinsNothing() {
    // a news site's template page: its menu names several towns once, no story
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("a1", "2021-12-02", binnish(strike())), doc("a2", "2021-12-02", binnish(strike())),
        frameless("menu", null, BINNISH, SARMIN, ATARIB, ARIHA)), archive);
    assertEquals(Set.of(Set.of("a1", "a2")), groups(out));
  }

  @Test
  void aFramelessUndatedReportDoesNotJoinAnUndatedRecord() {
    // an undated record is another report of the town, of any year
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("post", null, binnish(strike())),
        frameless("funeral", null, BINNISH, BINNISH)), archive);
    assertEquals(Set.of(Set.of("post")), groups(out));
  }

  @Test
  void anUndatedReportsWeekdayMayBeTheDayBeforeTheRecordsTextDate() {
    // the agency dates the night strike by Thursday 2024-03-14; the post says Wednesday
    // evening, and another says Friday
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("agency", "2024-03-14", binnish(strike()).time("2024-03-14")),
        doc("wednesday-post", null, binnish(strike()).unresolvedTime("مساء اليوم الأربعاء")),
        doc("friday-post", null, binnish(strike()).unresolvedTime("فجر اليوم الجمعة"))), archive);
    assertEquals(Set.of(Set.of("agency", "wednesday-post"), Set.of("friday-post")), groups(out));
  }

  private static final Object[] HAMLET = {"تل الخضر", null, null, null, null};

  @Test
  void aDatedFramelessPostJoinsTheRecordOfItsDaysWhoseReportNamesItsPlace() {
    // the agency hangs its frames on Sarmin and names the hamlet in its lead; a post of the
    // same day names only the hamlet, twice
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        naming(doc("agency", "2024-03-11", Frames.sarmin(strike())), SARMIN, HAMLET),
        doc("other", "2024-03-11", ariha(strike())),
        frameless("post", "2024-03-11", HAMLET, HAMLET)), archive);
    assertEquals(Set.of(Set.of("agency", "post"), Set.of("other")), groups(out));
  }

  @Test
  void aDatedFramelessPostWhosePlaceNoReportNamesJoinsNothing() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        naming(doc("agency", "2024-03-11", Frames.sarmin(strike())), SARMIN),
        frameless("post", "2024-03-11", HAMLET, HAMLET)), archive);
    assertEquals(Set.of(Set.of("agency")), groups(out));
  }

  @Test
  void aDatedFramelessPostOfAnotherWeekJoinsNothing() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        naming(doc("agency", "2024-03-11", Frames.sarmin(strike())), SARMIN, HAMLET),
        frameless("post", "2024-03-20", HAMLET, HAMLET)), archive);
    assertEquals(Set.of(Set.of("agency")), groups(out));
  }

  @Test
  void aReportNamingOnlyItsProvinceTakesNeitherOfTwoStrikesThereThatDay() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("binnish", "2024-03-11", binnish(strike()).time("2024-03-11")),
        doc("binnish-b", "2024-03-11", binnish(strike()).time("2024-03-11")),
        doc("sarmin", "2024-03-11", Frames.sarmin(strike()).time("2024-03-11")),
        doc("province", "2024-03-11", idlibOnly().time("2024-03-11"))), archive);
    assertEquals(Set.of(Set.of("binnish", "binnish-b"), Set.of("sarmin"), Set.of("province")), groups(out));
  }

  @Test
  void aReportNamingOnlyItsProvinceJoinsTheOneStrikeThereThatDay() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("binnish", "2024-03-11", binnish(strike()).time("2024-03-11")),
        doc("province", "2024-03-11", idlibOnly().time("2024-03-11"))), archive);
    assertEquals(Set.of(Set.of("binnish", "province")), groups(out));
  }
}
