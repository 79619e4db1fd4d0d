package org.hadath.entities.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reading the numbers of a written date into a day, for the document-date readers
 * ({@link Dateline}, {@link ClockStamp}, {@link WeekdayDate}): digits of any script, and a
 * calendar check that turns an impossible date (31/2, month 13) into no date rather than an
 * exception.
 */
final class CalendarDates {
  private CalendarDates() {}

  /** The value of {@code digits}, ASCII or Arabic-Indic ({@link Character#digit}); -1 when not a number. */
  static int number(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The day of year {@code y}, month {@code m}, day {@code d}; empty when a part is not a number or no such day exists. */
  static Optional<LocalDate> date(int y, int m, int d) {
    if (y < 0 || m < 0 || d < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The day of a numeric date written day first (25/12/2023, as Arabic pages write it), or month
   * first when the second number cannot be a month and the first can (12/25/2023: a US page's
   * stamp); empty when neither reading is a day.
   */
  static Optional<LocalDate> dayFirst(String first, String second, String year) {
    Optional<LocalDate> d = date(year, second, first);
    if (d.isEmpty() && number(second) > 12) {
      return date(year, first, second);
    }
    return d;
  }

  /** As {@link #date(int, int, int)}, each part written in digits. */
  static Optional<LocalDate> date(String y, String m, String d) {
    return date(number(y), number(m), number(d));
  }
}
