package org.hadath.entities.places;

import java.util.List;

/** Which of the places sharing an alias a mention names, from its cue's type. */
final class PlaceChoice {
  private PlaceChoice() {}

  /**
   * Picks among places sharing an alias: the cue's type decides (مدينة دير الزور is the city,
   * ريف دير الزور the governorate); without a cue a settlement is preferred over the
   * governorate, district or subdistrict of the same name (ناحية هجين is the subdistrict,
   * هجين the town); otherwise file order (curated rows come first).
   */
  static Place choose(List<Place> candidates, PlaceType cueType) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (cueType != null) {
      for (Place p : candidates) {
        if (p.type() == cueType) {
          return p;
        }
      }
      if (cueType == PlaceType.REGION) {
        for (Place p : candidates) {
          if (p.type() == PlaceType.GOVERNORATE) {
            return p;
          }
        }
      }
    }
    for (Place p : candidates) {
      if (p.type() != PlaceType.GOVERNORATE && p.type() != PlaceType.DISTRICT
          && p.type() != PlaceType.SUBDISTRICT) {
        return p;
      }
    }
    for (Place p : candidates) {
      if (p.type() != PlaceType.GOVERNORATE) {
        return p;
      }
    }
    return candidates.get(0);
  }
}
