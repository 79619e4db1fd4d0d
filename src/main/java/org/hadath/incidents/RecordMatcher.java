package org.hadath.incidents;

import com.google.common.base.Preconditions;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds the open record a report's sighting joins by the merge rules' scores
 * ({@link MergeRules}): the one scoring best, the one record a sighting naming no place may
 * join, the record a report's core follows its other sightings into, and the record of
 * violence a lone report of people fleeing or giving up belongs to ({@link #host}). What
 * {@link IncidentBuilder} does when none is found (a choice by the report's focus, a new
 * record) stays there.
 */
final class RecordMatcher {

  private final IncidentOptions options;
  private final MergeRules rules;

  /** A matcher scoring by {@code rules} against the thresholds of {@code options}. */
  RecordMatcher(IncidentOptions options, MergeRules rules) {
    this.options = Preconditions.checkNotNull(options);
    this.rules = Preconditions.checkNotNull(rules);
  }

  /**
   * The record of {@code open} {@code s} scores highest for, at least
   * {@link IncidentOptions#minScore()}, or null. Of two scoring alike, the one whose injured
   * figure it repeats, then, for a report without a date, the one whose days hold the weekday
   * its text names, then the one more reports tell of. A sighting naming nothing finer than a
   * governorate prefers a record whose main place is that governorate ({@link #sameCoarse}),
   * and takes none when two still tie: the busier of two strikes in its province that day is
   * no likelier the one it tells of, and taking it chained a province's strikes of several
   * days into one record.
   */
  Draft best(List<Draft> open, Sighting s, ReportNote named) {
    Draft best = null;
    int bestScore = options.minScore() - 1;
    int bestDetail = -1;
    int ties = 0;
    for (Draft d : open) {
      int score = rules.score(d, s, named);
      if (score < bestScore || score < options.minScore()) {
        continue;
      }
      int detail = (rules.sameInjured(d, s) ? 2 : 0) + (s.date() == null && s.weekdayWithin(d.dates()) ? 1 : 0)
          + (sameCoarse(d, s) ? 4 : 0);
      if (score == bestScore && detail == bestDetail) {
        ties++;
      }
      if (score > bestScore || detail > bestDetail || detail == bestDetail && best != null && d.reports() > best.reports()) {
        if (score > bestScore || detail > bestDetail) {
          ties = 1;
        }
        best = d;
        bestScore = score;
        bestDetail = detail;
      }
    }
    if (ties > 1 && s.place() != null && s.place().coarse()) {
      return null; // a report naming only the province, with two strikes in it that day: either
    }
    return best;
  }

  /**
   * True when {@code s} and the record's main place are the same governorate (or country): of
   * the records a report naming only Aleppo could join, the one whose reports name only Aleppo
   * too tells the strike at the level this report does.
   */
  private static boolean sameCoarse(Draft d, Sighting s) {
    IncidentPlace p = s.place();
    IncidentPlace q = d.place();
    return p != null && q != null && p.coarse() && q.coarse() && p.placeId() != null && p.placeId().equals(q.placeId());
  }

  /**
   * The record a report's core sighting follows its other sightings into, or null. A core
   * sighting that finds no record (a coarse place, or a place no record names), or only an
   * undated one (another undated report of its town, of any year), belongs with the dated
   * record one of the report's other sightings of its family ties to alone by a specific
   * place: the report tells one incident, whose village one line names while the headline
   * names the district or the town. None when several records score for that sighting (a
   * town's strikes of several years), or when the core cannot be the record's
   * ({@link MergeRules#mayFollow}: type, province, date, weekday, toll). {@code own} is the
   * record the core scores best for ({@link #best}, asked by the caller, which joins the core
   * to it when it follows none).
   */
  Draft followed(List<Draft> open, List<Sighting> read, Draft own) {
    if (read.size() < 2 || !read.get(0).core()) {
      return null;
    }
    if (own != null && own.dates() != null) {
      return null;
    }
    Sighting core = read.get(0);
    for (Sighting s : read.subList(1, read.size())) {
      if (s.family() != core.family() || s.place() == null || s.place().coarse()) {
        continue;
      }
      Draft only = null;
      int n = 0;
      for (Draft d : open) {
        int score = rules.score(d, s, null);
        if (score >= options.minScore()) {
          n++;
          if (score >= MergeRules.NEAR_PLACE) {
            only = d;
          }
        }
      }
      if (n == 1 && only != null && rules.mayFollow(only, core) && (own == null || only.dates() != null)) {
        return only;
      }
    }
    return null;
  }

  /**
   * The one open record {@code s} may join when a place is missing on one side
   * ({@link MergeRules#placelessCompatible}), or null when none or several qualify: with two
   * strikes that day, a report naming no place could be either.
   */
  Draft onlyPlacelessCandidate(List<Draft> open, Sighting s) {
    return onlyOne(open, d -> rules.placelessCompatible(d, s));
  }

  /** The one record of {@code records} meeting {@code test}, or null when none or several do. */
  static Draft onlyOne(List<Draft> records, Predicate<Draft> test) {
    Draft only = null;
    for (Draft d : records) {
      if (test.test(d)) {
        if (only != null) {
          return null;
        }
        only = d;
      }
    }
    return only;
  }

  /**
   * The one open record of violence ({@link TypeFamily#VIOLENCE}) that every sighting of
   * {@code d}, a closing record of one report of another family, scores for
   * ({@link MergeRules#score}, at least {@link IncidentOptions#minScore()}, with what its report
   * names), or null. The rules let families fleeing the struck village that day join the
   * strike's record, but only a record already open: a post on the flight read before the
   * outlets' strike reports opened a record of its own. Asked when {@code d} closes, the
   * answer no longer depends on which report came first. None when two records qualify.
   */
  Draft host(List<Draft> open, Draft d) {
    if (d.family() == TypeFamily.VIOLENCE || d.reports() != 1 || d.hasNotes() || d.named().isEmpty()) {
      return null;
    }
    ReportNote named = d.named().get(0);
    return onlyOne(open, o -> o != d && o.family() == TypeFamily.VIOLENCE
        && d.sightingsMatch(s -> rules.score(o, s, named) >= options.minScore()));
  }
}
