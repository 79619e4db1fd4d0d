package org.hadath.entities.time;

/** The precision of a time expression's anchor (a day, a week, a month, a year, hours). */
public enum Granularity {
  HOUR, DAY, WEEK, MONTH, YEAR
}
