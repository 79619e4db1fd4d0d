package org.hadath.entities.time;

/** The part of the day a time expression names (فجر، صباح، ظهر، عصر، مساء، ليل). */
public enum PartOfDay {
  /** فجر: dawn, the hours before sunrise (also called DAWN). */
  FAJR,
  /** صباح */
  MORNING,
  /** ظهر */
  NOON,
  /** عصر */
  AFTERNOON,
  /** مساء */
  EVENING,
  /** ليل، ليلة */
  NIGHT;

  /** Alias: FAJR is the dawn. */
  public static final PartOfDay DAWN = FAJR;
}
