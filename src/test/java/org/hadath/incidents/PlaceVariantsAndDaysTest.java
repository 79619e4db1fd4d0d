package org.hadath.incidents;

import static org.hadath.incidents.Frames.*;
import static org.junit.jupiter.api.Assertions.*;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.hadath.events.DocumentEvents;
import org.junit.jupiter.api.Test;

/**
 * Spellings of one unresolved name, a village a report writes inside its town, the record's
 * day as most dated reports give it, and which of two like records a report joins. Report
 * sets built by hand; no models loaded.
 */
class PlaceVariantsAndDaysTest {

  private final IncidentOptions opts = IncidentOptions.defaults();

  private static IncidentPlace cue(String cue, String name) {
    return ReportReader.place(strike().cuePlace(cue, name).build(0));
  }

  /** A town the gazetteer knows (coordinates invented for the test). */
  private static Frames.F town(Frames.F f) {
    return f.place("تل الورد", "sy-tell-ward", "sy-gov-raqqa", 36.40, 38.90);
  }

  @Test
  void spellingsOfAnUnresolvedNameAreNear() {
    assertEquals(PlaceMatch.NEAR, PlaceMatch.between(cue("بلدة", "ديريك"), cue("مدينة", "ديرك"), 5),
        "a long vowel written or left out");
    assertEquals(PlaceMatch.NEAR, PlaceMatch.between(cue("قرية", "قورقانيا"), cue("قرية", "قورقنيا"), 5));
    assertEquals(PlaceMatch.NEAR, PlaceMatch.between(cue("قرية", "آشمة"), cue("قرية", "آمشة"), 5),
        "two neighbouring letters swapped");
    assertEquals(PlaceMatch.CONFLICT, PlaceMatch.between(cue("قرية", "كفرنبل"), cue("قرية", "كفرنبودة"), 5));
    assertEquals(PlaceMatch.CONFLICT, PlaceMatch.between(cue("قرية", "تلول"), cue("قرية", "تلال"), 5),
        "another letter, not a vowel dropped");
    assertFalse(PlaceMatch.spellings("حرم", "حارم"), "three letters are too short to tell");
    assertEquals(PlaceMatch.NEAR, PlaceMatch.between(cue("قرية", "عرنبة"), cue("قرية", "أرنبة"), 5),
        "an initial ع written as أ");
    assertEquals(PlaceMatch.CONFLICT, PlaceMatch.between(cue("قرية", "عرنبة"), cue("قرية", "عرنبو"), 5),
        "a last letter for another is another name");
    assertFalse(PlaceMatch.spellings("عرنبة", "برنبة"), "only ع and أ stand for each other");
    assertFalse(PlaceMatch.spellings("رنبة", "عرنبة"), "ع is not a letter left out");
    assertEquals(PlaceMatch.NEAR, PlaceMatch.between(cue("منطقة", "أبو فاضلة"), cue("منطقة", "ابو فاظلة"), 5),
        "ض and ظ, one sound in speech");
    assertFalse(PlaceMatch.spellings("فاضلة", "فاصلة"), "ض and ص are two sounds");
    assertFalse(PlaceMatch.spellings("فاضلة", "فاظلت"), "one letter apart only");
  }

  @Test
  void aCompoundNameShortenedToItsFirstWordAnyHowSpelledIsOnePlace() {
    // invented village: outlets write تلمشا الغربية, a post writes تلشما
    assertEquals(PlaceMatch.NEAR, PlaceMatch.between(cue("قرية", "تلشما"), cue("قرية", "تلمشا الغربية"), 5));
    assertEquals(PlaceMatch.CONFLICT, PlaceMatch.between(cue("قرية", "تلشما"), cue("قرية", "كفرنبل الغربية"), 5));
    assertTrue(PlaceMatch.shortens(cue("قرية", "تلشما"), cue("قرية", "تلمشا الغربية")));
    assertFalse(PlaceMatch.shortens(cue("قرية", "تلمشا الغربية"), cue("قرية", "تلشما")), "the full name shortens nothing");
    // the record writes the full name, however many posts shorten it
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("post-1", "2025-03-04", strike().cuePlace("قرية", "تلشما").time("2025-03-04")),
        doc("post-2", "2025-03-04", strike().cuePlace("قرية", "تلشما").time("2025-03-04")),
        doc("agency", "2025-03-04", strike().cuePlace("قرية", "تلمشا الغربية").time("2025-03-04"))), opts);
    assertEquals(1, out.size(), out.toString());
    assertEquals("تلمشا الغربية", out.get(0).place().text());
    // a name the gazetteer knows keeps its own
    IncidentPlace known = new IncidentPlace("تلشما", IncidentPlace.key("تلشما"), "sy-x", "sy-gov-aleppo", 36.5, 38.0, false);
    assertSame(known, RecordPlace.fullest(known, List.of(known, cue("قرية", "تلمشا الغربية"))));
  }

  @Test
  void placesTheGazetteerKnowsAreComparedByDistanceNotSpelling() {
    IncidentPlace a = ReportReader.place(strike().place("سرمين", "sy-a", "sy-gov-idlib", 35.90, 36.72).build(0));
    IncidentPlace b = ReportReader.place(strike().place("سرمان", "sy-b", "sy-gov-idlib", 35.30, 36.90).build(0));
    assertEquals(PlaceMatch.CONFLICT, PlaceMatch.between(a, b, 5));
  }

  @Test
  void aVillageWrittenInsideATownIsWithinIt() {
    IncidentPlace village = ReportReader.place(town(strike().cuePlace("قرية", "الصفصافة")).build(0));
    assertEquals("الصفصافة", village.text());
    assertEquals(IncidentPlace.key("تل الورد"), village.within().key());
    IncidentPlace theTown = ReportReader.place(town(strike()).build(0));
    assertEquals(PlaceMatch.WITHIN, PlaceMatch.between(village, theTown, 5));
    IncidentPlace other = ReportReader.place(town(strike().cuePlace("قرية", "المشيرفة")).build(0));
    assertEquals(PlaceMatch.CONFLICT, PlaceMatch.between(village, other, 5), "two villages of one town are two places");
    IncidentPlace known = ReportReader.place(town(sarmin(strike())).build(0));
    assertNull(known.within(), "a village the gazetteer places is compared by distance, not by the text's order");
  }

  @Test
  void aMountainOrRegionHoldsIncidentsButSinglesNoneOut() {
    IncidentPlace mountain = ReportReader.place(strike().place("جبل الزاوية", "sy-jabal-zawiya", "sy-gov-idlib", 35.68, 36.48).build(0));
    assertTrue(mountain.coarse(), "an area of many villages, as the packaged gazetteer types it");
    IncidentPlace village = ReportReader.place(strike().place("كنصفرة", "sy-test-kansafra", "sy-gov-idlib", 35.66, 36.50).build(0));
    assertFalse(village.coarse());
    assertEquals(PlaceMatch.INSIDE, PlaceMatch.between(mountain, village, 5), "not near: the mountain holds it");
  }

  @Test
  void anUnknownVillageIsLocatedAtTheTownItIsWrittenInside() {
    IncidentPlace village = ReportReader.place(town(strike().cuePlace("قرية", "الصفصافة")).build(0));
    assertEquals(36.40, village.located().lat(), 1e-9);
    assertEquals("تل الورد", village.located().text());
    IncidentPlace alone = cue("قرية", "الصفصافة");
    assertNull(alone.located(), "nothing places a village no report writes inside a known town");
    IncidentPlace known = ReportReader.place(sarmin(strike()).build(0));
    assertEquals(known, known.located());
  }

  @Test
  void aDateTheStoryRecallsWeeksBeforeIsBackgroundEvenWhenNoRecordCloses() {
    IncidentOptions wholeArchive = opts.withClosing(5000, opts.maxIdleReports());
    DocumentEvents recalls = doc("recalls", "2021-11-02", sarmin(strike()), sarmin(strike()).time("2021-09-28"));
    Sighting s = new ReportReader(wholeArchive).read(recalls, null).get(0);
    assertTrue(s.dateFromDocument(), "dated by the report, not by the strike of September it recalls");
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("september", "2021-09-28", sarmin(strike())), recalls), wholeArchive);
    assertEquals(2, out.size(), out.toString());
    DocumentEvents lastNight = doc("last-night", "2021-11-02", sarmin(strike()).time("2021-11-01"));
    assertFalse(new ReportReader(wholeArchive).read(lastNight, null).get(0).dateFromDocument());
  }

  @Test
  void oneReportsTownAndItsVillageAreOneIncident() {
    DocumentEvents d = doc("a", "2025-02-03", town(strike()).killed(2, 2L),
        town(strike().cuePlace("قرية", "الصفصافة")), strike().cuePlace("قرية", "الصفصافة"));
    assertEquals(1, new ReportReader(opts).read(d, null).size());
  }

  @Test
  void aTownAndItsVillageAcrossReportsNeedADateOrTollUnlessTheWeightSaysSo() {
    DocumentEvents village = doc("a", "2025-02-03", town(strike().cuePlace("قرية", "الصفصافة")).killed(2, 2L));
    DocumentEvents sameToll = doc("b", "2025-02-03", town(strike()).killed(2, 2L));
    DocumentEvents noToll = doc("c", "2025-02-03", town(strike()));
    assertEquals(1, IncidentBuilder.build(List.of(village, sameToll), opts).size(), "the same toll ties them");
    assertEquals(2, IncidentBuilder.build(List.of(village, noToll), opts).size(), "the town alone says too little");
    assertEquals(1, IncidentBuilder.build(List.of(village, noToll), opts.withWithinScore(2)).size());
    assertEquals(2, IncidentBuilder.build(List.of(village, sameToll), opts.withWithinScore(0)).size());
  }

  @Test
  void theDayMostDatedReportsGiveOutvotesOneTextDate() {
    List<DocumentEvents> set = List.of(
        doc("a", "2024-03-06", sarmin(strike()).time("2024-03-04")),
        doc("b", "2024-03-06", sarmin(strike())),
        doc("c", "2024-03-06", sarmin(strike())),
        doc("d", "2024-03-06", sarmin(strike())));
    ImmutableList<Incident> out = IncidentBuilder.build(set, opts);
    assertEquals(1, out.size());
    assertEquals(LocalDate.of(2024, 3, 6), out.get(0).day());
    // one report's text date weighs more than one other report's own date
    ImmutableList<Incident> two = IncidentBuilder.build(set.subList(0, 2), opts);
    assertEquals(LocalDate.of(2024, 3, 4), two.get(0).day());
  }

  @Test
  void theFirstReportReadHasNoSayOfItsOwn() {
    // the first report recalls the day before; two later ones agree on the strike's day
    List<DocumentEvents> set = List.of(
        doc("a", "2024-05-11", sarmin(strike()).time("2024-05-09")),
        doc("b", "2024-05-11", sarmin(strike()).time("2024-05-11")),
        doc("c", "2024-05-12", sarmin(strike()).time("2024-05-11")));
    assertEquals(LocalDate.of(2024, 5, 11), IncidentBuilder.build(set, opts).get(0).day());
  }

  @Test
  void anUndatedReportJoinsTheRecordMoreReportsTellOf() {
    List<DocumentEvents> set = List.of(
        doc("a", "2024-05-01", sarmin(strike())),
        doc("b", "2024-05-08", sarmin(strike())),
        doc("c", "2024-05-08", sarmin(strike())),
        doc("u", null, sarmin(strike())));
    ImmutableList<Incident> out = IncidentBuilder.build(set, opts);
    assertEquals(2, out.size());
    assertEquals(List.of("b", "c", "u"), List.copyOf(out.get(1).reports()));
  }
}
