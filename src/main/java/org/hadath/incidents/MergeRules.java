package org.hadath.incidents;

import com.google.common.base.Preconditions;
import org.hadath.events.CasualtyKind;

/**
 * Whether a report's sighting tells of an open incident record, and how strongly. A sighting
 * joins the record with the highest score at or above {@link IncidentOptions#minScore()}.
 *
 * <p>Vetoes (score -1): another type family ({@link TypeFamily}), unless the place is the same
 * or the report's focus ties them ({@link IncidentOptions#familyAtSamePlace()}: families
 * fleeing the struck village that day); one asserted and the other
 * not (a denial is not the strike); dates further apart than
 * {@link IncidentOptions#dateWindowDays()}; places that conflict ({@link PlaceMatch#CONFLICT})
 * with every place of the record, or a sighting with no place at all (nothing to tie it to); killed figures that
 * cannot be the same toll (the smaller below {@link IncidentOptions#casualtyRatio()} of the
 * larger and more than {@link IncidentOptions#casualtySlack()} apart). Injured figures do not
 * veto: early and late reports of one strike differ most in them.
 *
 * <p>Evidence: the same place 3, a near place 2 (within the distance, or two spellings of an
 * unresolved name: {@link PlaceMatch}; or an unplaced village that a report of the record wrote
 * inside the record's town, {@link Draft#spots()}), a village and the town a report writes it inside
 * {@link IncidentOptions#withinScore()}, a place inside the other (a governorate and a village
 * in it) 1; dates both given by the texts and within the window +1; the same killed
 * figure +1. With the default threshold 2 the same place suffices, while a governorate needs a
 * matching date or toll. When either side is undated the places must be the same or near: a
 * governorate and a toll of two killed recur over the years.
 *
 * <p>A report's focus stands for its core sighting's place ({@link FocusRules#sameFocus}); for a
 * report without a date of its own, only with the weekday its text names on one of the
 * record's days ({@link FocusRules#weekdayFocus}). So does a person the report names that a
 * report whose core the record is names too ({@link Draft#namesPersonOf}): outlets that hang a
 * strike on different places still name the same dead. A core sighting may follow another
 * sighting of its report into a record ({@link #mayFollow}, used by {@link IncidentBuilder}).
 *
 * <p>A report that names no place (or a record that has none) may still join the one record
 * {@link #placelessCompatible} allows (see {@link IncidentBuilder}). Two different places named
 * on both sides are two incidents, even on one day in one governorate. Reports without frames
 * are weighed by {@link NoteRules}.
 */
final class MergeRules {

  /** Place evidence of the same place. */
  static final int SAME_PLACE = 3;
  /** Place evidence of a near place. */
  static final int NEAR_PLACE = 2;

  private final IncidentOptions options;
  private final FocusRules focusRules;

  /** Rules with the thresholds of {@code options}. */
  public MergeRules(IncidentOptions options) {
    this.options = Preconditions.checkNotNull(options);
    this.focusRules = new FocusRules(options);
  }

  /** The evidence that {@code s} tells of {@code record}, or -1 when it cannot. */
  public int score(Draft record, Sighting s) {
    return score(record, s, null);
  }

  /**
   * The evidence that {@code s} tells of {@code record}, or -1 when it cannot; {@code named}, what
   * the sighting's report names outside its frames (null when unknown), may stand for the
   * sighting's own place ({@link FocusRules#sameFocus}).
   */
  public int score(Draft record, Sighting s, ReportNote named) {
    boolean otherFamily = record.family() != s.family();
    if (otherFamily && !options.familyAtSamePlace() || record.asserted() != s.asserted()) {
      return -1;
    }
    DateRange rd = record.dates();
    if (!datesFit(record, s) || s.date() == null && rd == null && record.otherWeekday(s.weekday())) {
      return -1;
    }
    int placeScore = placeScore(record, s);
    // a victim both name, or one place both reports are about
    boolean person = s.core() && record.namesPersonOf(named);
    boolean focus = person || s.core() && (focusRules.sameFocus(record, named) || focusRules.weekdayFocus(record, s, named));
    if (placeScore < NEAR_PLACE && focus) {
      placeScore = NEAR_PLACE;
    }
    if (otherFamily && placeScore < SAME_PLACE && !focus) {
      return -1; // people flee or fighters give up where the strike fell, that day: not nearby
    }
    if (placeScore < 0) {
      return -1;
    }
    int score = placeScore;
    if ((s.date() == null || rd == null) && placeScore < NEAR_PLACE) {
      return -1; // undated on one side: a province and a like toll recur over the years
    }
    if (rd != null && s.date() != null && !s.dateFromDocument() && record.hasTextDate()) {
      score++;
    }
    for (CasualtyKind k : CasualtyKind.values()) {
      Figure a = s.figures().get(k);
      Figure b = record.largest(k);
      if (a != null && b != null) {
        if (k == CasualtyKind.KILLED && !compatible(a, b)) {
          return -1;
        }
        if (k == CasualtyKind.KILLED && a.min() == b.min() && a.min() > 0) {
          score++;
        }
      }
    }
    return score;
  }

  /**
   * True when the dates do not rule {@code s} out of {@code record}: both dated within
   * {@link IncidentOptions#dateWindowDays()}; an undated report's weekday on one of the record's
   * days or the day before them ("today, Thursday" is not a record of a Tuesday, whatever the
   * year); and the record not
   * ending well before the latest day the report's text names (a report recalling 2023 is not
   * about a record of 2022).
   */
  boolean datesFit(Draft record, Sighting s) {
    DateRange rd = record.dates();
    if (rd != null && s.date() != null && rd.gapDays(s.date()) > options.dateWindowDays()) {
      return false;
    }
    // the record's first day may be the day after the one an undated report names: outlets
    // date a strike of the evening or the night by the day they report it
    DateRange days = rd == null ? null : new DateRange(rd.from().minusDays(1), rd.to());
    return (s.date() != null || s.weekdayFits(days)) && s.notBeforeFits(rd, options.dateWindowDays());
  }

  /**
   * True when {@code s}, a report's core sighting, may follow another sighting of its report
   * into {@code record} whatever its own place: same family and assertion, dates within the
   * window, the weekday and the dates its report gives fit, and no conflicting killed figure.
   */
  public boolean mayFollow(Draft record, Sighting s) {
    if (record.family() != s.family() || record.asserted() != s.asserted()) {
      return false;
    }
    if (!datesFit(record, s)) {
      return false;
    }
    IncidentPlace p = record.place();
    if (s.place() != null && p != null && s.place().governorate() != null && p.governorate() != null
        && !s.place().governorate().equals(p.governorate())) {
      return false; // a headline of another province is another story on the page
    }
    return killedFits(record, s);
  }

  /** True when {@code s} gives no killed figure, the record none, or the two are compatible. */
  boolean killedFits(Draft record, Sighting s) {
    Figure a = s.figures().get(CasualtyKind.KILLED);
    Figure b = record.largest(CasualtyKind.KILLED);
    return a == null || b == null || compatible(a, b);
  }

  /**
   * True when {@code s}, another report's, could tell of {@code record} although one side names
   * no place: same family and assertion, both dated within
   * {@link IncidentOptions#placelessDateDays()} of each other, and no conflicting casualty
   * figure. This is not evidence by itself; {@link IncidentBuilder} uses it only when a
   * single open record qualifies, so a post that says "the strike on the town this morning"
   * joins the one strike of that day and stays apart when there were several. A sighting
   * naming only a governorate (or a city taken as one) never joins a record that names no
   * place this way: a post naming a village joins the one record of its day that named none,
   * but a province sees several strikes a day, and the placeless record of a strike the place
   * layer could not read (a university square in Aleppo) gathered the province of Idlib's
   * reports of that day, and a town of Idlib's after them.
   */
  public boolean placelessCompatible(Draft record, Sighting s) {
    if (record.family() != s.family() || record.asserted() != s.asserted()) {
      return false;
    }
    if (record.hasReport(s.doc())) {
      return false; // a report's own sightings are different incidents by construction
    }
    if (s.place() != null && (!record.places().isEmpty() || s.place().coarse())) {
      return false; // places on both sides, or a province: nothing but the day ties them
    }
    DateRange rd = record.dates();
    if (rd == null || s.date() == null || rd.gapDays(s.date()) > options.placelessDateDays()) {
      return false;
    }
    for (CasualtyKind k : CasualtyKind.values()) {
      Figure a = s.figures().get(k);
      Figure b = record.largest(k);
      if (a != null && b != null && !compatible(a, b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code s} gives the same injured figure as the record's largest: of two records
   * scoring alike, the one whose toll of wounded the report repeats is the likelier (a town
   * sees several strikes; the same three wounded are a detail of one of them).
   */
  public boolean sameInjured(Draft record, Sighting s) {
    return sameFigure(record, s, CasualtyKind.INJURED);
  }

  /** True when {@code s} gives the record's largest figure of {@code kind}, above zero. */
  static boolean sameFigure(Draft record, Sighting s, CasualtyKind kind) {
    Figure a = s.figures().get(kind);
    Figure b = record.largest(kind);
    return a != null && b != null && a.min() == b.min() && a.min() > 0;
  }

  /** True when two figures of one kind can be one incident's toll, early and late. */
  public boolean compatible(Figure a, Figure b) {
    long small = Math.min(a.top(), b.top());
    long large = Math.max(a.min(), b.min());
    return small >= large || large - small <= options.casualtySlack() || small >= options.casualtyRatio() * large;
  }

  /**
   * True when {@code place}, a village the gazetteer does not place, is by name the village a
   * report of the record wrote inside its town ({@link Draft#spots()}): one outlet hangs the
   * strike on the town and names the village in its target (محيط قرية الكندة بريف جسر الشغور),
   * another names only the village, and no distance can tie an unplaced village to the town.
   */
  static boolean atSpot(Draft record, IncidentPlace place, double maxKm) {
    return !place.coarse() && !place.hasCoordinates() && record.spots().stream()
        .anyMatch(v -> PlaceMatch.between(v, place, maxKm) == PlaceMatch.SAME);
  }

  private int placeScore(Draft record, Sighting s) {
    if (s.place() == null || record.places().isEmpty()) {
      return -1; // nothing to tie them by place: only placelessCompatible may join them
    }
    if (atSpot(record, s.place(), options.maxDistanceKm())) {
      return NEAR_PLACE;
    }
    // the record's main place vetoes: a record that gathered a village of one province and a
    // governorate of another must not chain reports of both
    if (PlaceMatch.between(record.place(), s.place(), options.maxDistanceKm()) == PlaceMatch.CONFLICT) {
      return -1;
    }
    int best = -1;
    for (IncidentPlace p : record.places()) {
      PlaceMatch m = PlaceMatch.between(p, s.place(), options.maxDistanceKm());
      best = Math.max(best, switch (m) {
        case SAME -> SAME_PLACE;
        case NEAR -> NEAR_PLACE;
        case WITHIN -> options.withinScore();
        case INSIDE -> 1;
        case UNKNOWN -> 0;
        case CONFLICT -> -1;
      });
    }
    return best;
  }
}
