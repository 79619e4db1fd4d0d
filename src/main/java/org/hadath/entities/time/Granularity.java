package org.hadath.entities.time;

/**
 * The precision of a time expression's anchor (a day, a week, a month, a year, hours), and
 * MINUTE for a clock time (الساعة 23:35), which names no day of its own.
 */
public enum Granularity {
  /** A clock time (الساعة 23:35), or minutes. */
  MINUTE,
  /** Hours (منذ ثلاث ساعات): counted from the document date by whole days. */
  HOUR,
  /** A day (أمس، السبت). */
  DAY,
  /** A week (الأسبوع الماضي). */
  WEEK,
  /** A month (الشهر الماضي، آذار). */
  MONTH,
  /** A year (العام الماضي). */
  YEAR
}
