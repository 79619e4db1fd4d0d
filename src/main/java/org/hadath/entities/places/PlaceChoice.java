package org.hadath.entities.places;

import java.util.List;
import java.util.Objects;

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

  /**
   * The place {@code whole}, an alias written as a cue and a known name (مطار حلب, مخيم الهول),
   * names when it is of the cue's type and {@code byName}, the place the name alone gives, is
   * not: an airport or a camp called after a town is not the town, though the head stays the
   * town's name. Only a place of the cue's type in the name's country: an alias shared across
   * borders (an airport of another country called after a town of the same name) is not the
   * facility of the town the text names. Otherwise {@code byName}.
   */
  static Place ofCueType(List<Place> whole, Place byName, PlaceType cueType) {
    if (byName == null || byName.type() == cueType) {
      return byName;
    }
    for (Place p : whole) {
      if (p.type() == cueType && Objects.equals(p.country(), byName.country())) {
        return p;
      }
    }
    return byName;
  }
}
