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
 * record {@link MergeRules} scores highest (at least {@link IncidentOptions#minScore()}; of
 * two scoring alike, the one whose injured figure it repeats, then, for a report without a
 * date, the one whose days hold the weekday its text names, then the one more reports tell
 * of), or opens a new one. A report without a date of its own that nothing ties to one record
 * (frames naming no place finer than a governorate, or no frames) chooses among the dated
 * records at the place it names most. Reports without frames that join no record are grouped
 * among themselves ({@link Incident#notesOnly()}). Records are handed to the sink when they
 * close, immutable; a closing record of one report of flight or surrender moves into the one
 * open record of violence it belongs to instead ({@link RecordMatcher#host}), so the order the
 * reports came in does not decide it.
 *
 * <p><b>Memory and order.</b> The builder keeps only open records. Its clock is the newest
 * report date read (the date a report carries or the caller gives; dates inside texts may be
 * any old date and do not move it). A dated record closes once the clock is more than
 * {@link IncidentOptions#closeAfterDays()} past its last day; an undated record closes after
 * {@link IncidentOptions#maxIdleReports()} reports have been read since it last grew;
 * {@link #finish()} closes the rest. Reports may come in any order within that bound: a report
 * more than {@code closeAfterDays} older than the newest one read can no longer join the
 * records of its incident, which have closed, and opens a record of its own. Feed a year of
 * news roughly in date order and memory holds only the records of the last
 * {@code closeAfterDays}; to merge an archive in no order, sort it by report date first (as
 * {@code hadath incidents} does) or set {@code closeAfterDays} beyond its span.
 *
 * <p>Not thread-safe: one builder per stream.
 */
public final class IncidentBuilder {

  private final IncidentOptions options;
  private final ReportReader reader;
  private final MergeRules rules;
  private final NoteRules noteRules;
  private final CandidateChoice choice;
  private final RecordMatcher matcher;
  private final Tolls tolls;
  private final Consumer<Incident> sink;
  private final List<Draft> open = new ArrayList<>();
  /** Reports without frames waiting for the records they may join ({@link ReportNote}). */
  private final List<ReportNote> notes = new ArrayList<>();
  /** Reports with neither frames nor a date of their own, placed at the end ({@link #placeUndated}). */
  private final List<ReportNote> undatedNotes = new ArrayList<>();
  /** Reports without frames that joined no record, grouped among themselves. */
  private final NoteGroups noteGroups;
  /** Reports without frames dated by a month-day only, grouped among themselves. */
  private final NoteGroups partialNotes;
  /** Reports with neither frames nor a date that joined no record, grouped by the people they name. */
  private final NoteGroups namedNotes;
  /** The stream's clock: the newest report date read (a date in a text may be any old date). */
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
    this.noteRules = new NoteRules(options);
    this.choice = new CandidateChoice(rules, noteRules, options.maxDistanceKm());
    this.matcher = new RecordMatcher(options, rules);
    this.tolls = Preconditions.checkNotNull(tolls);
    this.sink = Preconditions.checkNotNull(sink);
    this.noteGroups = NoteGroups.dated(noteRules, () -> "I" + nextId++);
    this.partialNotes = NoteGroups.partial(options.maxDistanceKm(), () -> "I" + nextId++);
    this.namedNotes = NoteGroups.undated(() -> "I" + nextId++);
  }

  /** All records of {@code docs}, in the order they opened. */
  public static ImmutableList<Incident> build(Iterable<DocumentEvents> docs, IncidentOptions options) {
    List<Incident> out = new ArrayList<>();
    IncidentBuilder b = new IncidentBuilder(options, out::add);
    docs.forEach(b::add);
    b.finish();
    out.sort((x, y) -> Integer.compare(number(x.id()), number(y.id())));
    return ImmutableList.copyOf(out);
  }

  private static int number(String id) {
    return Integer.parseInt(id.substring(1));
  }

  /**
   * Adds one report, dated by the date it carries ({@link DocumentEvents#documentDate()}:
   * dateline, page date, post time stamp), which dates the events its text leaves undated. A
   * date written without its year ({@code XXXX-12-02}) counts as none: give the report its year
   * first with {@link DocumentEvents#withYearFrom} (the span of the archive's dated reports, as
   * {@code hadath incidents} does), or it is read as undated.
   */
  public void add(DocumentEvents doc) {
    add(doc, null);
  }

  /**
   * Adds one report with its own date given by the caller ({@code documentDate} wins over the
   * date the report carries; null to use that one, as {@link #add(DocumentEvents)}).
   *
   * @throws NullPointerException when {@code doc} is null
   */
  public void add(DocumentEvents doc, LocalDate documentDate) {
    Preconditions.checkNotNull(doc);
    if (documentDate == null) {
      documentDate = doc.documentDate().map(d -> d.date()).orElse(null);
    }
    reports++;
    ImmutableList<Sighting> read = reader.read(doc, documentDate);
    ReportNote note = ReportNote.named(doc, documentDate);
    // the core's best record is asked once: whether it follows another sighting, and else joins it
    Sighting core = read.isEmpty() || !read.get(0).core() ? null : read.get(0);
    Draft own = core == null ? null : matcher.best(open, core, note);
    Draft followed = matcher.followed(open, read, own);
    for (int i = 0; i < read.size(); i++) {
      Sighting s = read.get(i);
      Draft d = s.core() && followed != null ? followed
          : join(s, note, i == 0 && core != null ? own : matcher.best(open, s, note));
      if (d == followed && s.core()) {
        d.add(s, reports);
      }
      d.addNamed(note);
    }
    if (read.isEmpty() && note.date() != null) {
      notes.add(note); // its records may still be to come: placed when they may close
    } else if (read.isEmpty() && doc.documentDate().filter(x -> !x.hasYear()).isPresent()) {
      // a date without its year (XXXX-01-11) still ties posts of one month-day
      partialNotes.add(doc.documentDate().get().iso(), note, reports);
    } else if (read.isEmpty()) {
      // undated: it may join only a dated record, which a stream sorted by date has read by
      // the end; placed then, or when more than maxIdleReports wait
      undatedNotes.add(note);
      if (undatedNotes.size() > options.maxIdleReports()) {
        placeUndated(undatedNotes.remove(0));
      }
    }
    if (documentDate != null && (newest == null || documentDate.isAfter(newest))) {
      newest = documentDate;
    }
    closeStale();
  }

  /**
   * Adds one sighting (for callers that read reports themselves): it joins the open record
   * scoring highest (of two scoring alike, the one whose injured figure it repeats, then the
   * one on the weekday an undated report names, then the one more reports tell of), or opens one.
   */
  public void add(Sighting s) {
    join(s, null, matcher.best(open, s, null));
  }

  /**
   * Adds {@code s} to the record it joins, or to a new one; returns that record. {@code named}
   * is what its report names outside the frames, or null ({@link MergeRules#score(Draft,
   * Sighting, ReportNote)}); {@code best} is the record it scores best for
   * ({@link RecordMatcher#best}), or null. Failing that, the one placeless record it may join
   * ({@link RecordMatcher#onlyPlacelessCandidate}), the record its report's focus chooses
   * ({@link CandidateChoice#bySightingFocus}), the one record of its province with its toll
   * and agents ({@link CandidateChoice#byProvinceToll}); else a new record.
   */
  private Draft join(Sighting s, ReportNote named, Draft best) {
    if (best == null) {
      best = matcher.onlyPlacelessCandidate(open, s);
    }
    if (best == null) {
      best = choice.bySightingFocus(open, s, named);
    }
    if (best == null) {
      best = choice.byProvinceToll(open, s);
    }
    if (best != null) {
      best.add(s, reports);
    } else {
      best = new Draft("I" + nextId++, s, reports);
      open.add(best);
    }
    return best;
  }


  /**
   * Places a report without frames: it joins the one open record a report of which names a
   * person it names ({@link #byPerson}); failing that, its places are tried in turn, the most
   * named first, and the first that some open record scores for ({@link NoteRules#noteScore}, at least
   * {@link IncidentOptions#minScore()}) decides: the report joins the record scoring best, or,
   * with two scoring alike, the one of them some report is about ({@link Draft#hasCore()}: not
   * a roundup's side incident), or none. With no place to tie it, it joins the one open record
   * (the same way one) dated within {@link IncidentOptions#placelessDateDays()} of it when that
   * record or the note names no specific place ({@link NoteRules#notePlaceless}); failing that,
   * it joins the record of its days whose reports name its focus ({@link CandidateChoice#byNamedFocus}).
   * A note never opens a record of frames: one that joins none goes to {@link NoteGroups}.
   */
  private void place(ReportNote note) {
    if (!byPerson(note) && !placed(note)) {
      Draft d = choice.byNamedFocus(open, note);
      if (d != null) {
        d.add(note);
        return;
      }
      noteGroups.add(note, reports);
    }
  }

  /**
   * Adds {@code note} to the one open record a report of which names a person it names, dated
   * close when both are ({@link NoteRules#personTies}): the funeral post under a strike's reports
   * names its dead. True when it did; none when two records do.
   */
  private boolean byPerson(ReportNote note) {
    Draft d = RecordMatcher.onlyOne(open, r -> noteRules.personTies(r, note));
    if (d != null) {
      d.add(note);
    }
    return d != null;
  }

  private boolean placed(ReportNote note) {
    for (IncidentPlace p : note.places()) {
      int bestScore = options.minScore() - 1;
      List<Draft> best = new ArrayList<>();
      for (Draft d : open) {
        int score = noteRules.noteScore(d, note, p);
        if (score > bestScore) {
          best.clear();
          bestScore = score;
        }
        if (score == bestScore) {
          best.add(d);
        }
      }
      if (!best.isEmpty()) {
        Draft only = only(best);
        if (only != null) {
          only.add(note);
        }
        return only != null;
      }
    }
    // no place ties it: the one record of its days, when one side names no specific place
    Draft only = only(open.stream().filter(d -> noteRules.sameDays(d, note)).toList());
    if (only != null && noteRules.notePlaceless(only, note)) {
      only.add(note);
      return true;
    }
    return false;
  }

  /**
   * The one record of {@code candidates}, or of those some report is about when there are
   * several (a roundup's side incidents are weaker candidates: {@link Draft#hasCore()}), else null.
   */
  private static Draft only(List<Draft> candidates) {
    if (candidates.size() > 1) {
      candidates = candidates.stream().filter(Draft::hasCore).toList();
    }
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  /**
   * Places a report with neither frames nor a date of its own: it joins the one record naming a
   * person it names ({@link #byPerson}), else the dated record at the place it names most
   * ({@link CandidateChoice#byNoteFocus}); failing both, a report naming people waits for
   * another such report naming one of them ({@link NoteGroups#undated}).
   */
  private void placeUndated(ReportNote note) {
    if (byPerson(note)) {
      return;
    }
    Draft d = choice.byNoteFocus(open, note);
    if (d != null) {
      d.add(note);
    } else if (!note.people().isEmpty()) {
      namedNotes.add(note, reports);
    }
  }

  /**
   * Moves a closing record of one report of flight or surrender into the one other open record
   * of violence it belongs to ({@link RecordMatcher#host}); true when it did, and the caller
   * drops {@code d} from {@link #open}.
   */
  private boolean movedToHost(Draft d) {
    Draft host = matcher.host(open, d);
    if (host == null) {
      return false;
    }
    d.moveInto(host);
    return true;
  }

  /** Closes every open record (the end of the stream). */
  public void finish() {
    undatedNotes.forEach(this::placeUndated);
    undatedNotes.clear();
    notes.forEach(this::place);
    notes.clear();
    open.removeIf(this::movedToHost); // only records of violence host, and they never move
    for (Draft d : open) {
      sink.accept(d.toIncident(tolls));
    }
    open.clear();
    noteGroups.finish(sink);
    partialNotes.finish(sink);
    namedNotes.finish(sink);
  }

  /**
   * The number of reports without frames waiting: for the records they may join (undated ones
   * until the end of the stream), or in groups of such reports not yet closed (which become
   * records of {@link Incident#notesOnly()}).
   */
  public int pendingNotes() {
    return notes.size() + undatedNotes.size() + noteGroups.pending() + partialNotes.pending()
        + namedNotes.pending();
  }

  /** The number of records open now. */
  public int openRecords() {
    return open.size();
  }

  private void closeStale() {
    // a note is placed while every record it could join is still open: once the clock is
    // past its date by closeAfterDays less the date window, the first of them may close
    Iterator<ReportNote> ns = notes.iterator();
    while (ns.hasNext()) {
      ReportNote n = ns.next();
      if (newest != null && n.date().from().plusDays(options.closeAfterDays() - options.dateWindowDays()).isBefore(newest)) {
        place(n);
        ns.remove();
      }
    }
    if (newest != null) {
      noteGroups.closeBefore(newest, options.closeAfterDays(), sink);
    }
    partialNotes.closeIdle(reports, options.maxIdleReports(), sink);
    namedNotes.closeIdle(reports, options.maxIdleReports(), sink); // undated: no clock closes them
    List<Draft> stale = open.stream().filter(this::stale).toList();
    if (stale.isEmpty()) {
      return;
    }
    // the lone flight records move first, while the strike records closing with them are open
    for (Draft d : stale) {
      if (movedToHost(d)) {
        open.remove(d);
      }
    }
    for (Draft d : stale) {
      if (open.remove(d)) {
        sink.accept(d.toIncident(tolls));
      }
    }
  }

  /** True when {@code d} is past its closing: its last day, or its idle reports when undated. */
  private boolean stale(Draft d) {
    LocalDate last = d.lastDay();
    return last == null
        ? reports - d.lastTouched() > options.maxIdleReports()
        : newest != null && last.plusDays(options.closeAfterDays()).isBefore(newest);
  }
}
