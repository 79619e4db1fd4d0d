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

  /** As {@link #date(int, int, int)}, each part written in digits. */
  static Optional<LocalDate> date(String y, String m, String d) {
    return date(number(y), number(m), number(d));
  }
}
