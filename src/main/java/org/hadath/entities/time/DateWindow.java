package org.hadath.entities.time;

import com.google.common.base.Preconditions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The days a caller says its documents were written in (an archive's span, or the year up to a
 * reference date), the only evidence that may give a year to a date written without one (اليوم
 * الأربعاء 2 كانون الأول، a post stamped {@code January 11}). The clock of the machine running the
 * library is no such evidence: an archive is read years after it was written, and a weekday
 * falls on the same day again every 5, 6 or 11 years.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive, not before {@code from}
 */
public record DateWindow(LocalDate from, LocalDate to) {

  /**
   * Checks the window.
   *
   * @throws NullPointerException when a day is null
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public DateWindow {
    Preconditions.checkNotNull(from, "from");
    Preconditions.checkNotNull(to, "to");
    Preconditions.checkArgument(!to.isBefore(from), "window ends before it starts: %s/%s", from, to);
  }

  /**
   * The year up to {@code reference} (a report's day of collection or publication): a stamp or
   * weekday date written without its year in a report of that day is one of the 365 days
   * before it.
   */
  public static DateWindow before(LocalDate reference) {
    Preconditions.checkNotNull(reference, "reference");
    return new DateWindow(reference.minusYears(1).plusDays(1), reference);
  }

  /**
   * Parses {@code FROM/TO} (ISO dates) or one ISO date (the year up to it, {@link #before}).
   *
   * @throws IllegalArgumentException with the text when it is neither
   */
  public static DateWindow parse(String s) {
    Preconditions.checkArgument(s != null && !s.isBlank(), "no date window given");
    try {
      String[] parts = s.strip().split("/", 2);
      return parts.length == 1 ? before(LocalDate.parse(parts[0].strip()))
          : new DateWindow(LocalDate.parse(parts[0].strip()), LocalDate.parse(parts[1].strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("a date window is YYYY-MM-DD/YYYY-MM-DD or YYYY-MM-DD, not '" + s + "'", e);
    }
  }

  /** Whether {@code d} lies in the window. */
  public boolean holds(LocalDate d) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  /**
   * The one day of the window that is {@code monthDay} and, when {@code weekday} is given, falls
   * on it; empty when no day or more than one qualifies (a window of several years holds a
   * month-day every year; a weekday picks one only where the years differ in it).
   */
  public Optional<LocalDate> only(MonthDay monthDay, DayOfWeek weekday) {
    Preconditions.checkNotNull(monthDay, "monthDay");
    LocalDate found = null;
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      if (!monthDay.isValidYear(y)) {
        continue;
      }
      LocalDate d = monthDay.atYear(y);
      if (holds(d) && (weekday == null || d.getDayOfWeek() == weekday)) {
        if (found != null) {
          return Optional.empty();
        }
        found = d;
      }
    }
    return Optional.ofNullable(found);
  }

  @Override
  public String toString() {
    return from + "/" + to;
  }
}
