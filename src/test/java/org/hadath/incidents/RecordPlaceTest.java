package org.hadath.incidents;

import static org.hadath.incidents.Frames.ARIHA;
import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.naming;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which place a record gets, and glued names, on hand-made reports. */
class RecordPlaceTest {

  private final IncidentOptions opts = IncidentOptions.defaults();

  private static Frames.F qabasin(Frames.F f) {
    return f.place("قباسين", "sy-qabasin", "sy-gov-aleppo", 36.37, 37.68);
  }

  @Test
  void aPlaceTheGazetteerCannotPlaceYieldsToOneItCan() {
    // two posts name the farm by a name the gazetteer knows only abroad, inside the town;
    // the date each text gives ties the agency's report of the town to them
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("post-1", "2024-06-02", qabasin(strike().placeWithoutCoordinates("النصر", "iq-nasr", "iq-gov-x")).time("2024-06-02")),
        doc("post-2", "2024-06-02", qabasin(strike().placeWithoutCoordinates("النصر", "iq-nasr", "iq-gov-x")).time("2024-06-02")),
        doc("agency", "2024-06-02", qabasin(strike()).time("2024-06-02"))), opts);
    assertEquals(1, out.size(), out.toString());
    assertEquals("sy-qabasin", out.get(0).place().placeId());
  }

  @Test
  void framesNamingOnlyTheProvinceTakeTheVillageTheirReportsName() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        naming(doc("agency", "2024-06-02", strike().governorate("إدلب", "sy-gov-idlib")), ARIHA)), opts);
    assertEquals("sy-ariha", out.get(0).place().placeId());
  }

  @Test
  void aWordGluedToAKnownNameIsThatPlace() {
    IncidentPlace dam = new IncidentPlace("سد تشرين", IncidentPlace.key("سد تشرين"), "sy-tishrin-dam",
        "sy-gov-aleppo", 36.38, 38.18, false);
    IncidentPlace glued = new IncidentPlace("تشرينعاودت", IncidentPlace.key("تشرينعاودت"), null, null, null, null, false);
    assertSame(dam, ReportReader.unglued(glued, List.of(dam)));
    IncidentPlace other = new IncidentPlace("تشرينة", IncidentPlace.key("تشرينة"), null, null, null, null, false);
    assertSame(other, ReportReader.unglued(other, List.of(dam)), "one letter more is a name of its own");
    IncidentPlace village = new IncidentPlace("الطويلة", IncidentPlace.key("الطويلة"), null, null, null, null, false);
    assertSame(village, ReportReader.unglued(village, List.of(dam)));
    assertNull(ReportReader.unglued(null, List.of(dam)));
  }

  private static IncidentPlace unknown(String name) {
    return new IncidentPlace(name, IncidentPlace.key(name), null, null, null, null, false);
  }

  @Test
  void aVillageShortenedToItsFirstWordIsNearTheFullName() {
    double km = IncidentOptions.defaults().maxDistanceKm();
    assertEquals(PlaceMatch.NEAR, PlaceMatch.between(unknown("حويجة"), unknown("حويجة بني عامر"), km));
    assertEquals(PlaceMatch.NEAR, PlaceMatch.between(unknown("حويجة بني عامر"), unknown("حويجة"), km));
    assertEquals(PlaceMatch.CONFLICT, PlaceMatch.between(unknown("كفر"), unknown("كفر نجد"), km), "too short to be a name");
    assertEquals(PlaceMatch.CONFLICT, PlaceMatch.between(unknown("حويجة بني عامر"), unknown("حويجة الصفا"), km));
  }
}
