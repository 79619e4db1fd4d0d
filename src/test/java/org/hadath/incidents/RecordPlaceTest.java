package org.hadath.incidents;

import static org.hadath.incidents.Frames.ARIHA;
import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.naming;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

  private static IncidentPlace at(String name, String id, String gov, double lat, double lon) {
    return new IncidentPlace(name, IncidentPlace.key(name), id, gov, lat, lon, id.equals(gov) || gov == null);
  }

  @Test
  void aCityAbroadWhereTheReportWasFiledDoesNotPlaceTheStrike() {
    // an agency files from Beirut; two others name only the province the strike hit
    IncidentPlace beirut = at("بيروت", "lb-beirut", null, 33.894, 35.502);
    IncidentPlace homs = at("حمص", "sy-gov-homs", "sy-gov-homs", 34.73, 36.71);
    IncidentPlace homsCity = at("حمص", "sy-homs", "sy-gov-homs", 34.73, 36.71);
    assertEquals("SY", RecordPlace.home(List.of(beirut, homs, homsCity)));
    assertEquals("حمص", RecordPlace.of(List.of(beirut, homs, homsCity), List.of(), List.of()).text());
    assertNull(RecordPlace.home(List.of(beirut, homs)), "one place each: no country is the record's");
  }

  @Test
  void aPlaceTheGazetteerKnowsIsWrittenItsWay() {
    // outlets write the village with and without the space; the record is read by one name
    IncidentPlace glued = at("كفرعمّة", "sa-kafar-ameh", "sy-gov-aleppo", 36.14028, 36.87306);
    IncidentPlace p = RecordPlace.of(List.of(glued), List.of(), List.of());
    assertEquals("كفر عمة", p.text());
    assertEquals("sa-kafar-ameh", p.placeId());
    assertEquals(36.14028, p.lat());
    IncidentPlace village = unknown("تل الورد");
    assertSame(village, RecordPlace.of(List.of(village), List.of(), List.of()), "a village no gazetteer knows keeps its spelling");
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(doc("agency", "2024-06-02", Frames.kafrAmma(strike()))), opts);
    assertEquals("كفر عمة", out.get(0).place().text());
  }

  private static ReportNote note(String doc, IncidentPlace... places) {
    return new ReportNote(doc, null, ImmutableList.copyOf(places));
  }

  @Test
  void theAreaMostReportsNameBeatsTheVillageOneNamesFirst() {
    // one post names the hamlet, then the area it lies in; three others name only the area
    IncidentPlace hamlet = unknown("الحويش");
    IncidentPlace area = unknown("أبو قصيبة");
    List<ReportNote> notes = List.of(note("post-1", hamlet, area), note("post-2", hamlet, area),
        note("post-3", area), note("page-4", unknown("حمرة"), area));
    assertEquals(area.key(), RecordPlace.byReports(notes, null).key());
    // one report naming the area three times still counts once
    List<ReportNote> once = List.of(note("post-1", hamlet), note("post-2", hamlet, area), note("post-3", area, area));
    assertEquals(hamlet.key(), RecordPlace.byReports(once, null).key(), "a tie: the one more reports name first");
    assertNull(RecordPlace.byReports(List.of(note("empty")), null));
  }

  @Test
  void kurdishLettersSpellTheSameVillage() {
    assertEquals(IncidentPlace.key("البجاري"), IncidentPlace.key("البچاري"));
    assertEquals(IncidentPlace.key("كوباني"), IncidentPlace.key("کوبانی"));
    assertEquals(PlaceMatch.SAME, PlaceMatch.between(unknown("گرزيرو"), unknown("كرزيرو"), 5));
  }

  @Test
  void theVillageMostReportsNameNearTheTownTheirFramesNameIsTheRecordsPlace() {
    // three posts hang the shelling on the district's town and name the village lower down
    IncidentPlace town = at("جرابلس", "sy-jarablus", "sy-gov-aleppo", 36.817, 38.011);
    IncidentPlace village = at("شيوخ فوقاني", "sa-shayukh-fuqani", "sy-gov-aleppo", 36.86, 38.00);
    IncidentPlace far = at("الغندورة", "sa-ghandawi", "sy-gov-aleppo", 36.60, 37.83);
    List<IncidentPlace> frames = List.of(town, town, town);
    List<ReportNote> named = List.of(note("post-1", town, village), note("post-2", town, village, far), note("post-3", town, far));
    assertEquals("sa-shayukh-fuqani", RecordPlace.of(frames, List.of(), named).placeId());
    // named by one report of three: the town stays
    List<ReportNote> once = List.of(note("post-1", town, village), note("post-2", town), note("post-3", town));
    assertEquals("sy-jarablus", RecordPlace.of(frames, List.of(), once).placeId());
    // a village 28 km off is another area's, however many name it
    List<ReportNote> farOff = List.of(note("post-1", town, far), note("post-2", far), note("post-3", far));
    assertEquals("sy-jarablus", RecordPlace.of(frames, List.of(), farOff).placeId());
    // a village the frames name is not traded for another
    assertEquals("sa-shayukh-fuqani", RecordPlace.of(List.of(village), List.of(), farOff).placeId());
    assertTrue(VillageOfSeat.seat(town), "a town named like its district heads it");
    assertFalse(VillageOfSeat.seat(village));
  }

  @Test
  void aRoundupsAreaGoesBackToTheStoryThatNamedIt() {
    // a roundup: shelling of an invented village of جبل الزاوية, then of a village west of
    // Aleppo, then "محاور جبل الزاوية" again; the mountain is the first story's
    Frames.F first = strike().cuePlace("قرية", "المزيرعة").place("جبل الزاوية", "sy-jabal-zawiya", "sy-gov-idlib", 35.68, 36.48);
    Frames.F second = strike().cuePlace("قرية", "الرحمانية");
    Frames.F again = strike().place("جبل الزاوية", "sy-jabal-zawiya", "sy-gov-idlib", 35.68, 36.48);
    ImmutableList<Sighting> read = new ReportReader(opts).read(doc("roundup", "2024-06-02", first, second, again), null);
    Sighting zawiya = read.stream().filter(x -> x.place().text().equals("المزيرعة")).findFirst().orElseThrow();
    assertEquals(2, zawiya.mentions().size(), read.toString());
    assertTrue(zawiya.core(), "the story told most is the report's core");
    // a governorate is every story's: it stays with the story read last
    Frames.F idlib = strike().governorate("إدلب", "sy-gov-idlib");
    read = new ReportReader(opts).read(doc("roundup", "2024-06-02",
        strike().cuePlace("قرية", "المزيرعة").governorate("إدلب", "sy-gov-idlib"), strike().cuePlace("قرية", "الرحمانية"), idlib), null);
    assertEquals(2, read.stream().filter(x -> x.place().text().equals("الرحمانية")).findFirst().orElseThrow().mentions().size());
  }

  @Test
  void aVillageTheSightingsNameAtTheTownsRecordIsItsPlaceWhenHalfTheReportsNameIt() {
    // one post tells of farmers shelled in an invented village of the town's countryside,
    // another only of the town's countryside
    IncidentPlace town = at("جرابلس", "sy-jarablus", "sy-gov-aleppo", 36.817, 38.011);
    IncidentPlace village = unknown("الخربشة");
    List<ReportNote> two = List.of(note("post-1", town, village), note("post-2", town));
    IncidentPlace p = RecordPlace.of(List.of(town, town, village), List.of(), List.of(), two);
    assertEquals("الخربشة", p.text());
    assertEquals("sy-jarablus", p.located().placeId(), "placed by the town");
    // named by one report of three: the town stays
    List<ReportNote> three = List.of(note("post-1", town, village), note("post-2", town), note("post-3", town));
    assertEquals("sy-jarablus", RecordPlace.of(List.of(town, town, town, village), List.of(), List.of(), three).placeId());
    // a village a report writes inside another town is not this town's
    IncidentPlace elsewhere = village.withWithin(at("منبج", "sy-manbij", "sy-gov-aleppo", 36.528, 37.955));
    assertEquals("sy-jarablus", RecordPlace.of(List.of(town, town, elsewhere), List.of(), List.of(), two).placeId());
  }
}
