package org.hadath.incidents;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.hadath.events.CasualtyKind;

/**
 * Chooses the record a report tells of when its frames tie it to none. Mostly for a report
 * without a date of its own whose frames name no place or only a governorate, or that has no
 * frames at all. Such a report
 * names the place it is about most often (its focus, {@link ReportNote#places()}); a town
 * holds records of several strikes, so the choice among the dated records at the focus goes
 * first to the one whose killed figure the report repeats (two strikes on one town rarely kill
 * as many), then to the one whose reports name most of the specific places this report names
 * (a quarter, a hamlet, the hospital the wounded went to), then to the one more reports tell
 * of: a report read at random more likely tells of an incident many outlets covered than of
 * one a single outlet did. A tie on all three chooses none, and so does a report whose focus
 * no dated record names.
 *
 * <p>Only dated records are candidates: an undated record is another report of the town of
 * any year. Measured on the scoreboard's reports (B³, development / check halves): frames with
 * no place +0.000 / +0.003, frameless reports +0.007 / +0.000. A dated report without frames
 * whose places tie it to no record's frames may join the record of its days one of whose
 * reports names its focus ({@link #byNamedFocus}; +0.000 / +0.004). An undated report whose
 * frames name only a governorate and whose focus chose nothing may join the one dated record
 * of that province with its killed figure and an agent in common ({@link #byProvinceToll};
 * +0.003 / +0.000).
 */
final class CandidateChoice {

  /**
   * The fewest times a report without frames must name its focus, unless it names no other
   * specific place: a place named once beside others may be a page's menu of towns or a side
   * story, one named twice, or alone, is what the report is about.
   */
  static final int NOTE_FOCUS_MENTIONS = 2;

  private final MergeRules rules;
  private final NoteRules noteRules;
  private final double maxKm;

  /**
   * A choice vetoed by {@code rules} (a note's days by {@code noteRules}), comparing places by
   * {@code maxKm} ({@link PlaceMatch#between}).
   */
  CandidateChoice(MergeRules rules, NoteRules noteRules, double maxKm) {
    this.rules = Preconditions.checkNotNull(rules);
    this.noteRules = Preconditions.checkNotNull(noteRules);
    this.maxKm = maxKm;
  }

  /**
   * The open record {@code s} joins by its report's focus, or null: {@code s} is the core of a
   * report without a date of its own ({@code named}, what the report names, has none) whose
   * frames name no place finer than a governorate. Candidates are the dated records of its
   * family and assertion with a sighting at the focus (the same or a near place) that its
   * report's weekday (on the record's days, not the day before them, which
   * {@link MergeRules#datesFit} allows a report whose frames name the place), latest named day
   * and killed figure do not rule out.
   */
  Draft bySightingFocus(List<Draft> open, Sighting s, ReportNote named) {
    if (!s.core() || s.date() != null || s.place() != null && !s.place().coarse() || named == null
        || named.date() != null || named.places().isEmpty()) {
      return null;
    }
    IncidentPlace focus = named.places().get(0);
    List<Draft> candidates = new ArrayList<>();
    for (Draft d : open) {
      if (d.dates() != null && d.family() == s.family() && d.asserted() == s.asserted() && !d.hasReport(s.doc())
          && rules.datesFit(d, s) && s.weekdayFits(d.dates()) && rules.killedFits(d, s) && atPlace(d, focus)) {
        candidates.add(d);
      }
    }
    return best(candidates,
        d -> new int[] {MergeRules.sameFigure(d, s, CasualtyKind.KILLED) ? 1 : 0, sharedPlaces(d, named), d.reports()});
  }

  /**
   * The open record {@code s} joins by its toll and its agents, or null: {@code s} is the core
   * of a report without a date of its own whose frames name nothing finer than a governorate
   * (or a city taken as one), and exactly one dated record of its family and assertion has a
   * sighting in that governorate, the same killed figure (above zero), an agent in common and
   * dates its weekday and latest named day do not rule out. A province and a toll of three
   * recur over the years (a province's records chosen by the busiest, or by the toll alone,
   * joined wrong ones); the same toll by the same hand in the one province is rarer. Asked only
   * when the report's focus chose none ({@link #bySightingFocus}).
   */
  Draft byProvinceToll(List<Draft> open, Sighting s) {
    if (!s.core() || s.date() != null || s.place() == null || !s.place().coarse() || s.place().governorate() == null
        || s.actors().isEmpty()) {
      return null;
    }
    String province = s.place().governorate();
    return RecordMatcher.onlyOne(open, d -> d.dates() != null && d.family() == s.family()
        && d.asserted() == s.asserted() && !d.hasReport(s.doc())
        && rules.datesFit(d, s) && s.weekdayFits(d.dates()) && MergeRules.sameFigure(d, s, CasualtyKind.KILLED)
        && d.places().stream().anyMatch(p -> province.equals(p.governorate()))
        && d.actors().stream().anyMatch(s.actors()::contains));
  }

  /**
   * The open record {@code note}, a report without frames nor a date of its own, joins by its
   * focus, or null: the focus must be named at least {@link #NOTE_FOCUS_MENTIONS} times or be the
   * only specific place the report names, and the
   * candidates are the dated records some report is about ({@link Draft#hasCore()}) with a
   * sighting there.
   */
  Draft byNoteFocus(List<Draft> open, ReportNote note) {
    if (note.date() != null || note.places().isEmpty() || note.focusCount() < NOTE_FOCUS_MENTIONS && note.named().size() > 1) {
      return null;
    }
    IncidentPlace focus = note.places().get(0);
    List<Draft> candidates = new ArrayList<>();
    for (Draft d : open) {
      if (d.dates() != null && d.hasCore() && !d.hasReport(note.doc()) && atPlace(d, focus)) {
        candidates.add(d);
      }
    }
    return best(candidates, d -> noteRanks(d, note));
  }

  /**
   * The open record {@code note}, a dated report without frames whose places tie it to no
   * record's frames, joins because a report of the record names the note's focus among the
   * places it names most, or null. Candidates are the records some report is about, dated within
   * {@link IncidentOptions#placelessDateDays()} of the note ({@link NoteRules#sameDays}): a post
   * naming the town the strike's villages lie around, which one outlet of the strike names in
   * its lead while the frames hang on the village.
   */
  Draft byNamedFocus(List<Draft> open, ReportNote note) {
    if (note.date() == null || note.places().isEmpty()) {
      return null;
    }
    IncidentPlace focus = note.places().get(0);
    List<Draft> candidates = new ArrayList<>();
    for (Draft d : open) {
      if (noteRules.sameDays(d, note) && d.hasCore() && !d.hasReport(note.doc())
          && d.named().stream().anyMatch(n -> n.places().stream().anyMatch(q -> PlaceMatch.oneSpot(q, focus, maxKm)))) {
        candidates.add(d);
      }
    }
    return best(candidates, d -> noteRanks(d, note));
  }

  /**
   * What a note ranks a candidate by ({@link #byNoteFocus}, {@link #byNamedFocus}): the specific
   * places the record's other reports share with it, then how many reports the record has.
   */
  private int[] noteRanks(Draft d, ReportNote note) {
    return new int[] {sharedPlaces(d, note), d.reports()};
  }

  /**
   * The candidate ranked highest by {@code ranks} (compared in turn, highest first), or null
   * when none or the best two tie. Each candidate's ranks are computed once: counting shared
   * places walks every report of the record.
   */
  private static Draft best(List<Draft> candidates, Function<Draft, int[]> ranks) {
    if (candidates.size() < 2) {
      return candidates.isEmpty() ? null : candidates.get(0);
    }
    Draft best = null;
    int[] top = null;
    boolean tie = false;
    for (Draft d : candidates) {
      int[] r = ranks.apply(d);
      int c = top == null ? 1 : Arrays.compare(r, top);
      if (c > 0) {
        best = d;
        top = r;
        tie = false;
      } else if (c == 0) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** True when a sighting of {@code d} names {@code place} or a near one. */
  private boolean atPlace(Draft d, IncidentPlace place) {
    return d.places().stream().anyMatch(p -> PlaceMatch.oneSpot(p, place, maxKm));
  }

  /**
   * How many of the specific places {@code named} names are named by some other report of
   * {@code d} too (the same or a near place).
   */
  int sharedPlaces(Draft d, ReportNote named) {
    int n = 0;
    for (IncidentPlace p : named.named()) {
      if (d.named().stream().anyMatch(o -> !o.doc().equals(named.doc()) && o.named().stream().anyMatch(q -> PlaceMatch.oneSpot(p, q, maxKm)))) {
        n++;
      }
    }
    return n;
  }
}
