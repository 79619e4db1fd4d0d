package org.hadath.entities.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates stamped with their clock time: post stamps anywhere, page stamps near the top. */
class ClockStampTest {

  @Test
  void postStampAfterALongBodyWithTheViewCountGluedToTheYear() {
    String text = "Post\n\nPost\n\n" + "سطر من المنشور عن قصف القرية.\n".repeat(30)
        + "حساب المراسل3:05 PM · Mar 9, 20231.4KViews12";
    DocumentDate d = Dateline.locate(text).orElseThrow();
    assertEquals(LocalDate.of(2023, 3, 9), d.date());
    assertEquals(DocumentDate.Source.POST_STAMP, d.source());
    assertEquals("Mar 9, 2023", text.substring(d.begin(), d.end()));
  }

  @Test
  void pageStampWithItsClockBelowTheHeadlines() {
    String text = "الرئيسية\nأخبار\nمنوعات\nعنوان الخبر عن الغارة\nالموقع الإخباري  11/05/2021  9:40 م\nنص الخبر.";
    DocumentDate d = Dateline.locate(text).orElseThrow();
    assertEquals(LocalDate.of(2021, 5, 11), d.date());
    assertEquals("11/05/2021", text.substring(d.begin(), d.end()));
  }

  @Test
  void yearFirstAndArabicIndicStamps() {
    assertEquals(LocalDate.of(2020, 8, 3),
        ClockStamp.find("أ\nب\nج\nد\nالكاتب 2020-08-03 14:00:00\nنص").orElseThrow().date());
    assertEquals(LocalDate.of(2021, 7, 5),
        ClockStamp.find("أ\nب\nج\nد\nالأحد، ٥ تموز ٢٠٢١، ١٠:٢٠\nنص").orElseThrow().date());
  }

  @Test
  void aDateWithoutClockDeepInTheBodyIsNoStamp() {
    assertTrue(Dateline.locate("أ\nب\nج\nد\nوقع الهجوم في 3-4-2020 على الطريق.").isEmpty());
    assertTrue(ClockStamp.find("").isEmpty());
    assertTrue(ClockStamp.find("99/99/2020 10:00").isEmpty());
  }
}
