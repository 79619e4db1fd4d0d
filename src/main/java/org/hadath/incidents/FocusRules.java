package org.hadath.incidents;

import com.google.common.base.Preconditions;

/**
 * Whether the place a report names most (its focus, {@link ReportNote#places()}) ties it to an
 * open record when its frames hang on another place or on none: the focus of a report already
 * in the record, close in date ({@link #sameFocus}), or, for a report without a date of its
 * own, on the weekday its text names ({@link #weekdayFocus}). {@link MergeRules} lets it stand
 * for a core sighting's place, {@link NoteRules} for a note's.
 */
final class FocusRules {

  private final IncidentOptions options;

  /** Rules with the thresholds of {@code options}. */
  FocusRules(IncidentOptions options) {
    this.options = Preconditions.checkNotNull(options);
  }

  /**
   * True when a report's focus, the specific place it names most ({@link ReportNote#places()}:
   * headline, lead and body all name it), is the focus of a report already in {@code record},
   * and the two reports' own dates are at most {@link IncidentOptions#focusDays()} apart. Two
   * outlets often hang their frames on different places of one story (the town in one, the
   * village or the dam beside it in the other, or a place the gazetteer misreads), yet write
   * the same place most; a report's side stories (a roundup's other towns) are named less. It
   * stands for the core sighting's place only ({@link Sighting#core()}), never for a report
   * without its own date: a town's name alone recurs over the years.
   */
  public boolean sameFocus(Draft record, ReportNote named) {
    if (options.focusDays() < 0 || named == null || named.date() == null || named.places().isEmpty()) {
      return false;
    }
    IncidentPlace focus = named.places().get(0);
    for (ReportNote n : record.named()) {
      if (n.date() != null && !n.places().isEmpty() && n.date().gapDays(named.date()) <= options.focusDays()) {
        if (PlaceMatch.oneSpot(n.places().get(0), focus, options.maxDistanceKm())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when an undated report's focus ({@link #sameFocus}) is the focus of a report in
   * {@code record} and the weekday its text names falls on one of the record's days: a town's
   * name alone recurs over the years, its name and the day of the week together rarely. Not
   * when the record's own place is elsewhere: then only one of its reports shares the focus.
   */
  public boolean weekdayFocus(Draft record, Sighting s, ReportNote named) {
    if (named == null || named.date() != null || s.date() != null || named.places().isEmpty()
        || !s.weekdayWithin(record.dates())) {
      return false;
    }
    IncidentPlace focus = named.places().get(0);
    if (focus.coarse()
        || PlaceMatch.between(record.place(), focus, options.maxDistanceKm()) == PlaceMatch.CONFLICT) {
      return false; // one report of a record may share the focus while the record is elsewhere
    }
    for (ReportNote n : record.named()) {
      if (!n.places().isEmpty() && record.hasCoreOf(n.doc())) {
        if (PlaceMatch.oneSpot(n.places().get(0), focus, options.maxDistanceKm())) {
          return true;
        }
      }
    }
    return false;
  }
}
