package org.hadath.incidents;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.Comparator;
import org.hadath.entities.places.Place;
import org.hadath.entities.places.PlaceGazetteer;
import org.hadath.entities.places.PlaceType;

/**
 * The village a record's reports agree on when its frames name only the town that heads the
 * area. Outlets hang a strike on the district's town (قصف على جرابلس) and name the village
 * struck once, lower down (في قرية X بريف جرابلس); the record is about the village when most
 * of its reports name it and the gazetteer places it near the town.
 */
final class VillageOfSeat {

  private VillageOfSeat() {}

  /** How far from the town a village may lie to be one of its area (a district's radius). */
  static final double MAX_KM = 20;

  /**
   * The village most of {@code reports} name (at least two, and at least half of them) among
   * their places, placed by the gazetteer within {@link #MAX_KM} of {@code seat}, when
   * {@code seat} is a town heading an area ({@link #seat}); else null.
   */
  static IncidentPlace of(IncidentPlace seat, Iterable<ReportNote> reports) {
    if (!seat.hasCoordinates() || !seat(seat)) {
      return null;
    }
    Map<String, List<IncidentPlace>> byKey = new LinkedHashMap<>();
    Set<String> docs = new HashSet<>();
    for (ReportNote n : reports) {
      docs.add(n.doc());
      Set<String> seen = new HashSet<>();
      for (IncidentPlace x : n.places()) {
        if (!x.coarse() && x.hasCoordinates() && !x.identity().equals(seat.identity()) && !seat(x)
            && x.kmTo(seat) <= MAX_KM && seen.add(x.identity())) {
          byKey.computeIfAbsent(x.identity(), k -> new ArrayList<>()).add(x);
        }
      }
    }
    int need = Math.max(2, (docs.size() + 1) / 2);
    return byKey.values().stream().filter(l -> l.size() >= need)
        .max(Comparator.comparingInt(List::size)).map(l -> l.get(0)).orElse(null);
  }

  /**
   * True for a place heading an area: a city, or a town bearing the name of a district or
   * subdistrict of the gazetteer (جرابلس، المالكية).
   */
  static boolean seat(IncidentPlace p) {
    Place g = p.placeId() == null ? null : PlaceGazetteer.defaults().place(p.placeId());
    if (g == null) {
      return false;
    }
    if (g.type() == PlaceType.CITY) {
      return true;
    }
    return g.aliases().stream().map(IncidentPlace::key).anyMatch(unitKeys()::contains);
  }

  private static Set<String> unitKeys() {
    return UNITS.get();
  }

  /** The keys of every district and subdistrict alias of the gazetteer, read once. */
  private static final Supplier<Set<String>> UNITS = Suppliers.memoize(() -> {
    Set<String> out = new HashSet<>();
    for (Place g : PlaceGazetteer.defaults().places().values()) {
      if (g.type() == PlaceType.DISTRICT || g.type() == PlaceType.SUBDISTRICT) {
        g.aliases().stream().map(IncidentPlace::key).forEach(out::add);
      }
    }
    return Set.copyOf(out);
  });
}
