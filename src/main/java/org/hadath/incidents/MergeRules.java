package org.hadath.incidents;

import com.google.common.base.Preconditions;
import java.util.Set;
import java.util.stream.Collectors;
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
 * unresolved name: {@link PlaceMatch}), a village and the town a report writes it inside
 * {@link IncidentOptions#withinScore()}, a place inside the other (a governorate and a village
 * in it) 1; dates both given by the texts and within the window +1; the same killed
 * figure +1. With the default threshold 2 the same place suffices, while a governorate needs a
 * matching date or toll. When either side is undated the places must be the same or near: a
 * governorate and a toll of two killed recur over the years.
 *
 * <p>A report's focus stands for its core sighting's place ({@link #sameFocus}); for a report
 * without a date of its own, only with the weekday its text names on one of the record's days
 * ({@link #weekdayFocus}). A core sighting may follow another sighting of its report into a
 * record ({@link #mayFollow}, used by {@link IncidentBuilder}).
 *
 * <p>A report that names no place (or a record that has none) may still join the one record
 * {@link #placelessCompatible} allows (see {@link IncidentBuilder}). Two different places named
 * on both sides are two incidents, even on one day in one governorate.
 */
public final class MergeRules {

  /** Place evidence of the same place. */
  static final int SAME_PLACE = 3;
  /** Place evidence of a near place. */
  static final int NEAR_PLACE = 2;

  private final IncidentOptions options;

  /** Rules with the thresholds of {@code options}. */
  public MergeRules(IncidentOptions options) {
    this.options = Preconditions.checkNotNull(options);
  }

  /** The evidence that {@code s} tells of {@code record}, or -1 when it cannot. */
  public int score(Draft record, Sighting s) {
    return score(record, s, null);
  }

  /**
   * The evidence that {@code s} tells of {@code record}, or -1 when it cannot; {@code named}, what
   * the sighting's report names outside its frames (null when unknown), may stand for the
   * sighting's own place ({@link #sameFocus}).
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
    boolean focus = s.core() && (sameFocus(record, named) || weekdayFocus(record, s, named));
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
   * joins the one strike of that day and stays apart when there were several.
   */
  public boolean placelessCompatible(Draft record, Sighting s) {
    if (record.family() != s.family() || record.asserted() != s.asserted()) {
      return false;
    }
    if (record.hasReport(s.doc()) || s.place() != null && !record.places().isEmpty()) {
      return false; // a report's own sightings are different incidents by construction
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
   * The evidence that {@code note}, a report without frames, tells of {@code record} by
   * {@code place}, one of the places it names; or -1. Both must be dated within
   * {@link IncidentOptions#dateWindowDays()}; the evidence is the best relation of the place to
   * one of the record's (same 3, near 2, the town a report writes the village inside
   * {@link IncidentOptions#withinScore()}; a governorate holding it is none), or near 2 when it
   * is the note's focus and the focus of a report in the record ({@link #sameFocus}: frames that
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
    if (best < NEAR_PLACE && place.equals(note.places().get(0)) && sameFocus(record, note)) {
      best = NEAR_PLACE; // its focus is the focus of a report in the record (frames naming no place)
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
   * The best of {@link #SAME_PLACE}, {@link #NEAR_PLACE}, {@code within} (a WITHIN) or -1 that
   * a note's {@code place} earns against the record's places.
   */
  private int notePlaceScore(Draft record, IncidentPlace place, int within) {
    int best = -1;
    for (IncidentPlace p : record.places()) {
      best = Math.max(best, switch (PlaceMatch.between(p, place, options.maxDistanceKm())) {
        case SAME -> SAME_PLACE;
        case NEAR -> NEAR_PLACE;
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
   * governorate or country), and their governorates do not differ (when both name one). Like {@link #placelessCompatible}, this is no evidence by itself:
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
   * days in Aleppo's countryside, whatever else the day held.
   */
  private static boolean sameGovernorate(Draft record, ReportNote note) {
    Set<String> theirs = record.places().stream().map(IncidentPlace::governorate)
        .filter(g -> g != null).collect(Collectors.toSet());
    return note.governorates().isEmpty() || theirs.isEmpty() || note.governorates().stream().anyMatch(theirs::contains);
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

  private int placeScore(Draft record, Sighting s) {
    if (s.place() == null || record.places().isEmpty()) {
      return -1; // nothing to tie them by place: only placelessCompatible may join them
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
