package org.hadath.incidents;

import com.google.common.base.Preconditions;

/**
 * The thresholds of the merge rules and of closing records. {@link #defaults()} gives values
 * measured on Airwars' grouping of real reports; each {@code withX} returns a copy.
 *
 * @param dateWindowDays largest gap, in days, between two dated sightings of one incident
 *     (reports of a strike are dated the day of the strike or the day after)
 * @param maxDistanceKm two places closer than this are one place (a village and its outskirts)
 * @param casualtyRatio two figures of one kind are compatible when the smaller is at least
 *     this fraction of the larger (tolls rise as the wounded die and the rubble is searched)
 * @param casualtySlack two figures that differ by at most this many people are always
 *     compatible (1 killed and 3 killed are the same strike's first and later toll)
 * @param minScore evidence a sighting needs to join a record (see {@link MergeRules})
 * @param closeAfterDays a dated record closes once a report dated this many days after its
 *     last day has been read (the bound on how late, in report dates, a report may arrive)
 * @param maxIdleReports an undated record closes after this many reports have been read since
 *     it last grew (bounds memory when dates are missing)
 * @param placelessDateDays largest gap, in days, between a report naming no place and the one
 *     open record of its type it joins (see {@link MergeRules#placelessCompatible}); -1 turns
 *     that rule off. By default the date window: a post naming no village often comes out two
 *     days after the strike, and the rule asks for a single candidate anyway
 * @param withinScore the evidence a village and the town a report writes it inside give (قرية
 *     الجماس بريف عين عيسى and عين عيسى; {@link PlaceMatch#WITHIN}); 2 lets them merge alone,
 *     1 asks for a matching date or toll too
 * @param maxLagDays the longest, in days, a report comes after the incident it tells of: a
 *     date its text gives further before the report's own date is background (the previous
 *     strike, last year's truce), not the event's date. Independent of {@code closeAfterDays},
 *     which an archive read whole sets to its span
 * @param noteGroupDays largest gap, in days, between the own dates of two reports without
 *     frames that join no record and are grouped as one incident when they name the same
 *     specific place ({@link NoteRules#notesTogether}); -1 turns that grouping off
 * @param focusDays largest gap, in days, between the own dates of two reports whose most named
 *     specific place, the same, ties the core incident of one to the record of the other when
 *     their frames name different places ({@link FocusRules#sameFocus}); -1 turns that off
 * @param familyAtSamePlace true to let a sighting of another type family join a record of the
 *     same specific place (or the same focus, {@link FocusRules#sameFocus}): a report of
 *     families fleeing a village, or of fighters giving up at a prison, tells of the strike or
 *     the clash there that day; false keeps the families apart everywhere
 */
public record IncidentOptions(int dateWindowDays, double maxDistanceKm, double casualtyRatio,
    int casualtySlack, int minScore, int closeAfterDays, int maxIdleReports, int placelessDateDays,
    int withinScore, int maxLagDays, int noteGroupDays, int focusDays, boolean familyAtSamePlace) {
  /**
   * Checks the thresholds against one another.
   *
   * @throws IllegalArgumentException when a value is out of its range: a negative window,
   *     distance, slack or lag; a ratio outside 0..1; {@code minScore} below 1; {@code
   *     closeAfterDays} not above {@code dateWindowDays}; {@code maxIdleReports} below 1; {@code
   *     withinScore} outside 0..3; or {@code placelessDateDays}, {@code noteGroupDays} or {@code
   *     focusDays} outside -1..{@code dateWindowDays}
   */
  public IncidentOptions {
    Preconditions.checkArgument(dateWindowDays >= 0, "dateWindowDays < 0");
    Preconditions.checkArgument(maxDistanceKm >= 0, "maxDistanceKm < 0");
    Preconditions.checkArgument(casualtyRatio >= 0 && casualtyRatio <= 1, "casualtyRatio outside 0..1");
    Preconditions.checkArgument(casualtySlack >= 0, "casualtySlack < 0");
    Preconditions.checkArgument(minScore >= 1, "minScore < 1");
    Preconditions.checkArgument(closeAfterDays > dateWindowDays, "closeAfterDays must exceed dateWindowDays");
    Preconditions.checkArgument(maxIdleReports >= 1, "maxIdleReports < 1");
    Preconditions.checkArgument(placelessDateDays >= -1 && placelessDateDays <= dateWindowDays,
        "placelessDateDays outside -1..dateWindowDays");
    Preconditions.checkArgument(withinScore >= 0 && withinScore <= 3, "withinScore outside 0..3");
    Preconditions.checkArgument(maxLagDays >= 0, "maxLagDays < 0");
    Preconditions.checkArgument(noteGroupDays >= -1 && noteGroupDays <= dateWindowDays,
        "noteGroupDays outside -1..dateWindowDays");
    Preconditions.checkArgument(focusDays >= -1 && focusDays <= dateWindowDays, "focusDays outside -1..dateWindowDays");
  }

  /**
   * The defaults, measured on the shared incident reports: a date window of 2 days, 5 km,
   * casualty ratio 0.2 with a slack of 3, minimum score 2, records closing 10 days after their
   * last day or after 100,000 idle reports, reports naming no place joining within 2 days,
   * within-score 1, background dates beyond 10 days, notes grouped on the same day (0), focus
   * ties within 0 days (the same day or the next: a report's own date is the range from the day
   * before), and other type families allowed at the same place.
   */
  public static IncidentOptions defaults() {
    return new IncidentOptions(2, 5.0, 0.2, 3, 2, 10, 100_000, 2, 1, 10, 0, 0, true);
  }

  /**
   * A copy with another largest gap, in days, between the dates of one incident's reports (not
   * the days a date written without its year may fall in: that is a {@link
   * org.hadath.entities.time.DateWindow}). {@code placelessDateDays}, {@code noteGroupDays} and
   * {@code focusDays} lie within it, so those wider than {@code v} are narrowed to it (one
   * turned off, -1, stays off).
   *
   * @throws IllegalArgumentException when {@code v} is negative or not below {@link
   *     #closeAfterDays()} (widen the closing first, {@link #withClosing})
   */
  public IncidentOptions withDateWindowDays(int v) {
    return new IncidentOptions(v, maxDistanceKm, casualtyRatio, casualtySlack, minScore, closeAfterDays, maxIdleReports,
        Math.min(placelessDateDays, v), withinScore, maxLagDays, Math.min(noteGroupDays, v), Math.min(focusDays, v),
        familyAtSamePlace);
  }

  /** A copy with another distance, in km, under which two places are one. */
  public IncidentOptions withMaxDistanceKm(double v) {
    return new IncidentOptions(dateWindowDays, v, casualtyRatio, casualtySlack, minScore, closeAfterDays, maxIdleReports, placelessDateDays, withinScore, maxLagDays, noteGroupDays, focusDays, familyAtSamePlace);
  }

  /** A copy with other casualty tolerances. */
  public IncidentOptions withCasualtyTolerance(double ratio, int slack) {
    return new IncidentOptions(dateWindowDays, maxDistanceKm, ratio, slack, minScore, closeAfterDays, maxIdleReports, placelessDateDays, withinScore, maxLagDays, noteGroupDays, focusDays, familyAtSamePlace);
  }

  /** A copy with another merge threshold. */
  public IncidentOptions withMinScore(int v) {
    return new IncidentOptions(dateWindowDays, maxDistanceKm, casualtyRatio, casualtySlack, v, closeAfterDays, maxIdleReports, placelessDateDays, withinScore, maxLagDays, noteGroupDays, focusDays, familyAtSamePlace);
  }

  /** A copy with another window for reports naming no place (-1: such reports stay apart). */
  public IncidentOptions withPlacelessDateDays(int v) {
    return new IncidentOptions(dateWindowDays, maxDistanceKm, casualtyRatio, casualtySlack, minScore, closeAfterDays, maxIdleReports, v, withinScore, maxLagDays, noteGroupDays, focusDays, familyAtSamePlace);
  }

  /**
   * A copy with other closing bounds: a dated record closes {@code afterDays} days after its last
   * day (more than {@code dateWindowDays}), an undated one after {@code idleReports} reports.
   */
  public IncidentOptions withClosing(int afterDays, int idleReports) {
    return new IncidentOptions(dateWindowDays, maxDistanceKm, casualtyRatio, casualtySlack, minScore, afterDays, idleReports, placelessDateDays, withinScore, maxLagDays, noteGroupDays, focusDays, familyAtSamePlace);
  }

  /** A copy with another weight for a village and the town a report writes it inside (0..3). */
  public IncidentOptions withWithinScore(int v) {
    return new IncidentOptions(dateWindowDays, maxDistanceKm, casualtyRatio, casualtySlack, minScore, closeAfterDays, maxIdleReports, placelessDateDays, v, maxLagDays, noteGroupDays, focusDays, familyAtSamePlace);
  }

  /** A copy with another window for grouping reports without frames among themselves (-1: off). */
  public IncidentOptions withNoteGroupDays(int v) {
    return new IncidentOptions(dateWindowDays, maxDistanceKm, casualtyRatio, casualtySlack, minScore, closeAfterDays, maxIdleReports, placelessDateDays, withinScore, maxLagDays, v, focusDays, familyAtSamePlace);
  }

  /** A copy with another window for tying reports by the place they name most (-1: off). */
  public IncidentOptions withFocusDays(int v) {
    return new IncidentOptions(dateWindowDays, maxDistanceKm, casualtyRatio, casualtySlack, minScore, closeAfterDays, maxIdleReports, placelessDateDays, withinScore, maxLagDays, noteGroupDays, v, familyAtSamePlace);
  }

  /** A copy with another bound on how long after its incident a report may come. */
  public IncidentOptions withMaxLagDays(int v) {
    return new IncidentOptions(dateWindowDays, maxDistanceKm, casualtyRatio, casualtySlack, minScore, closeAfterDays, maxIdleReports, placelessDateDays, withinScore, v, noteGroupDays, focusDays, familyAtSamePlace);
  }

  /** A copy that lets another type family join at the same place, or never ({@link MergeRules#score}). */
  public IncidentOptions withFamilyAtSamePlace(boolean v) {
    return new IncidentOptions(dateWindowDays, maxDistanceKm, casualtyRatio, casualtySlack, minScore, closeAfterDays, maxIdleReports, placelessDateDays, withinScore, maxLagDays, noteGroupDays, focusDays, v);
  }
}
