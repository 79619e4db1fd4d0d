package org.hadath.incidents;

import org.hadath.normalize.ArabicGrammar;

/**
 * How two places relate, for deciding whether two reports tell of one incident.
 * {@link #between} is symmetric.
 */
public enum PlaceMatch {
  /** The same place: same gazetteer id, or the same name. */
  SAME,
  /** Near enough to be one place: within the distance, or one name the end of the other (سد تشرين / تشرين). */
  NEAR,
  /**
   * One is written inside the other by a report (قرية الجماس بريف عين عيسى and عين عيسى): a
   * village and the town or district holding it, which the gazetteer may not link.
   */
  WITHIN,
  /** One is a governorate or country holding the other: compatible, but no evidence. */
  INSIDE,
  /** At least one place is unknown. */
  UNKNOWN,
  /** Different places. */
  CONFLICT;

  /**
   * True when {@code a} and {@code b} are one place by {@link #between}: {@link #SAME} or
   * {@link #NEAR}. The test every comparison of two reports' specific places makes (notes
   * grouped together, a report's focus, the places two reports share); a place written inside
   * the other ({@link #WITHIN}) is no evidence of one spot.
   */
  public static boolean oneSpot(IncidentPlace a, IncidentPlace b, double maxKm) {
    PlaceMatch m = between(a, b, maxKm);
    return m == SAME || m == NEAR;
  }

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
    if ((!a.hasCoordinates() || !b.hasCoordinates())
        && (spellings(a.key(), b.key()) || shortForm(a.text(), b.key()) || shortForm(b.text(), a.key())
            || variantOfFirstWord(a.text(), b.text()) || variantOfFirstWord(b.text(), a.text()))) {
      return NEAR;
    }
    if (holds(a.within(), b, maxKm) || holds(b.within(), a, maxKm)) {
      return WITHIN;
    }
    return CONFLICT;
  }

  /** True when {@code container}, a place a report wrote another inside, is {@code p} or near it. */
  private static boolean holds(IncidentPlace container, IncidentPlace p, double maxKm) {
    return container != null && !container.coarse() && sameOrNear(container, p, maxKm);
  }

  private static boolean sameOrNear(IncidentPlace a, IncidentPlace b, double maxKm) {
    if (a.placeId() != null && a.placeId().equals(b.placeId()) || a.key().equals(b.key())) {
      return true;
    }
    if (a.hasCoordinates() && b.hasCoordinates()) {
      return a.kmTo(b) <= maxKm;
    }
    return spellings(a.key(), b.key());
  }

  /**
   * True when two keys of at least four letters are spellings of one name: one is the other
   * with long vowels left out (ديريك / ديرك، قورقانيا / قورقنيا), or they are equal but for two
   * neighbouring letters swapped (آشمة / آمشة), or an initial ع written as أ (عقيبة / أقيبة), or ض for ظ (حامضة / حامظة). A vowel for another (تلول / تلال) is another
   * word. Used only when a side has no coordinates to tell them apart.
   */
  static boolean spellings(String a, String b) {
    if (a.length() < 4 || b.length() < 4 || a.equals(b)) {
      return a.equals(b);
    }
    if (a.length() != b.length()) {
      return a.length() > b.length() ? dropsVowels(a, b) : dropsVowels(b, a);
    }
    if (a.substring(1).equals(b.substring(1)) && ArabicGrammar.INITIAL_AYN_SPELLINGS.indexOf(a.charAt(0)) >= 0
        && ArabicGrammar.INITIAL_AYN_SPELLINGS.indexOf(b.charAt(0)) >= 0) {
      return true; // an initial ع heard as a glottal stop and written أ: عقيبة / أقيبة
    }
    int first = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (first < 0) {
          first = i;
        } else {
          return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
              && a.substring(i + 1).equals(b.substring(i + 1));
        }
      }
    }
    // one letter apart: only ض for ظ, which the spoken language merged
    return first >= 0 && ArabicGrammar.MERGED_EMPHATICS.indexOf(a.charAt(first)) >= 0
        && ArabicGrammar.MERGED_EMPHATICS.indexOf(b.charAt(first)) >= 0;
  }

  /** True when {@code shorter} is {@code longer} with some long vowels (ا و ي ى) left out. */
  private static boolean dropsVowels(String longer, String shorter) {
    int j = 0;
    for (int i = 0; i < longer.length(); i++) {
      char c = longer.charAt(i);
      if (j < shorter.length() && shorter.charAt(j) == c) {
        j++;
      } else if (ArabicGrammar.LONG_VOWEL_LETTERS.indexOf(c) < 0) {
        return false;
      }
    }
    return j == shorter.length();
  }

  /**
   * True when {@code name}, a single word of at least {@value #SHORT_FORM_MIN} letters, is the
   * first word of the compound name whose key is {@code key} (حوايج of حوايج بومصعة): posts
   * shorten a village's name to its first word. Used only when a side has no coordinates.
   */
  private static boolean shortForm(String name, String key) {
    String k = IncidentPlace.key(name);
    return !name.trim().contains(" ") && k.length() >= SHORT_FORM_MIN && key.length() > k.length() + 2
        && key.startsWith(k);
  }

  private static final int SHORT_FORM_MIN = 5;

  /**
   * True when {@code brief} is {@code full} shortened to its first word, however that word is
   * spelled (حوايج of حوايج بومصعة, آشمة of آمشة عوينة).
   */
  static boolean shortens(IncidentPlace brief, IncidentPlace full) {
    return full.text().trim().split("[\\s_]+").length >= 2
        && (shortForm(brief.text(), full.key()) || variantOfFirstWord(brief.text(), full.text()));
  }

  /**
   * True when {@code name}, a single word, is another spelling ({@link #spellings}) of the
   * first word of the compound name {@code compound} (آشمة of آمشة عوينة): a post shortens the
   * village's name to its first word and writes that word as outlets hear it.
   */
  private static boolean variantOfFirstWord(String name, String compound) {
    String[] words = compound.trim().split("[\\s_]+");
    if (name.trim().contains(" ") || words.length < 2) {
      return false;
    }
    String k = IncidentPlace.key(name);
    String first = IncidentPlace.key(words[0]);
    return !k.equals(first) && spellings(k, first);
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
