package org.hadath.entities.places;

import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which place an alias written as a cue and a known name gives, without the models. */
class PlaceChoiceTest {

  private static Place place(String id, PlaceType type) {
    return new Place(id, id, type, null, "SY", null, null, ImmutableList.of(), "test");
  }

  private static final Place TOWN = place("town", PlaceType.CITY);
  private static final Place AIRPORT = place("town-airport", PlaceType.AIRPORT);
  private static final Place SUBDISTRICT = place("town-subdistrict", PlaceType.SUBDISTRICT);

  @Test
  void facilityCalledAfterATownIsTheFacility() {
    // مطار X: the whole alias is the airport, the name alone the town
    assertSame(AIRPORT, PlaceChoice.ofCueType(List.of(AIRPORT), TOWN, PlaceType.AIRPORT));
  }

  @Test
  void facilityOfAnotherCountryIsNotTheTownsFacility() {
    // an alias shared across a border: the airport of the town's own country, never the other one
    Place abroad = new Place("abroad-airport", "abroad-airport", PlaceType.AIRPORT, null, "IQ", null, null,
        ImmutableList.of(), "test");
    assertSame(TOWN, PlaceChoice.ofCueType(List.of(abroad), TOWN, PlaceType.AIRPORT));
    assertSame(AIRPORT, PlaceChoice.ofCueType(List.of(abroad, AIRPORT), TOWN, PlaceType.AIRPORT));
    // and of the cue's type only: a camp cue takes no airport of the alias
    assertSame(TOWN, PlaceChoice.ofCueType(List.of(AIRPORT), TOWN, PlaceType.CAMP));
  }

  @Test
  void nameOfTheCueTypeKeepsItsPlace() {
    // ناحية X: the name alone already gives the subdistrict the cue asks for
    assertSame(SUBDISTRICT, PlaceChoice.ofCueType(List.of(AIRPORT), SUBDISTRICT, PlaceType.SUBDISTRICT));
  }

  @Test
  void wholeAliasOfAnotherTypeChangesNothing() {
    // مدينة X written as an alias of the town itself: no place of another type is taken
    assertSame(TOWN, PlaceChoice.ofCueType(List.of(TOWN), TOWN, PlaceType.CAMP));
    assertSame(null, PlaceChoice.ofCueType(List.of(AIRPORT), null, PlaceType.AIRPORT));
  }
}
