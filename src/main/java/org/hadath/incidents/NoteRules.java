package org.hadath.incidents;

import com.google.common.base.Preconditions;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a report without frames ({@link ReportNote}) tells of an open incident record, and
 * whether two such reports tell of one incident. Neither type nor toll can speak for a note, so
 * its date and the places it names must: {@link #noteScore} weighs a place of the note against
 * the record's (the same thresholds {@link MergeRules} uses for sightings), {@link #notePlaceless}
 * and {@link #sameDays} allow the one record of its days when no place ties them, and
 * {@link #notesTogether} groups notes that joined no record ({@link NoteGroups#dated}; its
 * place half, {@link #sharePlace}, those dated by a month-day only, {@link NoteGroups#partial}).
 */
final class NoteRules {

  private final IncidentOptions options;
  private final FocusRules focus;

  /** Rules with the thresholds of {@code options}. */
  NoteRules(IncidentOptions options) {
    this.options = Preconditions.checkNotNull(options);
    this.focus = new FocusRules(options);
  }

  /**
   * The evidence that {@code note}, a report without frames, tells of {@code record} by
   * {@code place}, one of the places it names; or -1. Both must be dated within
   * {@link IncidentOptions#dateWindowDays()}; the evidence is the best relation of the place to
   * one of the record's (same 3, near 2, the town a report writes the village inside
   * {@link IncidentOptions#withinScore()}; a governorate holding it is none), or near 2 when it
   * is the note's focus and the focus of a report in the record ({@link FocusRules#sameFocus}: frames that
   * name no place, in a report that names the town throughout). Neither type nor toll can speak
   * for a note, so date and place must.
   */
  public int noteScore(Draft record, ReportNote note, IncidentPlace place) {
    DateRange rd = record.dates();
    if (note.date() == null || rd != null && rd.gapDays(note.date()) > options.dateWindowDays()) {
      return -1;
    }
    if (rd == null) {
      return record.noteDay(note) == null ? -1 : weekdayNoteScore(record, place);
    }
    int best = notePlaceScore(record, place, options.withinScore());
    if (best < MergeRules.NEAR_PLACE && place.equals(note.places().get(0)) && focus.sameFocus(record, note)) {
      best = MergeRules.NEAR_PLACE; // its focus is the focus of a report in the record (frames naming no place)
    }
    return best;
  }

  /**
   * The evidence a dated note has for an undated record whose reports name one weekday that its
   * days hold ({@link Draft#noteDay}): the same or a near place only. A post dated Saturday 3
   * December naming the village of an undated story of "today, Saturday" tells of that strike;
   * the weekday keeps out the same village's news of other days and years, which a place alone
   * let in (a town's name recurs over the years). Only a record some report is about ({@link
   * Draft#hasCore()}): a roundup's side line takes its report's weekday without telling it; and
   * never at a town heading an area ({@link VillageOfSeat#seat}): a weekday is one day in seven,
   * and a town is struck on every one of them over the years.
   */
  private int weekdayNoteScore(Draft record, IncidentPlace place) {
    if (!record.hasCore() || VillageOfSeat.seat(place)) {
      return -1;
    }
    return notePlaceScore(record, place, -1);
  }

  /**
   * The best of {@link MergeRules#SAME_PLACE}, {@link MergeRules#NEAR_PLACE}, {@code within} (a WITHIN) or -1 that
   * a note's {@code place} earns against the record's places.
   */
  private int notePlaceScore(Draft record, IncidentPlace place, int within) {
    int best = MergeRules.atSpot(record, place, options.maxDistanceKm()) ? MergeRules.NEAR_PLACE : -1;
    for (IncidentPlace p : record.places()) {
      best = Math.max(best, switch (PlaceMatch.between(p, place, options.maxDistanceKm())) {
        case SAME -> MergeRules.SAME_PLACE;
        case NEAR -> MergeRules.NEAR_PLACE;
        case WITHIN -> within;
        default -> -1;
      });
    }
    return best;
  }

  /**
   * True when {@code note} may join {@code record} with no place to tie them: the record is
   * dated within {@link IncidentOptions#placelessDateDays()} of the note, one side names no
   * specific place (a post that names only its province, a record whose reports named only a
   * governorate or country), and their governorates do not differ (when both name one). Like {@link MergeRules#placelessCompatible}, this is no evidence by itself:
   * {@link IncidentBuilder} uses it only when a single open record is dated that close.
   */
  public boolean notePlaceless(Draft record, ReportNote note) {
    return options.placelessDateDays() >= 0 && sameDays(record, note)
        && (note.places().isEmpty() || record.places().stream().allMatch(IncidentPlace::coarse))
        && sameGovernorate(record, note);
  }

  /**
   * False when the note and the record's places both lie in known governorates and none is the
   * same: a post naming only Idlib (and foreign capitals) is not about the one strike of its
   * days in Aleppo's countryside, whatever else the day held. When the record's frames name no
   * place, the governorates its reports name anywhere stand for its own: a post naming only
   * Raqqa is not about a clash whose report, placeless in its frames, names Deir ez-Zor.
   */
  private static boolean sameGovernorate(Draft record, ReportNote note) {
    Set<String> theirs = record.places().stream().map(IncidentPlace::governorate)
        .filter(g -> g != null).collect(Collectors.toSet());
    if (theirs.isEmpty()) {
      // frames naming no place still come from reports that name where they are
      theirs = record.named().stream().flatMap(n -> n.governorates().stream()).collect(Collectors.toSet());
    }
    return note.governorates().isEmpty() || theirs.isEmpty() || note.governorates().stream().anyMatch(theirs::contains);
  }

  /**
   * True when a report of {@code record} names a person {@code note} names ({@link
   * Draft#namesPersonOf}) and their dates, where both have one, lie within {@link
   * IncidentOptions#dateWindowDays()}: the funeral post naming the dead of a strike tells of it,
   * whatever places it names.
   */
  public boolean personTies(Draft record, ReportNote note) {
    DateRange rd = record.dates();
    return record.namesPersonOf(note)
        && (rd == null || note.date() == null || rd.gapDays(note.date()) <= options.dateWindowDays());
  }

  /** True when a record is dated within {@link IncidentOptions#placelessDateDays()} of {@code note}. */
  public boolean sameDays(Draft record, ReportNote note) {
    DateRange rd = record.dates();
    return rd != null && note.date() != null && rd.gapDays(note.date()) <= options.placelessDateDays();
  }

  /**
   * True when two reports without frames that joined no record tell of one incident: both
   * dated, their own dates at most {@link IncidentOptions#noteGroupDays()} apart, and a
   * specific place of one the same as or near one of the other's ({@link PlaceMatch#SAME},
   * {@link PlaceMatch#NEAR}; a governorate never counts, {@link ReportNote#named()} holds
   * none). Any place either names counts, not only its most named ones: the day bound is
   * tight, and a post naming a raid's village once after its town and the detainees' prison
   * still shares the village with a post about that village alone. The date alone is no key:
   * a day of news holds many unrelated raids and arrests.
   */
  public boolean notesTogether(ReportNote a, ReportNote b) {
    if (options.noteGroupDays() < 0 || a.date() == null || b.date() == null
        || a.date().gapDays(b.date()) > options.noteGroupDays()) {
      return false;
    }
    return sharePlace(a, b, options.maxDistanceKm());
  }

  /**
   * True when a specific place {@code a} names ({@link ReportNote#named()}) is the same as or
   * near one {@code b} names ({@link PlaceMatch#oneSpot}): the place half of
   * {@link #notesTogether}, which {@link NoteGroups#partial} asks alone (its notes have no date).
   */
  static boolean sharePlace(ReportNote a, ReportNote b, double maxKm) {
    for (IncidentPlace p : a.named()) {
      for (IncidentPlace q : b.named()) {
        if (PlaceMatch.oneSpot(p, q, maxKm)) {
          return true;
        }
      }
    }
    return false;
  }
}
