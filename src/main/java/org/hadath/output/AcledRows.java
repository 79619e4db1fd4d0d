package org.hadath.output;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hadath.entities.actors.Actor;
import org.hadath.entities.places.Place;
import org.hadath.events.CasualtyKind;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.Role;
import org.hadath.events.Span;

/**
 * Turns event frames into rows of the ACLED-shaped event table: ACLED's column names where
 * they apply, then Hadath's own columns. One row per frame; every cell a string (empty when
 * the text does not say). Which role fills which actor column follows the annotation guide:
 * AGENT for strikes, bombings and evacuations, the fighting sides (PARTICIPANT) for clashes,
 * the people who gave themselves up (THEME) for surrenders. {@code event_date} is the first TIME
 * argument that is one day, {@code XXXX-MM-DD} when the text wrote no year, empty otherwise.
 * Thread-safe.
 */
public final class AcledRows {
  /** The table's columns, in order. */
  public static final ImmutableList<String> HEADER = ImmutableList.of(
      "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
      "actor2", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes",
      "fatalities", "fatalities_max", "injured_min", "injured_max", "approximate", "polarity",
      "modality", "claimed", "trigger", "begin", "end", "rule", "doc");

  /**
   * A resolved calendar day (TIME arguments may also be months, years or open intervals), or a
   * day whose year the text did not write ({@code XXXX-12-02}, see
   * {@link org.hadath.entities.time.DocumentDate}): its month and day are the text's, and an
   * empty cell would drop them.
   */
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}|XXXX)-\\d{2}-\\d{2}");

  private final SubEventTypes subEventTypes;
  private final GeoPrecision geoPrecision;
  private final EntityNames names;

  /** Rows with the given vocabularies. */
  public AcledRows(SubEventTypes subEventTypes, GeoPrecision geoPrecision, EntityNames names) {
    this.subEventTypes = Preconditions.checkNotNull(subEventTypes);
    this.geoPrecision = Preconditions.checkNotNull(geoPrecision);
    this.names = Preconditions.checkNotNull(names);
  }

  /** Rows with the packaged vocabularies and entity tables. */
  public static AcledRows defaults() {
    return new AcledRows(SubEventTypes.getDefault(), GeoPrecision.getDefault(), EntityNames.defaults());
  }

  /** Rows with the vocabularies and entity tables of {@code models} (a user's edited copies over the packaged ones). */
  public static AcledRows load(org.hadath.util.ModelFiles models) {
    return models == org.hadath.util.ModelFiles.packaged() ? defaults()
        : new AcledRows(SubEventTypes.load(models), GeoPrecision.load(models), EntityNames.load(models));
  }

  /** The row of frame number {@code index} (0-based) of {@code doc}, one cell per {@link #HEADER} column. */
  public List<String> row(DocumentEvents doc, int index) {
    EventFrame f = doc.events().get(index);
    List<String> row = new ArrayList<>(HEADER.size());
    row.add(doc.docId() + "-" + (index + 1));
    row.add(eventDate(f));
    row.add(f.type().name());
    row.add(subEventTypes.of(f));
    List<Argument> actors1 = actorSide1(f);
    row.add(actors1.isEmpty() ? "" : actorName(actors1.get(0)));
    row.add(actors1.stream().skip(1).map(this::actorName).collect(Collectors.joining("; ")));
    row.add(actorSide2(f).stream().findFirst().map(this::actorName).orElse(""));
    Argument loc = location(f);
    Place place = loc == null ? null : names.place(loc.placeId());
    Place gov = loc == null ? null : names.place(loc.governorate());
    row.add(gov != null ? gov.nameEn() : loc != null && loc.governorate() != null ? loc.governorate() : "");
    row.add(place != null ? place.nameEn() : loc != null ? loc.span().text() : "");
    row.add(loc == null || loc.lat() == null ? "" : loc.lat().toString());
    row.add(loc == null || loc.lon() == null ? "" : loc.lon().toString());
    Integer precision = place == null ? null : geoPrecision.of(place.type());
    row.add(precision == null ? "" : precision.toString());
    row.add(f.arguments(Role.SOURCE).stream().map(this::actorName).collect(Collectors.joining("; ")));
    Span sentence = doc.sentenceOf(f);
    row.add(sentence == null ? "" : sentence.text().strip());
    Figure killed = figure(f, CasualtyKind.KILLED);
    Figure injured = figure(f, CasualtyKind.INJURED);
    row.add(killed.min());
    row.add(killed.max());
    row.add(injured.min());
    row.add(injured.max());
    row.add(Boolean.toString(f.casualties().stream().anyMatch(c -> c.quantity().approximate())));
    row.add(f.polarity().name());
    row.add(f.modality().name());
    row.add(Boolean.toString(f.claimed()));
    row.add(f.trigger().text());
    row.add(Integer.toString(f.trigger().begin()));
    row.add(Integer.toString(f.trigger().end()));
    row.add(f.rule() == null ? "" : f.rule());
    row.add(doc.docId());
    return row;
  }

  private static String eventDate(EventFrame f) {
    return f.arguments(Role.TIME).stream().map(Argument::time)
        .filter(t -> t != null && ISO_DAY.matcher(t).matches()).findFirst().orElse("");
  }

  private static List<Argument> actorSide1(EventFrame f) {
    return switch (f.type()) {
      case CLASH -> f.arguments(Role.PARTICIPANT).subList(0, Math.min(1, f.arguments(Role.PARTICIPANT).size()));
      case SURRENDER -> f.arguments(Role.THEME);
      default -> f.arguments(Role.AGENT);
    };
  }

  private static List<Argument> actorSide2(EventFrame f) {
    return switch (f.type()) {
      case CLASH -> f.arguments(Role.PARTICIPANT).stream().skip(1).toList();
      case SURRENDER -> f.arguments(Role.RECIPIENT);
      case EVACUATION -> f.arguments(Role.THEME);
      default -> f.arguments(Role.TARGET);
    };
  }

  /** The frame's place: the first LOCATION resolved to a known place, else the first LOCATION. */
  private static Argument location(EventFrame f) {
    List<Argument> locs = f.arguments(Role.LOCATION);
    return locs.stream().filter(a -> a.placeId() != null).findFirst().orElse(locs.isEmpty() ? null : locs.get(0));
  }

  /** An actor's English name when resolved to a known actor, else the words of the text. */
  private String actorName(Argument a) {
    Actor actor = names.actor(a.actorId());
    return actor != null ? actor.nameEn() : a.span().text();
  }

  /** A casualty figure as two cells: the sum of minima, and of maxima (empty when unbounded). */
  private record Figure(String min, String max) {}

  private static Figure figure(EventFrame f, CasualtyKind kind) {
    List<Casualty> cs = f.casualties().stream().filter(c -> c.kind() == kind).toList();
    if (cs.isEmpty()) {
      return new Figure("", "");
    }
    long min = 0;
    Long max = 0L;
    for (Casualty c : cs) {
      min += c.quantity().min();
      max = max == null || c.quantity().max() == null ? null : max + c.quantity().max();
    }
    return new Figure(Long.toString(min), max == null ? "" : max.toString());
  }
}
