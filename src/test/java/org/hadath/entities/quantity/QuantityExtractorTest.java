package org.hadath.entities.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Quantities on hand-written news-style sentences, one phenomenon per test. */
class QuantityExtractorTest {

  private static final QuantityExtractor QX = new QuantityExtractor();

  /** All quantities of {@code text}, checking the offset invariant on each. */
  static List<QuantityMention> run(String text) {
    Annotation a = SharedPipeline.annotate(text);
    List<QuantityMention> out = new ArrayList<>();
    List<CoreMap> sents = a.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < sents.size(); s++) {
      for (QuantityMention m : QX.extract(
          sents.get(s).get(CoreAnnotations.TokensAnnotation.class), text, s)) {
        assertEquals(m.text(), text.substring(m.begin(), m.end()), "offsets of " + m);
        if (m.countedNoun() != null) {
          assertEquals(m.countedNoun().text(),
              text.substring(m.countedNoun().begin(), m.countedNoun().end()));
        }
        out.add(m);
      }
    }
    return out;
  }

  private static QuantityMention only(String text) {
    List<QuantityMention> ms = run(text);
    assertEquals(1, ms.size(), () -> "one quantity expected in " + text + ": " + ms);
    return ms.get(0);
  }

  private static void assertValue(QuantityMention m, long min, Long max, boolean approx,
      QuantityKind kind) {
    assertEquals(min, m.min(), m::toString);
    assertEquals(max, m.max(), m::toString);
    assertEquals(approx, m.approximate(), m::toString);
    assertEquals(kind, m.kind(), m::toString);
  }

  @Test
  void latinDigitsWithCountedPersonNoun() {
    QuantityMention m = only("قتل 15 مدنياً في قصف جوي على البلدة.");
    assertValue(m, 15, 15L, false, QuantityKind.EXACT);
    assertEquals("15 مدنياً", m.text());
    assertEquals("مدنياً", m.countedNoun().text());
    assertTrue(m.countsPeople());
    assertEquals(1, m.tokenBegin());
    assertEquals(3, m.tokenEnd());
  }

  @Test
  void arabicIndicDigits() {
    QuantityMention m = only("وأصيب ٢٣ شخصاً بجروح.");
    assertValue(m, 23, 23L, false, QuantityKind.EXACT);
    assertEquals("٢٣ شخصاً", m.text());
  }

  @Test
  void thousandsSeparators() {
    List<QuantityMention> ms = run("خرج 1,200 شخص من المخيم ثم خرج 1.500 شخص آخر.");
    assertEquals(2, ms.size(), ms::toString);
    assertEquals(1200, ms.get(0).min());
    assertEquals(1500, ms.get(1).min());
  }

  @Test
  void compoundNumberWords() {
    List<QuantityMention> ms = run("استشهد ثلاثة وعشرون مدنياً وأصيب خمسة عشر طفلاً.");
    assertEquals(2, ms.size(), ms::toString);
    assertValue(ms.get(0), 23, 23L, false, QuantityKind.EXACT);
    assertEquals("ثلاثة وعشرون مدنياً", ms.get(0).text());
    assertValue(ms.get(1), 15, 15L, false, QuantityKind.EXACT);
  }

  @Test
  void genderAndCaseForms() {
    List<QuantityMention> ms = run("أصيب ثلاث نساء ومئتين من الرجال وألفين من المدنيين.");
    assertEquals(3, ms.size(), ms::toString);
    assertEquals(3, ms.get(0).min());
    assertEquals(200, ms.get(1).min());
    assertEquals("من الرجال", ms.get(1).countedNoun().text());
    assertEquals(2000, ms.get(2).min());
  }

  @Test
  void hundredAndThousandSpellings() {
    List<QuantityMention> ms = run("نزح مائة شخص وعشرين عائلة وثلاثة آلاف مدني.");
    assertEquals(3, ms.size(), ms::toString);
    assertEquals(100, ms.get(0).min());
    assertEquals(20, ms.get(1).min());
    assertEquals(3000, ms.get(2).min());
  }

  @Test
  void personDuals() {
    List<QuantityMention> ms = run("قتل شخصين وأصيب عنصرين في الاشتباكات.");
    assertEquals(2, ms.size(), ms::toString);
    assertValue(ms.get(0), 2, 2L, false, QuantityKind.EXACT);
    assertEquals("شخصين", ms.get(0).countedNoun().text());
    assertEquals("عنصرين", ms.get(1).text());
    assertTrue(ms.get(1).countsPeople());
  }

  @Test
  void pluralOfNisbaIsNotADual() {
    // مدنيين is a plural, not "two civilians"
    assertTrue(run("قصفت الطائرات منازل المدنيين.").isEmpty());
  }

  @Test
  void vagueTens() {
    QuantityMention m = only("وأصيب عشرات من الجرحى.");
    assertValue(m, 20, 99L, false, QuantityKind.VAGUE);
    assertEquals("من الجرحى", m.countedNoun().text());
    assertTrue(m.countsPeople());
  }

  @Test
  void vagueHundredsAndThousands() {
    List<QuantityMention> ms = run("وصلت مئات العائلات وآلاف النازحين إلى المخيم.");
    assertEquals(2, ms.size(), ms::toString);
    assertValue(ms.get(0), 200, 999L, false, QuantityKind.VAGUE);
    assertValue(ms.get(1), 2000, 9999L, false, QuantityKind.VAGUE);
    assertEquals("آلاف النازحين", ms.get(1).text());
  }

  @Test
  void definiteThousandsWithoutNoun() {
    QuantityMention m = only("أدى القصف إلى استشهاد وإصابة الآلاف.");
    assertValue(m, 2000, 9999L, false, QuantityKind.VAGUE);
    assertNull(m.countedNoun());
  }

  @Test
  void groupNouns() {
    List<QuantityMention> ms = run("وصلت دفعة من المدنيين وعدد من المقاتلين.");
    assertEquals(2, ms.size(), ms::toString);
    assertValue(ms.get(0), 2, null, false, QuantityKind.VAGUE);
    assertEquals("دفعة من المدنيين", ms.get(0).text());
    assertValue(ms.get(1), 2, null, false, QuantityKind.VAGUE);
  }

  @Test
  void manyOf() {
    QuantityMention m = only("سقط العديد من الجرحى.");
    assertValue(m, 2, null, false, QuantityKind.VAGUE);
  }

  @Test
  void approximation() {
    QuantityMention m = only("أجلت القوات نحو 120 شخصاً من المخيم.");
    assertValue(m, 120, 120L, true, QuantityKind.APPROXIMATE);
    assertEquals("نحو 120 شخصاً", m.text());
    assertEquals(120, only("خرج قرابة 120 مدنياً.").min());
    assertTrue(only("خرج حوالي 300 مدني.").approximate());
    assertTrue(only("نزح زهاء ألف شخص.").approximate());
  }

  @Test
  void moreThan() {
    QuantityMention m = only("قتل أكثر من 100 مدني في الغارات.");
    assertValue(m, 101, null, false, QuantityKind.LOWER_BOUND);
  }

  @Test
  void atLeastBeforeAndAfter() {
    List<QuantityMention> ms = run("قتل 13 على الأقل من مسلحي التنظيم وعلى الأقل 6 عناصر.");
    assertEquals(2, ms.size(), ms::toString);
    assertValue(ms.get(0), 13, null, false, QuantityKind.LOWER_BOUND);
    assertEquals("من مسلحي", ms.get(0).countedNoun().text());
    assertValue(ms.get(1), 6, null, false, QuantityKind.LOWER_BOUND);
    assertEquals("على الأقل 6 عناصر", ms.get(1).text());
  }

  @Test
  void noLessThan() {
    QuantityMention m = only("قتل ما لا يقل عن عشرين مدنياً.");
    assertValue(m, 20, null, false, QuantityKind.LOWER_BOUND);
  }

  @Test
  void rangeBetween() {
    QuantityMention m = only("نزح بين 300 و 500 شخص من القرية.");
    assertValue(m, 300, 500L, false, QuantityKind.RANGE);
  }

  @Test
  void approximateRangeWithWordAndDigits() {
    QuantityMention m = only("خرج ما يقارب ألف إلى 1500 شخص من الباغوز.");
    assertValue(m, 1000, 1500L, true, QuantityKind.RANGE);
    assertEquals("ما يقارب ألف إلى 1500 شخص", m.text());
  }

  @Test
  void yearsDatesTimesAreNotCounts() {
    assertTrue(run("وقع الهجوم في 5 آذار 2019 عند الساعة 14:07.").isEmpty());
    assertTrue(run("وفي عام 2018 بدأت المعركة.").isEmpty());
    assertTrue(run("بتاريخ 5/3/2019 انتهت المعارك.").isEmpty());
  }

  @Test
  void percentagesAndMoneyAreSkipped() {
    assertTrue(run("دمر القصف 25% من المنازل بكلفة 5 ملايين دولار.").isEmpty());
  }

  @Test
  void nonPersonNounIsReportedButNotPeople() {
    QuantityMention m = only("شنت الطائرات 12 غارة على المدينة.");
    assertEquals(12, m.min());
    assertNotNull(m.countedNoun());
    assertFalse(m.countsPeople());
  }

  @Test
  void garbageDoesNotThrow() {
    run("١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠ ,,, ... /// ::: % بين و إلى نحو أكثر من");
    run("99999999999999999999999999 شخص");
    run("...");
  }
}
