package org.hadath.entities.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Places read from a line's words alone, on lines written for the test in the style of posts. */
class LinePlacesTest {

  private final PlaceGazetteer gaz = PlaceGazetteer.defaults();

  private List<LinePlaces.Found> of(String line) {
    return LinePlaces.of(line, 0, line.length(), gaz);
  }

  private static String head(String line, LinePlaces.Found f) {
    return line.substring(f.headBegin(), f.headEnd());
  }

  @Test
  void aKnownTownInAHashtagOrAfterAPrepositionIsFound() {
    String line = "#عاجل دورية تعتقل شابين من أبناء #الشحيل فجر اليوم وتقتادهما إلى جهة مجهولة";
    List<LinePlaces.Found> found = of(line);
    assertEquals(1, found.size(), found.toString());
    assertEquals("sy-shuhayl", found.get(0).place().id());
    assertEquals("الشحيل", head(line, found.get(0)));
    String withClitic = "وصلت التعزيزات بالشحيل مساء";
    assertEquals("sy-shuhayl", of(withClitic).get(0).place().id());
  }

  @Test
  void anUnknownVillageAfterACueIsAnUnresolvedPlace() {
    String line = "مداهمة منزل في قرية الطويلة شرق البلدة";
    List<LinePlaces.Found> found = of(line);
    assertEquals(1, found.size(), found.toString());
    assertNull(found.get(0).place());
    assertEquals("الطويلة", head(line, found.get(0)));
    assertTrue(found.get(0).begin() < found.get(0).headBegin(), "the mention holds its cue");
  }

  @Test
  void anUnknownNameOpenedByAWordOfManyNamesTakesItsSecondWord() {
    // أبو and تل open many of the gazetteer's names: alone they are no village
    String line = "داهمت دورية منزلا في قرية الغدير بمنطقة أبو حمادة جنوب المدينة";
    List<LinePlaces.Found> found = of(line);
    assertEquals(2, found.size(), found.toString());
    assertEquals("الغدير", head(line, found.get(0)));
    assertEquals("أبو حمادة", head(line, found.get(1)));
    String tal = "اعتقال شابين من قرية تل سمعان فجرا";
    assertEquals("تل سمعان", head(tal, of(tal).get(0)));
    assertTrue(of("قصف على قرية تل شرق البلدة").isEmpty(), "a direction word is no second word");
  }

  @Test
  void aNameThatIsAnOrdinaryWordOrAPlaceAbroadIsNotOneWithoutACue() {
    assertTrue(of("طالب المحتجون بالحرية والكرامة").isEmpty());
    assertTrue(of("وصل الوفد إلى القاهرة أمس").isEmpty(), "no coordinates: a district abroad");
  }

  @Test
  void aDirectionAfterACueOrLatinGluedToANameIsNoPlace() {
    assertTrue(of("قصف مدفعي على الريف الشرقي").isEmpty());
    assertTrue(of("قصف مدفعي على الريف الشمالي").isEmpty(), "no village is named الشمالي");
    String line = "اعتقال في #الشحيلAll reactions:12";
    List<LinePlaces.Found> found = of(line);
    assertEquals(1, found.size(), found.toString());
    assertEquals("الشحيل", head(line, found.get(0)));
  }

  @Test
  void offsetsPointIntoTheWholeDocument() {
    String doc = "عنوان أول\nاعتقال شاب في بلدة الشحيل\n";
    int from = doc.indexOf('\n') + 1;
    List<LinePlaces.Found> found = LinePlaces.of(doc, from, doc.length(), gaz);
    assertEquals("الشحيل", head(doc, found.get(0)));
  }
}
