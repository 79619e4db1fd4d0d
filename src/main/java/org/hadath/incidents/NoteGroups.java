package org.hadath.incidents;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reports without frames that joined no record, grouped among themselves. Some incidents are
 * told only by reports whose verbs the event rules do not know (a raid, an arrest, a
 * killing by a drone the rules missed): several outlets post about it the same day and name
 * its town. A note joins the first open group holding a note it tells of one incident with
 * ({@link NoteRules#notesTogether}: dated close and naming the same specific place), else
 * opens a group; a group of two or more reports closes into a record with no type, no
 * polarity and no toll ({@link Incident#notesOnly()}), dated by the report date most of its
 * reports carry and placed at the place most of them name (any place a note names, so the
 * village two posts share outvotes the town one of them names more). A lone note stays what it
 * was, a report of no record. The date alone is never a key: a day of news holds many
 * unrelated stories.
 *
 * <p>Owned by one {@link IncidentBuilder}; not thread-safe.
 */
final class NoteGroups {

  private final NoteRules rules;
  private final Supplier<String> ids;
  private final List<List<ReportNote>> open = new ArrayList<>();

  /** Groups by {@code rules}, naming the records they close into with {@code ids}. */
  NoteGroups(NoteRules rules, Supplier<String> ids) {
    this.rules = Preconditions.checkNotNull(rules);
    this.ids = Preconditions.checkNotNull(ids);
  }

  /** Adds a note that joined no record built from frames. */
  void add(ReportNote note) {
    for (List<ReportNote> g : open) {
      if (g.stream().anyMatch(m -> rules.notesTogether(m, note))) {
        g.add(note);
        return;
      }
    }
    List<ReportNote> g = new ArrayList<>();
    g.add(note);
    open.add(g);
  }

  /**
   * Closes the groups whose last report date is more than {@code afterDays} before
   * {@code clock}, handing those of two or more reports to {@code sink} as records.
   */
  void closeBefore(LocalDate clock, int afterDays, Consumer<Incident> sink) {
    Iterator<List<ReportNote>> it = open.iterator();
    while (it.hasNext()) {
      List<ReportNote> g = it.next();
      LocalDate last = g.stream().map(n -> n.date().to()).max(Comparator.naturalOrder()).orElseThrow();
      if (last.plusDays(afterDays).isBefore(clock)) {
        emit(g, sink);
        it.remove();
      }
    }
  }

  /** Closes every group (the end of the stream). */
  void finish(Consumer<Incident> sink) {
    open.forEach(g -> emit(g, sink));
    open.clear();
  }

  /** The number of notes waiting in open groups. */
  int pending() {
    return open.stream().mapToInt(List::size).sum();
  }

  private void emit(List<ReportNote> g, Consumer<Incident> sink) {
    if (g.size() < 2) {
      return;
    }
    sink.accept(toIncident(ids.get(), g));
  }

  /** The record of a group: its reports, the date most of them carry, the place most of them name. */
  static Incident toIncident(String id, List<ReportNote> g) {
    Map<LocalDate, Integer> days = new LinkedHashMap<>();
    Map<String, List<IncidentPlace>> places = new LinkedHashMap<>();
    DateRange span = null;
    Set<String> reports = new LinkedHashSet<>();
    ImmutableList.Builder<Mention> mentions = ImmutableList.builder();
    for (ReportNote n : g) {
      if (n.date() != null) { // a note of a partial date has none (PartialNotes)
        days.merge(n.date().to(), 1, Integer::sum);
        span = span == null ? n.date() : span.span(n.date());
      }
      Set<String> seen = new java.util.HashSet<>();
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
