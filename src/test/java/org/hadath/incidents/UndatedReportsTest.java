package org.hadath.incidents;

import static org.hadath.incidents.Frames.atarib;
import static org.hadath.incidents.Frames.binnish;
import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.naming;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reports without a date of their own (hand-made report sets): the core sighting following
 * another line of its report into a record, the weekday with the report's focus, and two
 * undated stories of one town on different days of the week.
 */
class UndatedReportsTest {

  /** An archive read whole, as {@code hadath incidents} reads it: no record closes early. */
  private final IncidentOptions archive = IncidentOptions.defaults().withClosing(5000, 1000);

  private static final Object[] BINNISH = {"بنش", "sy-binnish", "sy-gov-idlib", 35.95, 36.71};

  private static Set<Set<String>> groups(List<Incident> out) {
    return out.stream().map(Incident::reports).map(Set::copyOf).collect(Collectors.toSet());
  }

  /** The record {@code doc}'s frames mostly went to, as the scorer assigns a report. */
  private static Incident recordOf(List<Incident> out, String doc) {
    Incident best = null;
    long most = 0;
    for (Incident i : out) {
      long n = i.mentions().stream().filter(m -> m.doc().equals(doc)).count();
      if (n > most) {
        best = i;
        most = n;
      }
    }
    return best;
  }

  @Test
  void anUndatedCoreFollowsTheLineThatTiesItsReportToOneRecord() {
    // the post's headline and lead name a hamlet no record names; one line names Binnish,
    // where a strike of that month is on record
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("agency", "2024-03-11", binnish(strike())),
        doc("post", null, strike().cuePlace("قرية", "الخربة الشمالية"), strike().cuePlace("قرية", "الخربة الشمالية"),
            binnish(strike()))), archive);
    assertEquals(recordOf(out, "agency"), recordOf(out, "post"), out.toString());
    assertEquals(4, recordOf(out, "post").mentions().size(), "the agency's frame, the core's two and the line's");
  }

  @Test
  void anotherUndatedReportOfTheTownDoesNotHoldTheCoreBack() {
    // an undated post on a Binnish strike came first; the next undated report's core names
    // Binnish too, but its line on the hamlet ties it to the dated record of that strike
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("agency", "2024-03-11", strike().cuePlace("قرية", "الخربة الشمالية")),
        doc("older-post", null, binnish(strike())),
        doc("post", null, binnish(strike()), binnish(strike()), strike().cuePlace("قرية", "الخربة الشمالية"))), archive);
    assertEquals(recordOf(out, "agency"), recordOf(out, "post"), out.toString());
  }

  @Test
  void noCoreFollowsALineThatSeveralRecordsClaim() {
    // Binnish was struck in 2023 and in 2024: the line could be either, the core stays apart
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("agency", "2024-03-11", binnish(strike())),
        doc("last-year", "2023-06-02", binnish(strike())),
        doc("post", null, strike().cuePlace("قرية", "الخربة الشمالية"), strike().cuePlace("قرية", "الخربة الشمالية"),
            binnish(strike()))), archive);
    Incident post = recordOf(out, "post");
    assertEquals(Set.of("post"), Set.copyOf(post.reports()), out.toString());
  }

  @Test
  void noCoreFollowsIntoAnotherProvince() {
    // a page's story of al-Atarib (Aleppo) with a sidebar line on Binnish (Idlib)
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("agency", "2024-03-11", binnish(strike())),
        doc("page", null, atarib(strike()), atarib(strike()), binnish(strike()))), archive);
    assertEquals(Set.of("page"), Set.copyOf(recordOf(out, "page").reports()), out.toString());
  }

  @Test
  void anUndatedReportsFocusAndWeekdayTieItToTheRecordOfThatDay() {
    // 2024-03-11 was a Monday, 2023-03-16 a Thursday; the post's frames name only the
    // province, its text names Binnish throughout and "this Monday"
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        naming(doc("monday", "2024-03-11", binnish(strike())), BINNISH, BINNISH),
        naming(doc("thursday", "2023-03-16", binnish(strike())), BINNISH, BINNISH),
        naming(doc("post", null, strike().governorate("إدلب", "sy-gov-idlib").unresolvedTime("فجر اليوم الاثنين"),
            strike().governorate("إدلب", "sy-gov-idlib")), BINNISH, BINNISH),
        naming(doc("saturday-post", null, strike().governorate("إدلب", "sy-gov-idlib").unresolvedTime("مساء اليوم السبت"),
            strike().governorate("إدلب", "sy-gov-idlib")), BINNISH, BINNISH)), archive);
    assertEquals(Set.of(Set.of("monday", "post"), Set.of("thursday"), Set.of("saturday-post")), groups(out));
  }

  @Test
  void ofTwoRecordsOfItsTownTheOneOnItsWeekdayWins() {
    // 2024-03-11 was a Monday; the strike of 2023-03-15 (a Wednesday, two reports) is a day
    // off "this Monday" and not ruled out, but the Monday record holds the day itself
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monday", "2024-03-11", binnish(strike())),
        doc("wednesday-a", "2023-03-15", binnish(strike())),
        doc("wednesday-b", "2023-03-15", binnish(strike())),
        doc("post", null, binnish(strike()).unresolvedTime("فجر اليوم الاثنين"))), archive);
    assertEquals(Set.of(Set.of("monday", "post"), Set.of("wednesday-a", "wednesday-b")), groups(out));
  }

  @Test
  void twoUndatedStoriesOfOneTownOnDifferentWeekdaysStayApart() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monday-post", null, binnish(strike()).unresolvedTime("صباح اليوم الاثنين")),
        doc("friday-post", null, binnish(strike()).unresolvedTime("فجر اليوم الجمعة")),
        doc("monday-again", null, binnish(strike()).unresolvedTime("ظهر يوم الاثنين"))), archive);
    assertEquals(Set.of(Set.of("monday-post", "monday-again"), Set.of("friday-post")), groups(out));
  }

  @Test
  void aRecordElsewhereDoesNotDrawAReportByTheFocusOfOneOfItsReports() {
    // 2024-03-11 was a Monday. The Atarib record holds a report whose text names Binnish most
    // (a strike told beside a Binnish story); an undated Monday post on a hamlet near Binnish
    // is no report of Atarib, however its weekday and focus fit that one report
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("agency", "2024-03-11", atarib(strike())),
        naming(doc("side-story", "2024-03-11", atarib(strike())), BINNISH, BINNISH),
        naming(doc("post", null, strike().cuePlace("قرية", "الخربة الشمالية").unresolvedTime("فجر اليوم الاثنين")),
            BINNISH, BINNISH)), archive);
    Incident post = recordOf(out, "post");
    assertEquals(Set.of("post"), Set.copyOf(post.reports()), out.toString());
  }

  @Test
  void anUndatedProvinceReportJoinsTheOneRecordOfItsProvinceWithItsTollAndItsAgents() {
    // two dated strikes in Aleppo's countryside, years apart: three killed by the army's guns
    // at Atarib, three killed by Turkish drones at Kafr Amma; an undated story naming only the
    // province tells of three killed by the army, another of three killed by Turkish drones
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("atarib-2023", "2023-05-02", atarib(strike()).agent("saa").killed(3, 3L)),
        doc("kafr-amma-2025", "2025-01-14", Frames.kafrAmma(strike()).agent("turkey-forces").killed(3, 3L)),
        doc("army-undated", null, strike().governorate("حلب", "sy-gov-aleppo").agent("saa").killed(3, 3L)),
        doc("drone-undated", null, strike().governorate("حلب", "sy-gov-aleppo").agent("turkey-forces").killed(3, 3L))),
        archive);
    assertEquals(Set.of(Set.of("atarib-2023", "army-undated"), Set.of("kafr-amma-2025", "drone-undated")), groups(out));
  }

  @Test
  void anUndatedProvinceReportWithoutDistinguishingEvidenceJoinsNone() {
    // the toll alone, the agent alone, or both matching two records: the report stays apart
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("atarib-2023", "2023-05-02", atarib(strike()).agent("saa").killed(3, 3L)),
        doc("kafr-amma-2024", "2024-08-20", Frames.kafrAmma(strike()).agent("saa").killed(3, 3L)),
        doc("both-match", null, strike().governorate("حلب", "sy-gov-aleppo").agent("saa").killed(3, 3L)),
        doc("toll-only", null, strike().governorate("حلب", "sy-gov-aleppo").agent("russia-forces").killed(3, 3L)),
        doc("agent-only", null, strike().governorate("حلب", "sy-gov-aleppo").agent("saa").killed(7, 7L))),
        archive);
    assertEquals(Set.of(Set.of("atarib-2023"), Set.of("kafr-amma-2024"), Set.of("both-match"), Set.of("toll-only"),
        Set.of("agent-only")), groups(out));
  }
}
