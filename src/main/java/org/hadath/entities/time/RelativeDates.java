package org.hadath.entities.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.hadath.entities.time.TimeLexicon.Relative;

/**
 * Resolves the times that count from the document date: relative days and periods (أمس،
 * الأسبوع الماضي، الشهر الجاري), named weekdays (the latest such day on or before the
 * document date; ليل الأحد الإثنين as the night between two), and durations (منذ ثلاثة أيام).
 */
final class RelativeDates {

  private RelativeDates() {}

  /** The days relative period {@code r} covers, counted from {@code doc}; null for an odd unit. */
  static DaySpan relative(Relative r, LocalDate doc) {
    switch (r.unit()) {
      case DAY -> {
        return DaySpan.day(doc.plusDays(r.offset()));
      }
      case WEEK -> {
        if (r.offset() == 0) {
          return new DaySpan(doc.minusDays(6), doc);
        }
        LocalDate end = doc.minusDays(1 + 7L * (-r.offset() - 1));
        return new DaySpan(end.minusDays(6), end);
      }
      case MONTH -> {
        YearMonth ym = YearMonth.from(doc).plusMonths(r.offset());
        return new DaySpan(ym.atDay(1), r.offset() == 0 ? doc : ym.atEndOfMonth());
      }
      case YEAR -> {
        int y = doc.getYear() + r.offset();
        return new DaySpan(LocalDate.of(y, 1, 1), r.offset() == 0 ? doc : LocalDate.of(y, 12, 31));
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * The day of weekday {@code w1}, the latest on or before {@code doc}; or with {@code w2} the
   * night between two named days (ليل الأحد الإثنين), the latest whose evening ({@code w1}) is on
   * or before {@code doc}: a report of Sunday that tells of the night of Sunday to Monday was
   * written that night (or stamped with the day before), not a week after.
   */
  static DaySpan weekdays(int w1, Integer w2, LocalDate doc) {
    if (w2 == null) {
      return DaySpan.day(mostRecent(w1, doc));
    }
    LocalDate d1 = mostRecent(w1, doc);
    LocalDate d2 = d1.plusDays(1);
    if (d2.getDayOfWeek().getValue() != w2) {
      d2 = mostRecent(w2, doc); // two days that do not follow each other: each its latest
    }
    return d1.isAfter(d2) ? new DaySpan(d2, d1) : new DaySpan(d1, d2);
  }

  /** The most recent given ISO weekday on or before {@code doc}. */
  static LocalDate mostRecent(int isoDay, LocalDate doc) {
    return doc.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(isoDay)));
  }

  /**
   * The day of ISO weekday {@code isoDay} nearest to {@code d} (at most three days away): a
   * relative day named with its weekday (أمس الأربعاء، اليوم الخميس) is that weekday, even when
   * the document date it counts from is a day off (a page stamped after midnight, a capture
   * date, a quoted post's day).
   */
  static LocalDate nearest(int isoDay, LocalDate d) {
    int diff = Math.floorMod(isoDay - d.getDayOfWeek().getValue(), 7);
    return diff <= 3 ? d.plusDays(diff) : d.minusDays(7 - diff);
  }

  /** {@code n} units before {@code d} (hours and minutes by whole days). */
  static LocalDate minus(LocalDate d, Granularity unit, long n) {
    return switch (unit) {
      case MINUTE, HOUR -> d.minusDays(n / 24);
      case DAY -> d.minusDays(n);
      case WEEK -> d.minusWeeks(n);
      case MONTH -> d.minusMonths(n);
      case YEAR -> d.minusYears(n);
    };
  }
}
