package org.hadath.incidents;

import com.google.common.base.Preconditions;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A closed range of days (a single day when {@code from == to}).
 *
 * @param from first day
 * @param to last day, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {
  /**
   * Checks the range.
   *
   * @throws NullPointerException when a day is null
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public DateRange {
    Preconditions.checkNotNull(from);
    Preconditions.checkNotNull(to);
    Preconditions.checkArgument(!to.isBefore(from), "range ends before it starts: %s..%s", from, to);
  }

  /** The single day {@code d}. */
  public static DateRange day(LocalDate d) {
    return new DateRange(d, d);
  }

  /**
   * Parses an ISO date ({@code 2024-12-05}) or interval ({@code 2024-12-01/2024-12-05}), as the
   * time layer writes them; a month or year alone ({@code 2024-12}) becomes its whole range.
   * Returns null for anything else, a date without its year ({@code XXXX-12-02}) too, so an odd
   * value costs a date, not the document.
   */
  public static DateRange parse(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      String[] parts = iso.trim().split("/", 2);
      DateRange a = one(parts[0]);
      DateRange b = parts.length > 1 ? one(parts[1]) : a;
      return a == null || b == null || b.to.isBefore(a.from) ? null : new DateRange(a.from, b.to);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static DateRange one(String s) {
    String t = s.length() > 10 ? s.substring(0, 10) : s;
    if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return day(LocalDate.parse(t));
    }
    if (t.matches("\\d{4}-\\d{2}")) {
      LocalDate f = LocalDate.parse(t + "-01");
      return new DateRange(f, f.plusMonths(1).minusDays(1));
    }
    if (t.matches("\\d{4}")) {
      LocalDate f = LocalDate.of(Integer.parseInt(t), 1, 1);
      return new DateRange(f, f.plusYears(1).minusDays(1));
    }
    return null;
  }

  /** Days between the two ranges: 0 when they overlap, 1 from a day to the next. */
  public long gapDays(DateRange o) {
    if (o.to.isBefore(from)) {
      return ChronoUnit.DAYS.between(o.to, from);
    }
    if (to.isBefore(o.from)) {
      return ChronoUnit.DAYS.between(to, o.from);
    }
    return 0;
  }

  /** Length in days, 1 for a single day. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The smallest range holding both. */
  public DateRange span(DateRange o) {
    return new DateRange(from.isBefore(o.from) ? from : o.from, to.isAfter(o.to) ? to : o.to);
  }

  @Override
  public String toString() {
    return from.equals(to) ? from.toString() : from + "/" + to;
  }
}
