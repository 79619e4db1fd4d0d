package org.hadath.entities.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates written without their year: a caller's window is the only thing that gives them one
 * ({@link DateWindow}), the times counted from them are written {@code XXXX-MM-DD}
 * ({@link PartialDates}) until a consumer that knows the year puts it back.
 */
class PartialDatesTest {

  @Test
  void aWindowGivesAYearOnlyWhenOneDayFits() {
    DateWindow fiveYears = new DateWindow(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
    // Sunday 7 November: 2021 alone in 2021-2025
    assertEquals(LocalDate.of(2021, 11, 7), fiveYears.only(MonthDay.of(11, 7), DayOfWeek.SUNDAY).orElseThrow());
    // no weekday: every year of the window holds 7 November
    assertTrue(fiveYears.only(MonthDay.of(11, 7), null).isEmpty());
    // the year up to a reference day holds each month-day once
    assertEquals(LocalDate.of(2023, 12, 30), DateWindow.before(LocalDate.of(2024, 3, 1)).only(MonthDay.of(12, 30), null)
        .orElseThrow());
    // 29 February in a window without a leap year
    assertTrue(new DateWindow(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31)).only(MonthDay.of(2, 29), null).isEmpty());
    assertEquals(new DateWindow(LocalDate.of(2021, 3, 2), LocalDate.of(2022, 3, 1)), DateWindow.parse("2022-03-01"));
    assertEquals(new DateWindow(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 3, 1)), DateWindow.parse("2021-01-01/2022-03-01"));
    assertThrows(IllegalArgumentException.class, () -> DateWindow.parse("1/3/2022"));
  }

  @Test
  void aPartialDocumentDateKeepsItsMonthDayAndWeekday() {
    DocumentDate d = DocumentDate.partial(MonthDay.of(12, 2), DayOfWeek.WEDNESDAY, DocumentDate.Source.WEEKDAY, 4, 20);
    assertFalse(d.hasYear());
    assertTrue(d.full().isEmpty());
    assertEquals("XXXX-12-02", d.iso());
    assertEquals(d, DocumentDate.parse("XXXX-12-02", DayOfWeek.WEDNESDAY, DocumentDate.Source.WEEKDAY, 4, 20));
    // 2 December was a Wednesday in 2020: a window of 2019-2021 fixes it, keeping where it was found
    DocumentDate full = d.complete(new DateWindow(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31)));
    assertEquals(LocalDate.of(2020, 12, 2), full.date());
    assertEquals(4, full.begin());
    assertEquals(DocumentDate.Source.WEEKDAY, full.source());
    assertEquals(d, d.complete(null), "no window, no year");
    // a full date must agree with its own month-day and weekday
    assertThrows(IllegalArgumentException.class, () -> new DocumentDate(LocalDate.of(2021, 12, 2), MonthDay.of(12, 2),
        DayOfWeek.WEDNESDAY, DocumentDate.Source.CALLER, -1, -1));
  }

  @Test
  void timesCountedFromAPartialDateAreWrittenWithoutTheirYear() {
    LocalDate standIn = PartialDates.standIn(
        DocumentDate.partial(MonthDay.of(1, 1), DayOfWeek.SATURDAY, DocumentDate.Source.WEEKDAY, 0, 5));
    assertEquals(DayOfWeek.SATURDAY, standIn.getDayOfWeek());
    assertEquals(MonthDay.of(1, 1), MonthDay.from(standIn));
    assertEquals("XXXX-12-31", PartialDates.yearless(standIn.minusDays(1).toString(), standIn), "أمس across the new year");
    assertEquals("XXXX-12-30/XXXX-12-31",
        PartialDates.yearless(standIn.minusDays(2) + "/" + standIn.minusDays(1), standIn));
    assertNull(PartialDates.yearless(standIn.minusYears(1) + "/" + standIn.minusDays(200), standIn), "العام الماضي needs the year");
    assertNull(PartialDates.yearless(standIn.getYear() + "-01", standIn), "a month is no day");
    // a stamp without a weekday cannot count الثلاثاء: no stand-in
    assertNull(PartialDates.standIn(DocumentDate.partial(MonthDay.of(1, 11), null, DocumentDate.Source.YEARLESS_STAMP, 0, 5)));
    // once the year is known: the day nearest the document's date
    assertEquals("2021-12-31", PartialDates.complete("XXXX-12-31", LocalDate.of(2022, 1, 1)));
    assertEquals("2022-01-01/2022-01-02", PartialDates.complete("XXXX-01-01/XXXX-01-02", LocalDate.of(2021, 12, 31)));
    assertEquals("2019-03-02", PartialDates.complete("2019-03-02", LocalDate.of(2022, 1, 1)), "a written year stays");
    // the day before 1 March of a stand-in leap year, in a year without 29 February: no day near, not 2020's
    assertEquals(null, PartialDates.complete("XXXX-02-29", LocalDate.of(2021, 3, 1)));
    assertEquals("2024-02-29", PartialDates.complete("XXXX-02-29", LocalDate.of(2024, 3, 1)));
  }

  @Test
  void aWrittenDateKeepsItsValueAndARelativeOneLosesItsYear() {
    LocalDate standIn = LocalDate.of(2020, 12, 2);
    TimeMention written = new TimeMention("3 آذار 2019", 0, 11, 0, 0, 3, "2019-03-03", Granularity.DAY, null);
    TimeMention writtenStood = new TimeMention("3 آذار 2019", 0, 11, 0, 0, 3, "2019-03-03", Granularity.DAY, null);
    TimeMention yesterday = new TimeMention("أمس", 20, 23, 0, 5, 6, null, Granularity.DAY, null);
    TimeMention yesterdayStood = new TimeMention("أمس", 20, 23, 0, 5, 6, "2020-12-01", Granularity.DAY, null);
    List<TimeMention> out = PartialDates.merge(List.of(written, yesterday), List.of(writtenStood, yesterdayStood), standIn);
    assertEquals("2019-03-03", out.get(0).value());
    assertEquals("XXXX-12-01", out.get(1).value());
    assertEquals("أمس", out.get(1).text());
  }
}
