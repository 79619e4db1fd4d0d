package org.hadath.incidents;

import com.google.common.collect.Iterables;
import com.google.common.collect.Multiset;
import com.google.common.collect.HashMultiset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hadath.entities.places.Place;
import org.hadath.entities.places.PlaceGazetteer;

/**
 * The place an incident record reports, chosen from what its reports name. Which record a
 * report joins is {@link MergeRules}' decision and uses {@link Draft#place()}; this class only
 * says where the finished record happened:
 *
 * <ol>
 *   <li>the place most of its sightings name, with places outside the record's country after
 *       the others (the country most of its placed sightings lie in: a dateline's بيروت or a
 *       statement from أنقرة does not place a strike in Syria), specific before coarse, a place
 *       the gazetteer resolved without coordinates ({@link IncidentPlace#doubtful()}) after the
 *       others, with coordinates when any spelling has them;</li>
 *   <li>when that is a governorate, a doubtful place or nothing: the place most of its reports
 *       name ({@link #byReports}: among the {@link ReportNote#places()} of the reports without
 *       frames that joined and of the reports told with frames, once per report), again outside
 *       the record's country last;</li>
 *   <li>when that is a town heading an area (a city, or a town named like its district): the
 *       village most of its reports name near it ({@link VillageOfSeat});</li>
 *   <li>when its sightings write a village inside that town ({@link Sighting#spot()}: محيط قرية
 *       الكندة بريف جسر الشغور) and at least half its reports name it: that village
 *       ({@link #spotIn}); else a village no gazetteer places that its sightings name and at
 *       least half its reports name ({@link #villageOfSightings});</li>
 *   <li>a place the gazetteer knows is written the gazetteer's way ({@link #named}): outlets
 *       spell one village كفرعمّة and كفر عمة, and a record is compared and read by its name.</li>
 * </ol>
 */
final class RecordPlace {

  private RecordPlace() {}

  /**
   * The record's place, from the places of its {@code sightings} and what its {@code notes}
   * (reports without frames) and {@code named} (the other reports' own notes) name; null when
   * none names a place.
   */
  static IncidentPlace of(List<IncidentPlace> sightings, List<ReportNote> notes, List<ReportNote> named) {
    return of(sightings, List.of(), notes, named);
  }

  /**
   * {@link #of(List, List, List)}, with the villages the sightings write inside their towns
   * ({@code spots}, {@link Sighting#spot()}): a record placed at such a town reports the
   * village written inside it most often.
   */
  static IncidentPlace of(List<IncidentPlace> sightings, List<IncidentPlace> spots, List<ReportNote> notes,
      List<ReportNote> named) {
    String home = home(sightings);
    Iterable<ReportNote> reports = Iterables.concat(notes, named); // a view, read by each step below
    IncidentPlace p = mostNamed(sightings, home, true);
    if (p == null || p.coarse() || p.doubtful()) {
      IncidentPlace q = byReports(reports, home);
      p = q != null ? q : p;
    }
    if (p != null && !p.coarse()) {
      IncidentPlace v = VillageOfSeat.of(p, reports);
      p = v != null ? v : p;
    }
    IncidentPlace s = p == null ? null : spotIn(p, spots, reports);
    if (s == null && p != null && p.hasCoordinates() && VillageOfSeat.seat(p)) {
      s = villageOfSightings(p, sightings, reports);
    }
    p = s != null ? s : p;
    p = p == null ? null : fullest(p, sightings);
    p = p == null ? null : asWritten(p, reports);
    return p == null ? null : named(p);
  }

  /**
   * {@code p}, when the gazetteer does not know it, spelled as its {@code reports} write it
   * most often ({@link ReportNote#written()}: كفرنوران three times and كفر نوران once make
   * كفرنوران, whichever spelling the sighting that chose it had), and, when nothing places it,
   * inside the town a report writes right after it ({@link Containers}), so that the record
   * gives that town's coordinates. A place the gazetteer knows is left as it is.
   */
  static IncidentPlace asWritten(IncidentPlace p, Iterable<ReportNote> reports) {
    if (p.placeId() != null) {
      return p;
    }
    Map<String, Integer> spellings = new LinkedHashMap<>();
    IncidentPlace container = null;
    for (ReportNote n : reports) {
      for (IncidentPlace w : n.written()) {
        if (w.placeId() == null && w.key().equals(p.key())) {
          spellings.merge(w.text(), 1, Integer::sum);
          container = container == null ? w.within() : container;
        }
      }
    }
    int own = spellings.getOrDefault(p.text(), 0);
    String text = spellings.entrySet().stream().filter(e -> e.getValue() > own)
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(p.text());
    IncidentPlace out = text.equals(p.text()) ? p
        : new IncidentPlace(text, p.key(), null, p.governorate(), p.lat(), p.lon(), p.coarse(), p.within());
    return out.located() == null && container != null ? out.withWithin(container) : out;
  }

  /**
   * The place most of {@code notes} name among their places ({@link ReportNote#places()}, a
   * place the gazetteer cannot place left out), counted once per report: a post naming the
   * village and the area it lies in (قرية X، منطقة Y) and three others naming only Y agree on
   * Y, whichever each names first. Outside {@code home} last; of places named by as many
   * reports, the one more reports name first, then the first named. Null when none names one.
   */
  static IncidentPlace byReports(Iterable<ReportNote> notes, String home) {
    Map<String, List<IncidentPlace>> byKey = new LinkedHashMap<>();
    Map<String, Integer> firsts = new HashMap<>();
    for (ReportNote n : notes) {
      Set<String> seen = new HashSet<>();
      for (IncidentPlace x : n.places()) {
        if (!x.doubtful() && seen.add(x.identity())) {
          if (seen.size() == 1) {
            firsts.merge(x.identity(), 1, Integer::sum);
          }
          byKey.computeIfAbsent(x.identity(), k -> new ArrayList<>()).add(x);
        }
      }
    }
    return byKey.values().stream()
        .max(Comparator.<List<IncidentPlace>, Boolean>comparing(l -> !abroad(l.get(0), home))
            .thenComparingInt(List::size)
            .thenComparingInt(l -> firsts.getOrDefault(l.get(0).identity(), 0)))
        .map(Draft::representative).orElse(null);
  }

  /**
   * The place of {@code spots} written inside {@code town} most often (of equals, the first),
   * when at least half the record's {@code reports} name it somewhere (a village one report of
   * a record of many names inside the town may be another strike's); else null.
   */
  static IncidentPlace spotIn(IncidentPlace town, List<IncidentPlace> spots, Iterable<ReportNote> reports) {
    Map<String, List<IncidentPlace>> byKey = new LinkedHashMap<>();
    for (IncidentPlace s : spots) {
      if (s.within().identity().equals(town.identity())) {
        byKey.computeIfAbsent(s.identity(), k -> new ArrayList<>()).add(s);
      }
    }
    IncidentPlace best = byKey.values().stream().max(Comparator.comparingInt(List::size))
        .map(Draft::representative).orElse(null);
    if (best == null) {
      return null;
    }
    Set<String> docs = new HashSet<>();
    Set<String> naming = new HashSet<>();
    for (ReportNote n : reports) {
      docs.add(n.doc());
      if (n.named().stream().anyMatch(x -> x.identity().equals(best.identity()))) {
        naming.add(n.doc());
      }
    }
    return 2 * naming.size() >= docs.size() ? best : null;
  }

  /**
   * The village no gazetteer places that sightings of a record placed at {@code town} (a town
   * heading an area) name, read as lying inside the town, when at least half the record's
   * {@code reports} name it ({@link #spotIn}): one post tells the shelling of farmers in قرية X
   * بالريف الغربي لمدينة Y, another only the countryside of Y, and both tell of X. A village a
   * report writes inside another town is not this town's.
   */
  private static IncidentPlace villageOfSightings(IncidentPlace town, List<IncidentPlace> sightings,
      Iterable<ReportNote> reports) {
    List<IncidentPlace> villages = sightings.stream()
        .filter(x -> x.placeId() == null && !x.coarse()
            && (x.within() == null || x.within().identity().equals(town.identity())))
        .map(x -> x.withWithin(town)).toList();
    return villages.isEmpty() ? null : spotIn(town, villages, reports);
  }

  /**
   * {@code p}, or the compound name a sighting gives for it when {@code p} is that name cut to
   * its first word ({@link PlaceMatch#shortens}: a post writes آشمة for آمشة عوينة): the record
   * writes the village's full name, which outlets that never shorten it search for. Only for a
   * name the gazetteer does not know.
   */
  static IncidentPlace fullest(IncidentPlace p, List<IncidentPlace> sightings) {
    if (p.placeId() != null) {
      return p;
    }
    for (IncidentPlace q : sightings) {
      if (q.placeId() == null && PlaceMatch.shortens(p, q)) {
        return q.within() == null && p.within() != null ? q.withWithin(p.within()) : q;
      }
    }
    return p;
  }

  /**
   * The place {@code places} name most often: outside {@code home} last, and, when
   * {@code specificFirst}, specific before coarse and undoubted before doubtful; of equals,
   * the first named.
   */
  private static IncidentPlace mostNamed(List<IncidentPlace> places, String home, boolean specificFirst) {
    Map<String, List<IncidentPlace>> byKey = new LinkedHashMap<>();
    for (IncidentPlace p : places) {
      byKey.computeIfAbsent(p.identity(), k -> new ArrayList<>()).add(p);
    }
    Comparator<List<IncidentPlace>> order = Comparator.comparing(l -> !abroad(l.get(0), home));
    if (specificFirst) {
      order = order.thenComparing(l -> !l.get(0).coarse()).thenComparing(l -> !l.get(0).doubtful());
    }
    return byKey.values().stream().max(order.thenComparingInt(List::size)).map(Draft::representative).orElse(null);
  }

  /**
   * The country most of {@code places} that the gazetteer places lie in, or null when none
   * does or two countries tie (a doubtful place, most often a homonym abroad, has no say).
   */
  static String home(List<IncidentPlace> places) {
    Multiset<String> countries = HashMultiset.create();
    for (IncidentPlace p : places) {
      String c = country(p);
      if (c != null && p.hasCoordinates()) {
        countries.add(c);
      }
    }
    String best = null;
    int most = 0;
    boolean tie = false;
    for (Multiset.Entry<String> e : countries.entrySet()) {
      if (e.getCount() > most) {
        best = e.getElement();
        most = e.getCount();
        tie = false;
      } else if (e.getCount() == most) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** True when the gazetteer puts {@code p} in a country other than {@code home} (never when either is unknown). */
  static boolean abroad(IncidentPlace p, String home) {
    String c = country(p);
    return home != null && c != null && !c.equals(home);
  }

  /** The country the gazetteer gives for {@code p} (a country's own id for a country), or null. */
  private static String country(IncidentPlace p) {
    Place g = gazetteered(p);
    if (g == null) {
      return null;
    }
    return g.country() != null && !g.country().isEmpty() ? g.country() : null;
  }

  private static Place gazetteered(IncidentPlace p) {
    return p.placeId() == null ? null : PlaceGazetteer.defaults().place(p.placeId());
  }

  /**
   * {@code p} with the gazetteer's name (its first alias) as its text when the gazetteer knows
   * it, else {@code p} as a report wrote it.
   */
  static IncidentPlace named(IncidentPlace p) {
    Place g = gazetteered(p);
    if (g == null || g.aliases().isEmpty() || g.aliases().get(0).equals(p.text())) {
      return p;
    }
    return new IncidentPlace(g.aliases().get(0), p.key(), p.placeId(), p.governorate(), p.lat(), p.lon(), p.coarse(),
        p.within());
  }
}
