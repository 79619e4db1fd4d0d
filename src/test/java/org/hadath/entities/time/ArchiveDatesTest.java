package org.hadath.entities.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** An archive's own dates are the window in which its dates written without a year may take one. */
class ArchiveDatesTest {

  @Test
  void theWholeYearsOfItsWrittenDatesAreTheWindow() {
    ArchiveDates a = new ArchiveDates();
    a.add("حلب - 3 آذار 2021\nقصف على الحي.");
    a.add("إدلب - 9 تشرين الأول 2021\nغارة على البلدة.");
    a.add("عنوان\nقتل مدني اليوم الأربعاء 2 كانون الأول بقذيفة سقطت على منزله."); // no year written: not counted
    a.add("");
    a.add("غزة - 1 كانون الثاني 2020\nقصف.");
    assertEquals(LocalDate.of(2021, 10, 9), a.newest().orElseThrow());
    assertEquals(new DateWindow(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)), a.window().orElseThrow());
    assertTrue(new ArchiveDates().window().isEmpty(), "an archive without dates gives no window");
    // Wednesday 2 December: 2020 is the archive's one such year; 2026 (a reader's year) is not
    String text = "عنوان\nقتل مدني اليوم الأربعاء 2 كانون الأول بقذيفة سقطت على منزله.";
    assertEquals(LocalDate.of(2020, 12, 2), Dateline.locate(text, a.window().orElseThrow()).orElseThrow().date());
    assertEquals("XXXX-12-02", Dateline.locate(text).orElseThrow().iso());
  }

  @Test
  void theAnnotatorReadsItsWindowProperty() {
    Properties p = new Properties();
    p.setProperty("hadath_time." + TimeAnnotator.DATE_WINDOW, "2021-01-01/2021-10-16");
    new TimeAnnotator("hadath_time", p); // accepted
    p.setProperty("hadath_time." + TimeAnnotator.DATE_WINDOW, "2021-10-16/2021-01-01");
    assertThrows(IllegalArgumentException.class, () -> new TimeAnnotator("hadath_time", p));
    p.remove("hadath_time." + TimeAnnotator.DATE_WINDOW);
    p.setProperty("hadath_time." + TimeAnnotator.LATEST_DATE, "2021-10-16");
    new TimeAnnotator("hadath_time", p); // accepted
    p.setProperty("hadath_time." + TimeAnnotator.LATEST_DATE, "16/10/2021");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TimeAnnotator("hadath_time", p));
    assertTrue(e.getMessage().contains("YYYY-MM-DD"), e.getMessage());
  }
}
