package org.hadath.incidents;

/**
 * How two places relate, for deciding whether two reports tell of one incident.
 * {@link #between} is symmetric.
 */
public enum PlaceMatch {
  /** The same place: same gazetteer id, or the same name. */
  SAME,
  /** Near enough to be one place: within the distance, or one name the end of the other (سد تشرين / تشرين). */
  NEAR,
  /** One is a governorate or country holding the other: compatible, but no evidence. */
  INSIDE,
  /** At least one place is unknown. */
  UNKNOWN,
  /** Different places. */
  CONFLICT;

  /** How {@code a} and {@code b} relate; {@code maxKm} is the distance under which two places are one. */
  public static PlaceMatch between(IncidentPlace a, IncidentPlace b, double maxKm) {
    if (a == null || b == null) {
      return UNKNOWN;
    }
    if (a.placeId() != null && a.placeId().equals(b.placeId()) || a.key().equals(b.key())) {
      return a.coarse() && b.coarse() ? INSIDE : SAME;
    }
    if (a.coarse() || b.coarse()) {
      IncidentPlace big = a.coarse() ? a : b;
      IncidentPlace small = a.coarse() ? b : a;
      if (small.coarse()) {
        return big.governorate() == null || small.governorate() == null ? INSIDE : CONFLICT;
      }
      // a country (no governorate) holds everything; a governorate holds what lies in it
      boolean holds = big.governorate() == null || big.governorate().equals(small.governorate())
          || small.governorate() == null;
      return holds ? INSIDE : CONFLICT;
    }
    if (nameInside(a.key(), b.key()) || nameInside(b.key(), a.key())) {
      return NEAR;
    }
    if (a.hasCoordinates() && b.hasCoordinates() && a.kmTo(b) <= maxKm) {
      return NEAR;
    }
    return CONFLICT;
  }

  /**
   * True when {@code big} ends with {@code small} and {@code small} is long enough to mean
   * something (سد تشرين and تشرين): keys carry no spaces, so the end of a compound name is the
   * only safe place to look.
   */
  private static boolean nameInside(String small, String big) {
    return small.length() >= 4 && big.endsWith(small);
  }
}
