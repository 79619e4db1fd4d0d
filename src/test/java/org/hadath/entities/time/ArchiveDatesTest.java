package org.hadath.entities.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** An archive's own dates bound the year of its weekday dates written without one. */
class ArchiveDatesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @Test
  void theNewestWrittenDateAndAWeekAfterItBoundTheYears() {
    ArchiveDates a = new ArchiveDates();
    a.add("حلب - 3 آذار 2021\nقصف على الحي.");
    a.add("إدلب - 9 تشرين الأول 2021\nغارة على البلدة.");
    a.add("عنوان\nقتل مدني اليوم الأربعاء 2 كانون الأول بقذيفة سقطت على منزله."); // a year inferred: not counted
    a.add("");
    assertEquals(LocalDate.of(2021, 10, 9), a.newest().orElseThrow());
    assertEquals(LocalDate.of(2021, 10, 16), a.latest(TODAY));
    assertEquals(TODAY, new ArchiveDates().latest(TODAY), "an archive without dates: today");
    // Wednesday 2 December: 2026 after today's bound, 2020 within the archive's
    String text = "عنوان\nقتل مدني اليوم الأربعاء 2 كانون الأول بقذيفة سقطت على منزله.";
    assertEquals(LocalDate.of(2026, 12, 2), Dateline.locate(text, TODAY).orElseThrow().date());
    assertEquals(LocalDate.of(2020, 12, 2), Dateline.locate(text, a.latest(TODAY)).orElseThrow().date());
  }

  @Test
  void theAnnotatorReadsItsLatestDateProperty() {
    Properties p = new Properties();
    p.setProperty("hadath_time." + TimeAnnotator.LATEST_DATE, "2021-10-16");
    new TimeAnnotator("hadath_time", p); // accepted
    p.setProperty("hadath_time." + TimeAnnotator.LATEST_DATE, "16/10/2021");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TimeAnnotator("hadath_time", p));
    assertTrue(e.getMessage().contains("YYYY-MM-DD"), e.getMessage());
  }
}
