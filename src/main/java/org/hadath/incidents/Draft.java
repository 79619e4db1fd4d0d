package org.hadath.incidents;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hadath.events.CasualtyKind;

/**
 * An open incident record: the sightings merged so far. Mutable, owned by one
 * {@link IncidentBuilder}; {@link #toIncident} freezes it.
 */
final class Draft {

  private final String id;
  private final List<Sighting> sightings = new ArrayList<>();
  /** Reports without frames that joined: members only, they shape none of the record's fields. */
  private final List<ReportNote> notes = new ArrayList<>();
  /**
   * The places the reports told with frames name anywhere (their {@link ReportNote}s): a guess
   * at the record's place when the frames named none finer than a governorate.
   */
  private final List<ReportNote> named = new ArrayList<>();
  private DateRange textDates;
  private DateRange docDates;
  /** The day a dated note gave the record while no report with frames dated it ({@link #noteDay}). */
  private LocalDate noteDay;
  private long lastTouched;

  /** A record opened by {@code first}, the {@code seq}-th report read. */
  public Draft(String id, Sighting first, long seq) {
    this.id = id;
    add(first, seq);
  }

  /** Adds a sighting read as the {@code seq}-th report. */
  public void add(Sighting s, long seq) {
    sightings.add(s);
    lastTouched = seq;
    if (s.date() != null) {
      if (s.dateFromDocument()) {
        docDates = docDates == null ? s.date() : docDates.span(s.date());
      } else {
        textDates = textDates == null ? s.date() : textDates.span(s.date());
      }
    }
  }

  /** Adds a report without frames ({@link ReportNote}): a member, but no evidence of type, date, place or toll. */
  public void add(ReportNote note) {
    notes.add(note);
    if (dates() == null && noteDay == null) {
      noteDay = noteDay(note);
    }
  }

  /**
   * The day of {@code note}'s dates (its own date and the day before) that falls on the one
   * weekday this record's sightings name, when the record is undated and they name exactly one;
   * else null. Stories of "today, Saturday" that carry no date of their own are dated by a page
   * of that Saturday (or the Sunday after) telling of them, though a note never dates a record
   * its frames dated.
   */
  public LocalDate noteDay(ReportNote note) {
    if (dates() != null || note.date() == null) {
      return null;
    }
    Set<Integer> named = sightings.stream().map(Sighting::weekday).filter(Objects::nonNull).collect(Collectors.toSet());
    if (named.size() != 1) {
      return null;
    }
    int w = named.iterator().next();
    for (LocalDate x = note.date().from(); !x.isAfter(note.date().to()); x = x.plusDays(1)) {
      if (x.getDayOfWeek().getValue() == w) {
        return x;
      }
    }
    return null;
  }

  /**
   * Adds what a report told with frames names anywhere ({@link ReportNote#of}): no member, no
   * evidence for merging, only a guess at the place when the frames name none.
   */
  public void addNamed(ReportNote note) {
    if (note != null && named.stream().noneMatch(n -> n.doc().equals(note.doc()))) {
      named.add(note);
    }
  }

  /** What the reports told with frames name outside them ({@link #addNamed}), in the order read. */
  public List<ReportNote> named() {
    return Collections.unmodifiableList(named);
  }

  /**
   * True when a report of the record names a person {@code report} names ({@link
   * ReportNote#sharesPerson}): a report without frames, or one whose core the record is (a
   * roundup's side incidents do not share the names its main story gives).
   */
  public boolean namesPersonOf(ReportNote report) {
    return report != null && !report.people().isEmpty()
        && (named.stream().anyMatch(n -> hasCoreOf(n.doc()) && report.sharesPerson(n))
            || notes.stream().anyMatch(report::sharesPerson));
  }

  /** True when every sighting of the record meets {@code test}. */
  boolean sightingsMatch(Predicate<Sighting> test) {
    return sightings.stream().allMatch(test);
  }

  /** True when reports without frames joined the record ({@link #add(ReportNote)}). */
  boolean hasNotes() {
    return !notes.isEmpty();
  }

  /**
   * Moves this record's sightings and what their report names into {@code host} (a record of
   * a lone report of another family, {@link RecordMatcher#host}); this record is then spent.
   */
  void moveInto(Draft host) {
    Preconditions.checkState(notes.isEmpty(), "a record with notes is not moved");
    for (Sighting s : sightings) {
      host.add(s, lastTouched);
    }
    named.forEach(host::addNamed);
  }

  /** The record's id. */
  public String id() {
    return id;
  }

  /**
   * {@link TypeFamily#VIOLENCE} once a sighting of violence joined, else the family of its
   * first sighting: people fled or gave up because of the strike, which is the incident,
   * whichever report was read first.
   */
  public TypeFamily family() {
    return sightings.stream().anyMatch(s -> s.family() == TypeFamily.VIOLENCE) ? TypeFamily.VIOLENCE
        : sightings.get(0).family();
  }

  /** True when its first sighting is asserted. */
  public boolean asserted() {
    return sightings.get(0).asserted();
  }

  /** The range of the dates the texts gave, else of the reports' own dates, else null. */
  public DateRange dates() {
    return textDates != null ? textDates : docDates;
  }

  /** True when some report's text dated the event. */
  public boolean hasTextDate() {
    return textDates != null;
  }

  /** The last day the record may be about, or null when undated. */
  public LocalDate lastDay() {
    DateRange d = dates();
    return d == null ? null : d.to();
  }

  /** True when a sighting of report {@code doc} is in the record already. */
  public boolean hasReport(String doc) {
    return sightings.stream().anyMatch(s -> s.doc().equals(doc)) || notes.stream().anyMatch(n -> n.doc().equals(doc));
  }

  /** True when the record is some report's core incident ({@link Sighting#core()}). */
  public boolean hasCore() {
    return sightings.stream().anyMatch(Sighting::core);
  }

  /** True when the record is the core incident of report {@code doc} ({@link Sighting#core()}). */
  public boolean hasCoreOf(String doc) {
    return sightings.stream().anyMatch(s -> s.core() && s.doc().equals(doc));
  }

  /**
   * True when the record's undated sightings name a weekday and none names {@code weekday}:
   * two undated stories of one town told on different days of the week are two incidents.
   */
  public boolean otherWeekday(Integer weekday) {
    return weekday != null && sightings.stream().anyMatch(s -> s.weekday() != null)
        && sightings.stream().noneMatch(s -> weekday.equals(s.weekday()));
  }

  /** How many reports tell of the record with frames. */
  public int reports() {
    return (int) sightings.stream().map(Sighting::doc).distinct().count();
  }

  /** The report number of the last sighting added. */
  public long lastTouched() {
    return lastTouched;
  }

  /** The agents its sightings name (actor ids, or texts when unresolved). */
  public Set<String> actors() {
    return sightings.stream().flatMap(s -> s.actors().stream()).collect(Collectors.toSet());
  }

  /** The places its sightings name. */
  public List<IncidentPlace> places() {
    return sightings.stream().map(Sighting::place).filter(p -> p != null).toList();
  }

  /** The villages its sightings write inside their towns ({@link Sighting#spot()}). */
  public List<IncidentPlace> spots() {
    return sightings.stream().map(Sighting::spot).filter(p -> p != null).toList();
  }

  /** The figure of {@code kind} with the highest minimum, or null. */
  public Figure largest(CasualtyKind kind) {
    return sightings.stream().map(s -> s.figures().get(kind)).filter(f -> f != null)
        .max(Comparator.comparingLong(Figure::min)).orElse(null);
  }

  /** The immutable record, with casualties merged by {@code tolls}. */
  public Incident toIncident(Tolls tolls) {
    TypeFamily family = family();
    Sighting first = sightings.stream().filter(s -> s.asserted() && s.family() == family).findFirst()
        .orElseGet(() -> sightings.stream().filter(s -> s.family() == family).findFirst().orElseThrow());
    Set<String> actors = new LinkedHashSet<>();
    Set<String> reports = new LinkedHashSet<>();
    ImmutableList.Builder<Mention> mentions = ImmutableList.builder();
    Map<CasualtyKind, List<Figure>> figures = new EnumMap<>(CasualtyKind.class);
    for (Sighting s : sightings) {
      actors.addAll(s.actors());
      reports.add(s.doc());
      mentions.addAll(s.mentions());
      s.figures().forEach((k, f) -> figures.computeIfAbsent(k, x -> new ArrayList<>()).add(f));
    }
    for (ReportNote n : notes) {
      reports.add(n.doc());
      mentions.add(Mention.ofReport(n.doc()));
    }
    Map<CasualtyKind, CasualtyRange> cas = new EnumMap<>(CasualtyKind.class);
    figures.forEach((k, fs) -> cas.put(k, tolls.merge(k, fs)));
    LocalDate day = RecordDay.of(sightings, dates());
    DateRange range = dates();
    if (day == null && noteDay != null) {
      day = noteDay;
      range = DateRange.day(noteDay);
    }
    return new Incident(id, first.type(), day, range, recordPlace(), ImmutableSet.copyOf(actors),
        ImmutableMap.copyOf(cas), first.polarity(), first.modality(), ImmutableSet.copyOf(reports), mentions.build());
  }

  /**
   * The place named by most sightings, or null: specific before coarse, and a place the
   * gazetteer resolved without coordinates ({@link IncidentPlace#doubtful()}) after the
   * others; with coordinates when any spelling has them.
   */
  public IncidentPlace place() {
    Map<String, List<IncidentPlace>> byKey = new LinkedHashMap<>();
    for (IncidentPlace p : places()) {
      byKey.computeIfAbsent(p.identity(), k -> new ArrayList<>()).add(p);
    }
    return byKey.values().stream()
        .max(Comparator.<List<IncidentPlace>, Boolean>comparing(l -> !l.get(0).coarse())
            .thenComparing(l -> !l.get(0).doubtful())
            .thenComparingInt(List::size))
        .map(Draft::representative)
        .orElse(null);
  }

  /** The record's place ({@link RecordPlace}): what the finished record reports, not what merging compares. */
  private IncidentPlace recordPlace() {
    return RecordPlace.of(places(), spots(), notes, named);
  }

  /** One spelling of a place, with coordinates when any has them and what holds it when any says. */
  static IncidentPlace representative(List<IncidentPlace> spellings) {
    IncidentPlace p = spellings.stream().filter(IncidentPlace::hasCoordinates).findFirst().orElse(spellings.get(0));
    if (p.within() == null) {
      IncidentPlace w = spellings.stream().map(IncidentPlace::within).filter(x -> x != null).findFirst().orElse(null);
      p = w == null ? p : p.withWithin(w);
    }
    return p;
  }
}
