package org.hadath.incidents;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.hadath.events.DocumentEvents;

/**
 * Builds incident records from the frames of many reports, streamed in any order.
 *
 * <p>Each report is read into sightings ({@link ReportReader}); each sighting joins the open
 * record {@link MergeRules} scores highest (at least {@link IncidentOptions#minScore()}), or
 * opens a new one. Records are handed to the sink when they close, immutable.
 *
 * <p><b>Memory and order.</b> The builder keeps only open records. A dated record closes once
 * a sighting dated more than {@link IncidentOptions#closeAfterDays()} after its last day has
 * been read; an undated record closes after {@link IncidentOptions#maxIdleReports()} reports
 * have been read since it last grew; {@link #finish()} closes the rest. Reports may come in
 * any order, but a report that arrives after the records of its incident have closed (more
 * than {@code closeAfterDays} behind the newest date read) opens a record of its own: feed a
 * year of news roughly in date order (within that bound) and memory holds only the records of
 * the last {@code closeAfterDays}; feed a small unordered set and nothing closes before the end.
 *
 * <p>Not thread-safe: one builder per stream.
 */
public final class IncidentBuilder {

  private final IncidentOptions options;
  private final ReportReader reader;
  private final MergeRules rules;
  private final Tolls tolls;
  private final Consumer<Incident> sink;
  private final List<Draft> open = new ArrayList<>();
  private LocalDate newest;
  private long reports;
  private int nextId = 1;

  /** A builder with the default reader and toll merging, handing closed records to {@code sink}. */
  public IncidentBuilder(IncidentOptions options, Consumer<Incident> sink) {
    this(options, new ReportReader(options), new Tolls(), sink);
  }

  /** A builder with its own report reader and toll merging. */
  public IncidentBuilder(IncidentOptions options, ReportReader reader, Tolls tolls, Consumer<Incident> sink) {
    this.options = Preconditions.checkNotNull(options);
    this.reader = Preconditions.checkNotNull(reader);
    this.rules = new MergeRules(options);
    this.tolls = Preconditions.checkNotNull(tolls);
    this.sink = Preconditions.checkNotNull(sink);
  }

  /** All records of {@code docs} (undated reports), in the order they opened. */
  public static ImmutableList<Incident> build(Iterable<DocumentEvents> docs, IncidentOptions options) {
    List<Incident> out = new ArrayList<>();
    IncidentBuilder b = new IncidentBuilder(options, out::add);
    docs.forEach(d -> b.add(d, null));
    b.finish();
    out.sort((x, y) -> Integer.compare(number(x.id()), number(y.id())));
    return ImmutableList.copyOf(out);
  }

  private static int number(String id) {
    return Integer.parseInt(id.substring(1));
  }

  /**
   * Adds one report. {@code documentDate}, the report's own date (dateline, post time), may be
   * null; it dates the events the text leaves undated.
   */
  public void add(DocumentEvents doc, LocalDate documentDate) {
    Preconditions.checkNotNull(doc);
    reports++;
    for (Sighting s : reader.read(doc, documentDate)) {
      add(s);
    }
    closeStale();
  }

  /** Adds one sighting (for callers that read reports themselves). */
  public void add(Sighting s) {
    Draft best = null;
    int bestScore = options.minScore() - 1;
    for (Draft d : open) {
      int score = rules.score(d, s);
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    if (best != null) {
      best.add(s, reports);
    } else {
      open.add(new Draft("I" + nextId++, s, reports));
    }
    if (s.date() != null && (newest == null || s.date().to().isAfter(newest))) {
      newest = s.date().to();
    }
  }

  /** Closes every open record (the end of the stream). */
  public void finish() {
    for (Draft d : open) {
      sink.accept(d.toIncident(tolls));
    }
    open.clear();
  }

  /** The number of records open now. */
  public int openRecords() {
    return open.size();
  }

  private void closeStale() {
    Iterator<Draft> it = open.iterator();
    while (it.hasNext()) {
      Draft d = it.next();
      LocalDate last = d.lastDay();
      boolean stale = last == null
          ? reports - d.lastTouched() > options.maxIdleReports()
          : newest != null && last.plusDays(options.closeAfterDays()).isBefore(newest);
      if (stale) {
        sink.accept(d.toIncident(tolls));
        it.remove();
      }
    }
  }
}
