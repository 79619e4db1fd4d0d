package org.hadath.entities.places;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hadath.entities.PhraseMatcher;
import org.hadath.util.ModelFiles;
import org.hadath.normalize.ArabicKeys;

/**
 * The place knowledge of the library, loaded from {@code hadath/models/entities/}: the
 * gazetteer, the cue nouns, the direction words, the common-word guards and the words that end
 * a name. Validated at load ({@link org.hadath.util.ModelFormatException} names file and line);
 * immutable and thread-safe; {@link #defaults()} loads once per JVM.
 */
public final class PlaceGazetteer {

  /** Class-path folder of the entity models. */
  public static final String MODELS = "entities/";

  /**
   * A cue noun and the type it implies; {@code several} for a dual or plural cue (قريتي،
   * قرى) whose list of names after و or ، are all places.
   */
  public record Cue(String key, PlaceType type, boolean several) {
    /** A cue naming one place. */
    public Cue(String key, PlaceType type) {
      this(key, type, false);
    }
  }

  /** A direction word or phrase and whether it precedes or follows the name. */
  public record DirectionWord(Direction direction, boolean before) {}

  /** How a common-word guard restricts a name. */
  public enum Guard { NEEDS_CUE, NOT_VERB }

  private final ImmutableMap<String, Place> places;
  private final PhraseMatcher<Place> names;
  private final PhraseMatcher<Cue> cues;
  private final PhraseMatcher<DirectionWord> directions;
  private final ImmutableMap<String, Guard> guards;
  private final ImmutableSet<String> nameStops;
  private final ImmutableSet<String> locatives;
  /** Words that open many names of two words or more ({@link #opensNames}). */
  private final ImmutableSet<String> openers;

  private PlaceGazetteer(ImmutableMap<String, Place> places, PhraseMatcher<Place> names,
      PhraseMatcher<Cue> cues, PhraseMatcher<DirectionWord> directions,
      ImmutableMap<String, Guard> guards, ImmutableSet<String> nameStops,
      ImmutableSet<String> locatives) {
    this.locatives = locatives;
    this.places = places;
    this.names = names;
    this.cues = cues;
    this.directions = directions;
    this.guards = guards;
    this.nameStops = nameStops;
    this.openers = openers(places.values());
  }

  /** The fewest names of two words or more a word must open to count as a name's first word. */
  static final int MIN_OPENED = 5;

  /**
   * The first words (matching keys) of at least {@value #MIN_OPENED} of the gazetteer's names of
   * two words or more (تل، كفر، عين، أبو، دير): read from the names, not listed by hand.
   */
  static ImmutableSet<String> openers(Iterable<Place> places) {
    com.google.common.collect.Multiset<String> first = com.google.common.collect.HashMultiset.create();
    for (Place p : places) {
      for (String a : p.aliases()) {
        String[] w = ArabicKeys.matchKey(a).trim().split("\\s+");
        if (w.length > 1) {
          first.add(w[0]);
        }
      }
    }
    return first.entrySet().stream().filter(e -> e.getCount() >= MIN_OPENED)
        .map(com.google.common.collect.Multiset.Entry::getElement).collect(ImmutableSet.toImmutableSet());
  }

  private static final class Holder {
    static final PlaceGazetteer DEFAULT = load(ModelFiles.packaged());
  }

  /** The project's gazetteer, loaded on first use, once per JVM. */
  public static PlaceGazetteer defaults() {
    return Holder.DEFAULT;
  }

  /** The gazetteer of {@code models}: the shared default for the packaged models, else loaded. */
  public static PlaceGazetteer of(ModelFiles models) {
    return models == ModelFiles.packaged() ? defaults() : load(models);
  }

  /** Loads and validates the place models of {@code models} (the files under {@link #MODELS}). */
  public static PlaceGazetteer load(ModelFiles models) {
    String placesRes = MODELS + "places.tsv";
    String cuesRes = MODELS + "place_cues.tsv";
    String directionsRes = MODELS + "place_directions.tsv";
    String guardsRes = MODELS + "place_guards.tsv";
    String functionWordsRes = MODELS + "function_words.tsv";
    ImmutableMap<String, Place> places = readPlaces(models.table(placesRes,
        List.of("id", "name_en", "type", "governorate", "country", "lat", "lon", "aliases",
            "source")));
    PhraseMatcher.Builder<Place> nb = PhraseMatcher.builder();
    for (Place p : places.values()) {
      for (String a : p.aliases()) {
        nb.add(a, p);
      }
    }
    PhraseMatcher.Builder<Cue> cb = PhraseMatcher.builder();
    for (ModelFiles.Row r : models.table(cuesRes, List.of("cue", "type", "names")).rows()) {
      if (!r.get(2).equals("ONE") && !r.get(2).equals("SEVERAL")) {
        throw r.error("names must be ONE or SEVERAL: '" + r.get(2) + "'");
      }
      cb.add(r.get(0), new Cue(ArabicKeys.matchKey(r.get(0)), r.getEnum(PlaceType.class, 1, "PlaceType"),
          r.get(2).equals("SEVERAL")));
    }
    PhraseMatcher.Builder<DirectionWord> db = PhraseMatcher.builder();
    for (ModelFiles.Row r : models.table(directionsRes,
        List.of("form", "direction", "position")).rows()) {
      String pos = r.get(2);
      if (!pos.equals("BEFORE") && !pos.equals("AFTER")) {
        throw r.error("position must be BEFORE or AFTER: " + pos);
      }
      db.add(r.get(0), new DirectionWord(r.getEnum(Direction.class, 1, "Direction"), pos.equals("BEFORE")));
    }
    ImmutableMap.Builder<String, Guard> gb = ImmutableMap.builder();
    for (ModelFiles.Row r : models.table(guardsRes, List.of("form", "rule")).rows()) {
      gb.put(ArabicKeys.matchKey(r.get(0)), r.getEnum(Guard.class, 1, "Guard"));
    }
    ImmutableSet.Builder<String> stops = ImmutableSet.builder();
    ImmutableSet.Builder<String> locatives = ImmutableSet.builder();
    for (ModelFiles.Row r : models.table(functionWordsRes, List.of("form", "role"))
        .rows()) {
      if (r.get(1).equals("NAME_STOP")) {
        stops.add(ArabicKeys.matchKey(r.get(0)));
      } else if (r.get(1).equals("LOCATIVE")) {
        locatives.add(ArabicKeys.matchKey(r.get(0)));
      }
    }
    return new PlaceGazetteer(places, nb.build(), cb.build(), db.build(),
        gb.buildKeepingLast(), stops.build(), locatives.build());
  }

  /** Parses and validates the place table (exposed for tests of malformed files). */
  public static ImmutableMap<String, Place> readPlaces(ModelFiles.Table t) {
    Map<String, Place> byId = new LinkedHashMap<>();
    Map<String, ModelFiles.Row> rowOf = new HashMap<>();
    for (ModelFiles.Row r : t.rows()) {
      String id = r.get(0);
      if (id.isEmpty()) {
        throw r.error("empty id");
      }
      if (byId.containsKey(id)) {
        throw r.error("duplicate id " + id + " (first on line " + rowOf.get(id).line() + ")");
      }
      PlaceType type = r.getEnum(PlaceType.class, 2, "PlaceType");
      Double lat = coordinate(r, 5, 90);
      Double lon = coordinate(r, 6, 180);
      if ((lat == null) != (lon == null)) {
        throw r.error("lat and lon must both be given or both be empty");
      }
      ImmutableList.Builder<String> aliases = ImmutableList.builder();
      for (String a : r.get(7).split("\\|")) {
        if (!a.isBlank()) {
          aliases.add(a.trim());
        }
      }
      ImmutableList<String> al = aliases.build();
      if (al.isEmpty()) {
        throw r.error("place " + id + " has no alias");
      }
      if (r.get(8).isEmpty()) {
        throw r.error("place " + id + " has no source");
      }
      byId.put(id, new Place(id, r.get(1), type, emptyToNull(r.get(3)), emptyToNull(r.get(4)),
          lat, lon, al, r.get(8)));
      rowOf.put(id, r);
    }
    for (Place p : byId.values()) {
      if (p.governorate() != null) {
        Place g = byId.get(p.governorate());
        if (g == null || g.type() != PlaceType.GOVERNORATE) {
          throw rowOf.get(p.id()).error("governorate " + p.governorate()
              + " is not the id of a GOVERNORATE row");
        }
      }
    }
    return ImmutableMap.copyOf(byId);
  }

  private static Double coordinate(ModelFiles.Row r, int col, double max) {
    if (r.get(col).isEmpty()) {
      return null;
    }
    try {
      double v = Double.parseDouble(r.get(col));
      if (Math.abs(v) > max) {
        throw r.error("coordinate out of range: " + v);
      }
      return v;
    } catch (NumberFormatException e) {
      throw r.error("not a number: " + r.get(col));
    }
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /** All places by id, in file order. */
  public ImmutableMap<String, Place> places() {
    return places;
  }

  /** The place with {@code id}, or null. */
  public Place place(String id) {
    return places.get(id);
  }

  PhraseMatcher<Place> names() {
    return names;
  }

  PhraseMatcher<Cue> cues() {
    return cues;
  }

  PhraseMatcher<DirectionWord> directions() {
    return directions;
  }

  /** The guard on a name's matching key, or null. */
  Guard guard(String key) {
    return guards.get(key);
  }

  /** True when a word (matching key) is a preposition of place (في، ب): a hashtag after it is a place. */
  boolean isLocative(String key) {
    return locatives.contains(key);
  }

  /**
   * True when a word (matching key) opens many of the gazetteer's names of two words or more
   * (أبو، تل، كفر): alone after a cue (منطقة أبو حامضة) it is a name's start, not the whole name.
   */
  boolean opensNames(String key) {
    return openers.contains(key);
  }

  /** True when a word (matching key) can never be part of a name. */
  boolean isNameStop(String key) {
    return nameStops.contains(key);
  }
}
