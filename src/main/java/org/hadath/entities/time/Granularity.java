package org.hadath.entities.time;

/**
 * The precision of a time expression's anchor (a day, a week, a month, a year, hours), and
 * MINUTE for a clock time (الساعة 23:35), which names no day of its own.
 */
public enum Granularity {
  MINUTE, HOUR, DAY, WEEK, MONTH, YEAR
}
