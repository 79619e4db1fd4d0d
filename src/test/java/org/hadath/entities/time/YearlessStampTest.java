package org.hadath.entities.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Post stamps without their year, the year given by the caller's window (the year up to the day the pages were saved). */
class YearlessStampTest {

  private static final DateWindow TODAY = DateWindow.before(LocalDate.of(2024, 3, 20));

  @Test
  void englishStampWithADot() {
    String text = "أخبار البلدة - قصف على الحي\nFacebook's Post\n\nأخبار البلدةJanuary 11 · Shared with Public قصف مدفعي على الحي صباح اليوم.";
    DocumentDate d = Dateline.locate(text, TODAY).orElseThrow();
    assertEquals(LocalDate.of(2024, 1, 11), d.date());
    assertEquals(DocumentDate.Source.YEARLESS_STAMP, d.source());
    assertEquals("January 11", text.substring(d.begin(), d.end()));
  }

  @Test
  void englishStampWithItsClock() {
    // a day after the reference day this year: last year's
    DocumentDate d = Dateline.locate("صفحة البلدة\nDec 1 at 9:15 PM · \nقصفت طائرات البلدة صباح اليوم.", TODAY).orElseThrow();
    assertEquals(LocalDate.of(2023, 12, 1), d.date());
    DocumentDate glued = Dateline.locate("صفحة\nشبكة البلدة VillageNetMarch 1 · Shared with Public قصف.", TODAY).orElseThrow();
    assertEquals(LocalDate.of(2024, 3, 1), glued.date());
  }

  @Test
  void arabicStampWithItsClock() {
    String text = "صفحة أخبار البلدة\n\nأخبار البلدة\n٥ ديسمبر في الساعة ٩:١٥ م\nقصفت طائرات حربية أطراف البلدة.";
    DocumentDate d = Dateline.locate(text, TODAY).orElseThrow();
    assertEquals(LocalDate.of(2023, 12, 5), d.date());
    assertEquals("٥ ديسمبر", text.substring(d.begin(), d.end()));
    assertEquals(LocalDate.of(2024, 3, 2),
        Dateline.locate("صفحة البلدة\n2 آذار الساعة 10:40\nقصف على البلدة.", TODAY).orElseThrow().date());
  }

  @Test
  void aStampWithItsYearIsNoYearlessStamp() {
    DocumentDate d = Dateline.locate("صفحة البلدة\nMarch 4, 2021 · Shared with Public قصف.", TODAY).orElseThrow();
    assertEquals(DocumentDate.Source.POST_STAMP, d.source());
    assertEquals(LocalDate.of(2021, 3, 4), d.date());
  }

  @Test
  void proseAndArchivesAreLeftAlone() {
    // a date in a sentence with no stamp mark is not read
    assertTrue(Dateline.locate("صفحة البلدة\nقال المتحدث إن الهجوم وقع في 13 نوفمبر، حوالي الساعة الثانية.", TODAY).isEmpty());
    // no window: the stamp is a partial date, whatever the reader's clock says
    DocumentDate partial = Dateline.locate("صفحة البلدة\nJanuary 11 · Shared with Public", null).orElseThrow();
    assertEquals("XXXX-01-11", partial.iso());
    assertEquals(null, partial.weekday());
    // an archive of several years holds January 11 every year: still partial
    assertEquals("XXXX-01-11", Dateline.locate("صفحة البلدة\nJanuary 11 · Shared with Public",
        new DateWindow(LocalDate.of(2021, 8, 1), LocalDate.of(2025, 12, 31))).orElseThrow().iso());
    // 29 February takes a leap year of the window
    assertEquals(LocalDate.of(2024, 2, 29), Dateline.locate("صفحة البلدة\nFebruary 29 · Shared with Public",
        DateWindow.before(LocalDate.of(2024, 6, 1))).orElseThrow().date());
  }
}
