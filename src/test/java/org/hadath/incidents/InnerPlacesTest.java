package org.hadath.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hadath.entities.time.DocumentDate;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.junit.jupiter.api.Test;

/** A village written inside a target the argument rules headed on محيط or أطراف (hand-made arguments). */
class InnerPlacesTest {

  // "استهدف القصف محيط قرية الشويحة بريف إدلب الغربي": offsets of an invented sentence
  private static final Argument AROUND = new Argument(Role.TARGET, new Span("محيط قرية الشويحة", 13, 30),
      new Span("محيط", 13, 17), null, null, null, null, null, null, null, null, "test");
  private static final Argument PROVINCE = new Argument(Role.LOCATION, new Span("ريف إدلب", 31, 39),
      new Span("إدلب", 35, 39), null, null, "sy-gov-idlib", "sy-gov-idlib", "SY", 35.9, 36.6, null, "test");
  private static final Argument VILLAGE = new Argument(Role.LOCATION, new Span("قرية الشويحة", 18, 30),
      new Span("الشويحة", 23, 30), null, null, null, null, null, null, null, null, "place:report");

  @Test
  void theVillageInsideAnAreaWordTargetPlacesTheFrame() {
    EventFrame f = Frames.strike().arg(AROUND).arg(PROVINCE).build(0);
    assertTrue(ReportReader.place(f).coarse(), "without the report's places only the province is read");
    IncidentPlace p = ReportReader.place(f, List.of(VILLAGE, PROVINCE));
    assertEquals("الشويحة", p.text());
    assertEquals(List.of(VILLAGE), InnerPlaces.inside(AROUND, List.of(VILLAGE, PROVINCE)));
  }

  @Test
  void aFrameThatNamesItsVillageKeepsIt() {
    Argument town = new Argument(Role.LOCATION, new Span("سرمين", 40, 45), new Span("سرمين", 40, 45), null, null,
        "sy-subdist-sarmin", "sy-gov-idlib", "SY", 35.9, 36.72, null, "test");
    EventFrame f = Frames.strike().arg(AROUND).arg(town).build(0);
    assertEquals("sy-subdist-sarmin", ReportReader.place(f, List.of(VILLAGE, town)).placeId());
  }

  @Test
  void aCityInsideTheTargetIsWhereTheVillagesLieNotTheSpot() {
    // "قرى مقاطعة منبج": the villages of the canton, not the city
    Argument villages = new Argument(Role.TARGET, new Span("قرى مقاطعة منبج", 50, 65), new Span("قرى", 50, 53), null,
        null, null, null, null, null, null, null, "test");
    Argument manbij = new Argument(Role.LOCATION, new Span("مقاطعة منبج", 54, 65), new Span("منبج", 61, 65), null, null,
        "sy-manbij", "sy-gov-aleppo", "SY", 36.528, 37.955, null, "place:report");
    assertTrue(InnerPlaces.inside(villages, List.of(manbij)).isEmpty());
    assertEquals(null, ReportReader.place(Frames.strike().arg(villages).build(0), List.of(manbij)));
  }

  // "استهدفت الغارات محيط قرية العويجة بريف الباب": an invented village inside a target, the
  // district's town as the frame's own LOCATION
  private static final Argument AROUND_V = new Argument(Role.TARGET, new Span("محيط قرية العويجة", 17, 34),
      new Span("محيط", 17, 21), null, null, null, null, null, null, null, null, "test");
  private static final Argument SEAT = new Argument(Role.LOCATION, new Span("ريف الباب", 35, 44),
      new Span("الباب", 39, 44), null, null, "sy-al-bab", "sy-gov-aleppo", "SY", 36.37, 37.52, null, "test");
  private static final Argument VILLAGE_V = new Argument(Role.LOCATION, new Span("قرية العويجة", 22, 34),
      new Span("العويجة", 27, 34), null, null, null, null, null, null, null, null, "place:report");

  @Test
  void aVillageInsideATargetBesideTheDistrictsTownIsTheSpotNotThePlace() {
    EventFrame f = Frames.strike().arg(AROUND_V).arg(SEAT).build(0);
    List<Argument> rp = List.of(VILLAGE_V, SEAT);
    assertEquals("sy-al-bab", ReportReader.place(f, rp).placeId(), "the frame is compared by the town");
    IncidentPlace spot = InnerPlaces.spot(f, rp);
    assertEquals("العويجة", spot.text());
    assertEquals("sy-al-bab", spot.within().placeId());
    // a frame naming a village of its own has no spot
    Argument own = new Argument(Role.LOCATION, new Span("قرية الشويحة", 45, 57), new Span("الشويحة", 50, 57), null,
        null, null, null, null, null, null, null, "test");
    assertEquals(null, InnerPlaces.spot(Frames.strike().arg(AROUND_V).arg(SEAT).arg(own).build(0), rp));
    // nor one whose only place is a province
    assertEquals(null, InnerPlaces.spot(Frames.strike().arg(AROUND).arg(PROVINCE).build(0), List.of(VILLAGE, PROVINCE)));
  }

  @Test
  void theRecordReportsTheSpotMostOfItsReportsName() {
    EventFrame f = Frames.strike().arg(AROUND_V).arg(SEAT).build(0);
    List<Argument> rp = List.of(VILLAGE_V, SEAT);
    IncidentPlace spot = InnerPlaces.spot(f, rp);
    IncidentPlace town = ReportReader.place(f, rp);
    ReportNote both = new ReportNote("post-1", null, com.google.common.collect.ImmutableList.of(spot.withWithin(null), town));
    ReportNote townOnly = new ReportNote("post-2", null, com.google.common.collect.ImmutableList.of(town));
    ReportNote other = new ReportNote("post-3", null, com.google.common.collect.ImmutableList.of(town));
    IncidentPlace p = RecordPlace.of(List.of(town, town), List.of(spot), List.of(), List.of(both, townOnly));
    assertEquals("العويجة", p.text());
    assertEquals("sy-al-bab", p.located().placeId(), "placed by the town it is written inside");
    // one report of three names the village: another strike's, perhaps; the town stays
    assertEquals("sy-al-bab", RecordPlace.of(List.of(town, town, town), List.of(spot), List.of(),
        List.of(both, townOnly, other)).placeId());
  }

  @Test
  void aReportNamingOnlyTheSpotScoresForTheRecordOfItsTown() {
    IncidentOptions opts = IncidentOptions.defaults();
    ReportReader reader = new ReportReader(opts);
    MergeRules rules = new MergeRules(opts);
    DocumentEvents first = new DocumentEvents("a", ImmutableList.of(Frames.strike().arg(AROUND_V).arg(SEAT).build(0)),
        1, 10, ImmutableMap.of(), Optional.of(DocumentDate.given(LocalDate.parse("2024-03-12"),
            DocumentDate.Source.DATELINE)), ImmutableList.of(VILLAGE_V, SEAT));
    Draft record = new Draft("I1", reader.read(first, null).get(0), 1);
    assertEquals("sy-al-bab", record.place().placeId(), "merging compares the town");
    // another outlet names only the village, which no gazetteer places
    Sighting village = reader.read(Frames.doc("b", "2024-03-12", Frames.strike().cuePlace("قرية", "العويجة")), null).get(0);
    assertTrue(rules.score(record, village) >= opts.minScore());
    assertEquals(MergeRules.NEAR_PLACE, new NoteRules(opts).noteScore(record,
        new ReportNote("c", DateRange.day(LocalDate.parse("2024-03-12")), ImmutableList.of(village.place())),
        village.place()), "a report without frames naming the village too");
    // an unplaced village the record's reports never named is another place than the town
    Sighting other = reader.read(Frames.doc("d", "2024-03-12", Frames.strike().cuePlace("قرية", "الشويحة")), null).get(0);
    assertEquals(-1, rules.score(record, other));
  }
}
