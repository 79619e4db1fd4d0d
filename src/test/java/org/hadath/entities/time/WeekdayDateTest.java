package org.hadath.entities.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** Dates a sentence names with their weekday, and the year a weekday picks within a caller's window. */
class WeekdayDateTest {

  /** An archive of five years, as a caller would give it. */
  private static final DateWindow TODAY = new DateWindow(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));

  @Test
  void theWeekdayFixesAnUnwrittenYear() {
    String text = "خبر عاجل\nقتل راعٍ صباح اليوم الأربعاء 14 تموز بقذيفة سقطت قرب قرية التلال.";
    DocumentDate d = WeekdayDate.find(text, TODAY).orElseThrow();
    // 14 July fell on a Wednesday in 2021 (and in 2027, outside the window)
    assertEquals(LocalDate.of(2021, 7, 14), d.date());
    assertEquals(DocumentDate.Source.WEEKDAY, d.source());
    assertTrue(text.substring(d.begin(), d.end()).startsWith("الأربعاء"));
  }

  @Test
  void aWrittenYearIsKeptAndNumericDatesAreRead() {
    assertEquals(LocalDate.of(2023, 2, 10),
        WeekdayDate.find("وقع الانفجار يوم الجمعة 10 شباط/فبراير 2023 في السوق.", TODAY).orElseThrow().date());
    assertEquals(LocalDate.of(2022, 5, 8),
        WeekdayDate.find("سقطت القذائف مساء يوم الأحد 8-5-2022 على الحي.", TODAY).orElseThrow().date());
    assertEquals(LocalDate.of(2024, 3, 6),
        WeekdayDate.find("أصيب طفلان اليوم الأربعاء، ٦ آذار، بقصف مدفعي.", TODAY).orElseThrow().date());
  }

  @Test
  void aDayGluedToItsMonth() {
    assertEquals(LocalDate.of(2022, 7, 11),
        WeekdayDate.find("قصفت المدفعية مساء اليوم الاثنين 11تموز/يوليو البلدة.", TODAY).orElseThrow().date());
  }

  @Test
  void twoMonthNamesThatDisagreeLeaveNoDate() {
    assertTrue(WeekdayDate.find("قتل مدنيان اليوم الثلاثاء 9 تشرين الأول/ نوفمبر في القرية.", TODAY).isEmpty());
  }

  @Test
  void aWidgetOpeningItsLineIsNoSentence() {
    assertTrue(WeekdayDate.find("السبت 1 آب, 2026\nعناوين اليوم", TODAY).isEmpty());
    assertTrue(WeekdayDate.find("نص بلا تاريخ يوم الجمعة الماضي.", TODAY).isEmpty());
  }

  @Test
  void withoutAWindowOrAYearThatFitsTheDateIsPartial() {
    String text = "قصف اليوم الأربعاء 2 كانون الأول.";
    // no window: the reader's clock says nothing of the year
    DocumentDate d = WeekdayDate.find(text, null).orElseThrow();
    assertFalse(d.hasYear());
    assertNull(d.date());
    assertEquals(MonthDay.of(12, 2), d.monthDay());
    assertEquals(DayOfWeek.WEDNESDAY, d.weekday());
    assertEquals("XXXX-12-02", d.iso());
    // 2 December was a Wednesday in 2020 and 2026, in none of 2021-2025 (a writer's slip): partial
    assertFalse(WeekdayDate.find(text, TODAY).orElseThrow().hasYear());
    // a window of eight years holds two such Wednesdays: partial too
    DateWindow wide = new DateWindow(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31));
    assertFalse(WeekdayDate.find(text, wide).orElseThrow().hasYear());
    // the year up to a reference day the caller gives holds one
    assertEquals(LocalDate.of(2026, 12, 2), WeekdayDate.find(text, DateWindow.before(LocalDate.of(2026, 12, 7)))
        .orElseThrow().date());
    assertEquals(LocalDate.of(2020, 12, 10), WeekdayDate.find("قصف اليوم الخميس 10 كانون الأول.",
        new DateWindow(LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31))).orElseThrow().date());
  }

  @Test
  void aBracketedDateOrOneAfterALinkingWord() {
    // 16 March fell on a Thursday in 2023 (and 2017)
    assertEquals(LocalDate.of(2023, 3, 16),
        WeekdayDate.find("أصيب مزارع، اليوم الخميس (16 آذار)، بقذيفة سقطت في أرضه.", TODAY).orElseThrow().date());
    assertEquals(LocalDate.of(2022, 6, 8),
        WeekdayDate.find("نشرة أسعار الخضار اليوم الأربعاء الموافق 8 حزيران 2022", TODAY).orElseThrow().date());
  }
}
