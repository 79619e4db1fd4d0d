package org.hadath.entities.time;

import java.time.LocalDate;

/**
 * An inclusive interval of days a time expression resolves to: a single day when
 * {@code start == end}; {@code end} null when the interval is open (منذ عام 2011 with no
 * document date to close it).
 *
 * @param start first day
 * @param end last day, or null when open
 */
record DaySpan(LocalDate start, LocalDate end) {

  /** The single day {@code d}. */
  static DaySpan day(LocalDate d) {
    return new DaySpan(d, d);
  }

  /** The ISO form the time layer writes: a day, {@code from/to}, or {@code from/..} when open. */
  String iso() {
    if (end == null) {
      return start + "/..";
    }
    return start.equals(end) ? start.toString() : start + "/" + end;
  }
}
