package org.hadath.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
