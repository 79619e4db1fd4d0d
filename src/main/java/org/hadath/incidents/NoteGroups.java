package org.hadath.incidents;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.hadath.entities.time.DocumentDate;

/**
 * Reports without frames that joined no record, grouped among themselves. Some incidents are
 * told only by reports whose verbs the event rules do not know (a raid, an arrest, a killing by
 * a drone the rules missed): several outlets post about it the same day and name its town.
 *
 * <p>One mechanism, three uses ({@link IncidentBuilder} keeps one of each): a note joins the first
 * open group of its key holding a note it belongs with, else opens a group; a group of two or
 * more reports closes into a record with no type, no polarity and no toll ({@link
 * Incident#notesOnly()}), dated by the report date most of its reports carry and placed at the
 * place most of them name ({@link #toIncident}). A lone note stays what it was, a report of no
 * record. The date alone is never a key: a day of news holds many unrelated stories.
 * <ul>
 *   <li>{@link #dated}: notes with their own date belong together when dated close and naming the
 *       same specific place ({@link NoteRules#notesTogether}); a group closes when the stream's
 *       clock is past its last date ({@link #closeBefore}).
 *   <li>{@link #partial}: notes whose own date was written without its year (a post stamped
 *       {@code January 11}, {@code XXXX-01-11}) and that no window completed ({@link
 *       org.hadath.events.DocumentEvents#withYearFrom}). Such a date cannot be compared with a
 *       record's dates, but it can with another's of the same month and day (the key): two posts
 *       stamped January 11 naming the same village tell of one incident, as two dated notes of a
 *       day do ({@link NoteRules#sharePlace}, the place half of the dated test). The weekday is
 *       not asked: a post's stamp has none. The record keeps that month and day ({@link
 *       Incident#partialDay()}), never a year. A partial date cannot tell when its days have passed,
 *       so a group closes when it has not grown for a number of reports ({@link #closeIdle}), as
 *       undated records do.
 *   <li>{@link #undated}: notes with no date at all, which no record took, belong together when
 *       they name one person; like {@link #partial} groups, a group closes when it has not grown
 *       for a number of reports ({@link #closeIdle}).
 * </ul>
 *
 * <p>Groups close in the order their keys first came, then in the order they opened; the ids
 * the records take follow that order.
 *
 * <p>Owned by one {@link IncidentBuilder}; not thread-safe.
 */
final class NoteGroups {

  /** The one key of {@link #dated} groups. */
  private static final String ANY_DAY = "";

  private final BiPredicate<ReportNote, ReportNote> together;
  private final Supplier<String> ids;
  /** Open groups by key, keys in the order they first came. */
  private final Map<String, List<Group>> open = new LinkedHashMap<>();

  /** A group's notes and the report number at which it last grew. */
  private static final class Group {
    final List<ReportNote> notes = new ArrayList<>();
    long grew;
  }

  /** Groups notes of one key of which one {@code together} holds for, naming records with {@code ids}. */
  NoteGroups(BiPredicate<ReportNote, ReportNote> together, Supplier<String> ids) {
    this.together = Preconditions.checkNotNull(together);
    this.ids = Preconditions.checkNotNull(ids);
  }

  /** Groups of notes with their own dates, by {@link NoteRules#notesTogether}. */
  static NoteGroups dated(NoteRules rules, Supplier<String> ids) {
    return new NoteGroups(rules::notesTogether, ids);
  }

  /**
   * Groups of notes dated by a month-day only, one key per month-day, by a shared specific place
   * within {@code maxDistanceKm} ({@link NoteRules#sharePlace}).
   */
  static NoteGroups partial(double maxDistanceKm, Supplier<String> ids) {
    return new NoteGroups((a, b) -> NoteRules.sharePlace(a, b, maxDistanceKm), ids);
  }

  /**
   * Groups of notes with no date of their own, by a person both name ({@link
   * ReportNote#sharesPerson}): two posts naming one victim tell of one incident, though neither
   * says when.
   */
  static NoteGroups undated(Supplier<String> ids) {
    return new NoteGroups(ReportNote::sharesPerson, ids);
  }

  /** Adds a dated note that joined no record built from frames, read as the {@code seq}-th report. */
  void add(ReportNote note, long seq) {
    add(ANY_DAY, note, seq);
  }

  /**
   * Adds a note to the groups of {@code key} (for {@link #partial}, the report's partial date,
   * {@code XXXX-MM-DD}), read as the {@code seq}-th report.
   */
  void add(String key, ReportNote note, long seq) {
    Preconditions.checkNotNull(key);
    Preconditions.checkNotNull(note);
    List<Group> groups = open.computeIfAbsent(key, k -> new ArrayList<>());
    Group home = groups.stream().filter(g -> g.notes.stream().anyMatch(m -> together.test(m, note)))
        .findFirst().orElse(null);
    if (home == null) {
      home = new Group();
      groups.add(home);
    }
    home.notes.add(note);
    home.grew = seq;
  }

  /**
   * Closes the groups whose last report date is more than {@code afterDays} before {@code clock}
   * (groups of notes without dates are left to {@link #closeIdle}).
   */
  void closeBefore(LocalDate clock, int afterDays, Consumer<Incident> sink) {
    close(g -> g.notes.stream().map(ReportNote::date).filter(Objects::nonNull).map(DateRange::to)
        .max(Comparator.naturalOrder()).filter(last -> last.plusDays(afterDays).isBefore(clock)).isPresent(), sink);
  }

  /** Closes the groups that have not grown since more than {@code maxIdle} reports before report {@code seq}. */
  void closeIdle(long seq, int maxIdle, Consumer<Incident> sink) {
    close(g -> seq - g.grew > maxIdle, sink);
  }

  /** Closes every group (the end of the stream). */
  void finish(Consumer<Incident> sink) {
    close(g -> true, sink);
  }

  /** The number of notes waiting in open groups. */
  int pending() {
    return open.values().stream().flatMap(List::stream).mapToInt(g -> g.notes.size()).sum();
  }

  /** Closes the groups {@code done} holds for, handing those of two or more reports to {@code sink}. */
  private void close(Predicate<Group> done, Consumer<Incident> sink) {
    for (Iterator<Map.Entry<String, List<Group>>> keys = open.entrySet().iterator(); keys.hasNext(); ) {
      Map.Entry<String, List<Group>> key = keys.next();
      List<Group> groups = key.getValue();
      for (Iterator<Group> it = groups.iterator(); it.hasNext(); ) {
        Group g = it.next();
        if (done.test(g)) {
          if (g.notes.size() >= 2) {
            Incident i = toIncident(ids.get(), g.notes);
            // a partial group's key, XXXX-01-11: the month and day its notes share, kept without a year
            sink.accept(key.getKey().startsWith(DocumentDate.NO_YEAR)
                ? i.withPartialDay(MonthDay.parse("--" + key.getKey().substring(DocumentDate.NO_YEAR.length() + 1)))
                : i);
          }
          it.remove();
        }
      }
      if (groups.isEmpty()) {
        keys.remove();
      }
    }
  }

  /** The record of a group: its reports, the date most of them carry, the place most of them name. */
  static Incident toIncident(String id, List<ReportNote> g) {
    Map<LocalDate, Integer> days = new LinkedHashMap<>();
    Map<String, List<IncidentPlace>> places = new LinkedHashMap<>();
    DateRange span = null;
    Set<String> reports = new LinkedHashSet<>();
    ImmutableList.Builder<Mention> mentions = ImmutableList.builder();
    for (ReportNote n : g) {
      if (n.date() != null) { // a note of a partial date has none
        days.merge(n.date().to(), 1, Integer::sum);
        span = span == null ? n.date() : span.span(n.date());
      }
      Set<String> seen = new HashSet<>();
      for (IncidentPlace p : n.named()) {
        String key = p.identity();
        if (seen.add(key)) {
          places.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
      }
      reports.add(n.doc());
      mentions.add(Mention.ofReport(n.doc()));
    }
    LocalDate day = days.entrySet().stream()
        .max(Comparator.<Map.Entry<LocalDate, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse(null);
    IncidentPlace place = places.values().stream().max(Comparator.comparingInt(List::size))
        .map(Draft::representative).orElse(null);
    return new Incident(id, null, day, span, place, ImmutableSet.of(), ImmutableMap.of(), null, null,
        ImmutableSet.copyOf(reports), mentions.build());
  }
}
