package org.hadath.entities.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.hadath.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/** Place recognition on sentences written for these tests in news style. */
class PlaceAnnotatorTest {

  private static final PlaceAnnotator ANNOTATOR = new PlaceAnnotator("hadath_places", null);

  static List<PlaceMention> places(String text) {
    Annotation a = SharedPipeline.annotate(text);
    ANNOTATOR.annotate(a);
    String doc = a.get(CoreAnnotations.TextAnnotation.class);
    List<PlaceMention> all = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (PlaceMention m : s.get(PlaceAnnotations.PlaceMentionsAnnotation.class)) {
        assertEquals(m.text(), doc.substring(m.begin(), m.end()), "offsets of " + m);
        assertEquals(m.headText(), doc.substring(m.headBegin(), m.headEnd()));
        assertTrue(m.begin() <= m.headBegin() && m.headEnd() <= m.end());
        all.add(m);
      }
    }
    return all;
  }

  static PlaceMention get(List<PlaceMention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow(
        () -> new AssertionError("no mention '" + text + "' in "
            + ms.stream().map(PlaceMention::text).toList()));
  }

  @Test
  void gazetteerNamesAndSpellingVariants() {
    List<PlaceMention> ms = places("دخلت القوات أبو كمال ثم البوكمال، وتقدمت نحو الشعفه.");
    assertEquals("sy-abu-kamal", get(ms, "أبو كمال").placeId());
    assertEquals("sy-abu-kamal", get(ms, "البوكمال").placeId());
    assertEquals("sy-shaafa", get(ms, "الشعفه").placeId());
    assertNotNull(get(ms, "البوكمال").lat());
  }

  @Test
  void cueSpanAndHead() {
    List<PlaceMention> ms = places("سقطت قذائف على مخيم الباغوز وعلى بلدة هجين.");
    PlaceMention camp = get(ms, "مخيم الباغوز");
    assertEquals("الباغوز", camp.headText());
    assertEquals(PlaceType.CAMP, camp.placeType());
    PlaceMention hajin = get(ms, "بلدة هجين");
    assertEquals("sy-hajin", hajin.placeId());
    assertEquals("هجين", hajin.headText());
  }

  @Test
  void facilityNamedAfterATownIsTheFacility() {
    // an airport alias written as its cue and the town's name: the airport, its head the town's name
    List<PlaceMention> ms = places("قصفت طائرات حربية مطار حلب الدولي ثم أحياء في مدينة حلب.");
    PlaceMention airport = ms.stream().filter(m -> m.text().startsWith("مطار حلب")).findFirst().orElseThrow();
    assertEquals("sy-aleppo-airport", airport.placeId());
    assertEquals("حلب", airport.headText());
    assertEquals("sy-aleppo", get(ms, "مدينة حلب").placeId());
  }

  @Test
  void directionalPhrases() {
    List<PlaceMention> ms = places("تدور اشتباكات في ريف دير الزور الجنوبي الشرقي وشرقي "
        + "دير الزور وغرب مدينة البوكمال.");
    PlaceMention a = get(ms, "ريف دير الزور الجنوبي الشرقي");
    assertEquals("دير الزور", a.headText());
    assertEquals(Direction.SOUTH_EAST, a.direction());
    assertEquals("sy-gov-deir-ez-zor", a.placeId());
    assertEquals(PlaceType.REGION, a.placeType());
    assertEquals(Direction.EAST, get(ms, "شرقي دير الزور").direction());
    PlaceMention c = get(ms, "غرب مدينة البوكمال");
    assertEquals(Direction.WEST, c.direction());
    assertEquals("sy-abu-kamal", c.placeId());
  }

  @Test
  void namesLongerThanAKnownWord() {
    // a known one-word village as the second word of an unknown name; a quoted name longer
    // than the known alias inside it; the countryside of a city named with its own cue; a
    // front line named with its village's cue
    List<PlaceMention> ms = places("سقطت قذائف على قرية جب عوينة وقرية “الحويجة الصغيرة” وفي ريف "
        + "مدينة بزاعة وعلى محور قرية كبانة.");
    PlaceMention joined = get(ms, "قرية جب عوينة");
    assertEquals("جب عوينة", joined.headText());
    assertNull(joined.placeId());
    assertEquals("الحويجة الصغيرة", ms.stream().filter(m -> m.headText().startsWith("الحويجة"))
        .findFirst().orElseThrow().headText());
    PlaceMention countryside = get(ms, "ريف مدينة بزاعة");
    assertEquals("بزاعة", countryside.headText());
    assertEquals(PlaceType.REGION, countryside.placeType());
    PlaceMention front = get(ms, "محور قرية كبانة");
    assertEquals("كبانة", front.headText());
    assertEquals(PlaceType.FRONT, front.placeType());
  }

  @Test
  void unknownVillageGetsContainer() {
    List<PlaceMention> ms = places("قتل مدنيان في قرية الكشمة بريف دير الزور الشرقي أمس.");
    PlaceMention v = get(ms, "قرية الكشمة");
    assertNull(v.placeId());
    assertEquals("الكشمة", v.headText());
    assertEquals(PlaceType.VILLAGE, v.placeType());
    assertNotNull(v.container());
    assertEquals("sy-gov-deir-ez-zor", v.container().id());
    assertEquals("sy-gov-deir-ez-zor", v.governorate());
    PlaceMention r = get(ms, "ريف دير الزور الشرقي");
    assertEquals("دير الزور", r.headText());
  }

  @Test
  void aBareCountrysideWithADirectionIsARelativePlace() {
    List<PlaceMention> ms = places("تعرضت بلدة النيرب بالريف الغربي لقصف، وشنت الطائرات غارات على ريفها الشرقي.");
    PlaceMention west = get(ms, "الريف الغربي");
    assertEquals(Direction.WEST, west.direction());
    assertEquals(PlaceType.REGION, west.placeType());
    assertTrue(west.isRelative());
    assertEquals(Direction.EAST, get(ms, "ريفها الشرقي").direction());
    // a countryside with a name of its own is no relative place
    assertTrue(!get(places("قصف على ريف إدلب الجنوبي."), "ريف إدلب الجنوبي").isRelative());
  }

  @Test
  void unknownNameEndsAtPrepositionAndVerb() {
    List<PlaceMention> ms = places("وصلت تعزيزات إلى حي الطيبة الغربي في مدينة سرمدا وانسحبت.");
    PlaceMention h = get(ms, "حي الطيبة الغربي");
    assertEquals("الطيبة", h.headText());
    assertEquals(PlaceType.NEIGHBOURHOOD, h.placeType());
    assertEquals("sy-sarmada", h.container().id());
  }

  @Test
  void quotedUnknownName() {
    List<PlaceMention> ms = places("استهدفت الغارة مخيم «الأمل الجديد» للنازحين.");
    PlaceMention m = get(ms, "مخيم «الأمل الجديد");
    assertEquals("الأمل الجديد", m.headText());
  }

  @Test
  void countriesAndVariants() {
    List<PlaceMention> ms = places("عاد اللاجئون من تركيا إلى سوريا، ثم غادروا سورية إلى العراق.");
    assertEquals("tr", get(ms, "تركيا").placeId());
    assertEquals("sy", get(ms, "سوريا").placeId());
    assertEquals("sy", get(ms, "سورية").placeId());
    assertEquals("iq", get(ms, "العراق").placeId());
  }

  @Test
  void commonWordGuardNeedsCue() {
    List<PlaceMention> ms = places("طالب المتظاهرون بالحرية والكرامة في بلدة الكرامة.");
    assertTrue(ms.stream().noneMatch(m -> m.text().equals("الحرية")
        || m.text().equals("الكرامة")), ms.toString());
    assertEquals("sy-karamah", get(ms, "بلدة الكرامة").placeId());
  }

  @Test
  void gluedCliticsOnCueAndName() {
    List<PlaceMention> ms = places("وقعت الانفجارات بالرقة وبريف حلب وفي الميادين.");
    assertEquals("sy-raqqa", get(ms, "الرقة").placeId());
    PlaceMention r = get(ms, "ريف حلب");
    assertEquals("sy-gov-aleppo", r.placeId());
    assertEquals("sy-mayadin", get(ms, "الميادين").placeId());
  }

  @Test
  void iraqWesternProvinces() {
    List<PlaceMention> ms = places("انتشرت القوات العراقية في القائم وراوة وقضاء عانة قرب "
        + "الحدود، وفي تلعفر وسنجار.");
    assertEquals("iq-qaim", get(ms, "القائم").placeId());
    assertEquals("iq-rawah", get(ms, "راوة").placeId());
    assertEquals("iq-tal-afar", get(ms, "تلعفر").placeId());
    assertEquals("iq-gov-nineveh", get(ms, "سنجار").governorate());
  }

  @Test
  void syrianSubdistrictsWithGovernorate() {
    List<PlaceMention> ms = places("نزح الأهالي من ناحية الصور بريف دير الزور ومن ناحية سلوك "
        + "في ريف الرقة، وقصفت الطائرات ناحية كفرنبل، ثم دخلت القوات هجين.");
    PlaceMention sur = get(ms, "ناحية الصور");
    assertEquals("sy-subdist-suwar", sur.placeId());
    assertEquals(PlaceType.SUBDISTRICT, sur.placeType());
    assertEquals("sy-gov-deir-ez-zor", sur.governorate());
    PlaceMention suluk = get(ms, "ناحية سلوك");
    assertEquals("sy-subdist-suluk", suluk.placeId());
    assertEquals("sy-gov-raqqa", suluk.governorate());
    assertEquals("sy-gov-idlib", get(ms, "ناحية كفرنبل").governorate());
    assertEquals("sy-hajin", get(ms, "هجين").placeId());
  }

  @Test
  void aPluralCueBeforeAnotherCueListsOnlyKnownNames() {
    // the plural counts the countrysides: an unknown word after و is no further place
    List<PlaceMention> ms = places("استهدفت المدفعية مناطق ريف حماة وسقوط أحد الصواريخ على بلدة كفرزيتا.");
    assertEquals(List.of("مناطق ريف حماة", "بلدة كفرزيتا"), ms.stream().map(PlaceMention::text).toList());
    // a plural cue before a name still lists unknown names (قرى X وY)
    ms = places("قصفت المدفعية قرى الدردارة وتل الشمام بريف الحسكة.");
    assertEquals("تل الشمام", get(ms, "تل الشمام").text());
  }

  @Test
  void aListAfterAPluralCueTakesOneWordMembersAndNoConjunction() {
    List<PlaceMention> ms = places("شن الطيران غارات على مواقع في نواحي الرصافة وأثريا والسخنة.");
    assertEquals("أثريا", get(ms, "أثريا").text());
    // ، وأطراف X: the conjunction before another cue is no member of the list
    ms = places("قصفت المدفعية بلدات كفرسجنة واحسم، وأطراف معرزيتا بجبل الزاوية.");
    assertTrue(ms.stream().noneMatch(m -> m.text().equals("و")), ms.stream().map(PlaceMention::text).toList().toString());
  }

  @Test
  void aVillageNameEndsBeforeWhatTiesItToTheNextPlaceAndNoCompassWordIsAVillage() {
    List<PlaceMention> ms = places("قصفت المدفعية قرية الغدير التابعة لبلدة الدرباسية وقرية السيحة "
        + "المحاذية لها، ثم استهدفت مواقع في الريف الشمالي وفي الريف ذاته.");
    assertEquals("الغدير", ms.stream().filter(m -> m.headText().startsWith("الغدير")).findFirst().orElseThrow().headText());
    assertEquals("السيحة", ms.stream().filter(m -> m.headText().startsWith("السيحة")).findFirst().orElseThrow().headText());
    assertTrue(ms.stream().noneMatch(m -> m.headText().equals("الشمالي") && m.placeId() != null),
        "الشمالي names no village: " + ms);
    assertTrue(ms.stream().noneMatch(m -> m.headText().startsWith("ذات")), ms.toString());
  }
}
