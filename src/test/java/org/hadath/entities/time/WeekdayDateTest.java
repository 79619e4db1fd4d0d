package org.hadath.entities.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates a sentence names with their weekday, and the year a weekday implies. */
class WeekdayDateTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @Test
  void theWeekdayFixesAnUnwrittenYear() {
    String text = "خبر عاجل\nقتل راعٍ صباح اليوم الأربعاء 14 تموز بقذيفة سقطت قرب قرية التلال.";
    DocumentDate d = WeekdayDate.find(text, TODAY).orElseThrow();
    // 14 July fell on a Wednesday in 2021 (and in 2027, which is after today)
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
  void noDayLaterThanToday() {
    // 2 December 2026 is a Wednesday, 5 days before today: taken; a Thursday 10 December is not 2026's
    assertEquals(LocalDate.of(2026, 12, 2), WeekdayDate.find("قصف اليوم الأربعاء 2 كانون الأول.", TODAY).orElseThrow().date());
    assertEquals(LocalDate.of(2020, 12, 10), WeekdayDate.find("قصف اليوم الخميس 10 كانون الأول.", TODAY).orElseThrow().date());
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
