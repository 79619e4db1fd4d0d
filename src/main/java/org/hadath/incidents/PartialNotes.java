package org.hadath.incidents;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reports without frames whose own date was written without its year (a post stamped {@code
 * January 11}, {@code XXXX-01-11}) and that no window completed ({@link
 * org.hadath.events.DocumentEvents#withYearFrom}). Such a date cannot be compared with a
 * record's dates, but it can with another's of the same month and day: two posts stamped
 * January 11 naming the same village tell of one incident, as two dated notes of a day do
 * ({@link NoteGroups}). A note joins the first group of its month-day holding a note that shares
 * a specific place with it ({@link NoteRules#sharePlace}, the place test {@link NoteGroups} makes
 * of dated notes); groups of two or more
 * become records with no type and no date ({@link NoteGroups#toIncident}) when they have not
 * grown for {@link IncidentOptions#maxIdleReports()} reports, as undated records close (a partial
 * date cannot tell when its days have passed), or at the end of the stream. The weekday is not
 * asked: a post's stamp has none.
 *
 * <p>Owned by one {@link IncidentBuilder}; not thread-safe.
 */
final class PartialNotes {

  private final double maxDistanceKm;
  private final Supplier<String> ids;
  /** Open groups by month-day ({@code XXXX-01-11}). */
  private final Map<String, List<List<ReportNote>>> open = new LinkedHashMap<>();
  /** The report number at which each open group last grew. */
  private final Map<List<ReportNote>, Long> grew = new IdentityHashMap<>();

  /** Groups notes whose places lie within {@code maxDistanceKm}, naming records with {@code ids}. */
  PartialNotes(double maxDistanceKm, Supplier<String> ids) {
    this.maxDistanceKm = maxDistanceKm;
    this.ids = Preconditions.checkNotNull(ids);
  }

  /**
   * Adds an undated note whose report's own date is the partial {@code monthDay} (ISO, {@code
   * XXXX-MM-DD}), read as the {@code seq}-th report.
   */
  void add(String monthDay, ReportNote note, long seq) {
    Preconditions.checkNotNull(monthDay);
    List<List<ReportNote>> groups = open.computeIfAbsent(monthDay, k -> new ArrayList<>());
    for (List<ReportNote> g : groups) {
      if (g.stream().anyMatch(m -> NoteRules.sharePlace(m, note, maxDistanceKm))) {
        g.add(note);
        grew.put(g, seq);
        return;
      }
    }
    List<ReportNote> g = new ArrayList<>();
    g.add(note);
    groups.add(g);
    grew.put(g, seq);
  }

  /** Closes the groups that have not grown since more than {@code maxIdle} reports before report {@code seq}. */
  void closeIdle(long seq, int maxIdle, Consumer<Incident> sink) {
    for (Iterator<List<List<ReportNote>>> days = open.values().iterator(); days.hasNext(); ) {
      List<List<ReportNote>> groups = days.next();
      for (Iterator<List<ReportNote>> it = groups.iterator(); it.hasNext(); ) {
        List<ReportNote> g = it.next();
        if (seq - grew.get(g) > maxIdle) {
          emit(g, sink);
          grew.remove(g);
          it.remove();
        }
      }
      if (groups.isEmpty()) {
        days.remove();
      }
    }
  }

  /** Closes every group, handing those of two or more reports to {@code sink}. */
  void finish(Consumer<Incident> sink) {
    open.values().forEach(groups -> groups.forEach(g -> emit(g, sink)));
    open.clear();
    grew.clear();
  }

  private void emit(List<ReportNote> g, Consumer<Incident> sink) {
    if (g.size() >= 2) {
      sink.accept(NoteGroups.toIncident(ids.get(), g));
    }
  }

  /** The number of notes waiting. */
  int pending() {
    return open.values().stream().flatMap(List::stream).mapToInt(List::size).sum();
  }
}
