package org.hadath.incidents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the day of an incident record from the dates its reports give: the day most dated
 * reports agree on, within a day. Each report's day supports every day at most one day from
 * it; a day its text gives weighs {@value #TEXT_WEIGHT}, the report's own date (its text gave
 * none for the event) 1, and so does a post's stamp that the time layer gave the post's frames
 * as their TIME ({@link Sighting#stamped()}): it is the post's own date, not a day a writer
 * named. The day with the most support wins, then the one most reports give
 * exactly, then the earliest; so three reports of the 5th outvote one that recalls the 2nd, and
 * the first report read has no say of its own. A date in the text of a report without a date
 * of its own may be any date the story recalls: such dates vote only when no report with a
 * date of its own does.
 */
final class RecordDay {

  private RecordDay() {}

  /** The weight of a day a report's text gives against one its own date gives. */
  static final int TEXT_WEIGHT = 2;

  /**
   * The day of a record of {@code sightings}, or, when none gives a single day, a day of
   * {@code range} (the span of their dates: its first day when the texts gave it, else its
   * last); null when undated.
   */
  static LocalDate of(List<Sighting> sightings, DateRange range) {
    Map<LocalDate, Integer> anchored = new LinkedHashMap<>();
    Map<LocalDate, Integer> loose = new LinkedHashMap<>();
    boolean textDated = false;
    for (Sighting s : sightings) {
      if (s.date() == null) {
        continue;
      }
      textDated |= !s.dateFromDocument();
      if (s.dateFromDocument() || s.stamped()) {
        anchored.merge(s.date().to(), 1, Integer::sum);
      } else if (s.date().days() == 1) {
        if (s.anchored()) {
          anchored.merge(s.date().from(), TEXT_WEIGHT, Integer::sum);
        } else {
          loose.merge(s.date().from(), 1, Integer::sum);
        }
      }
    }
    LocalDate voted = mostSupported(anchored);
    if (voted != null) {
      return voted;
    }
    voted = mostSupported(loose);
    if (voted != null || range == null) {
      return voted;
    }
    return textDated ? range.from() : range.to();
  }

  private static LocalDate mostSupported(Map<LocalDate, Integer> votes) {
    LocalDate best = null;
    int bestSupport = -1;
    int bestExact = -1;
    for (LocalDate d : votes.keySet()) {
      int support = 0;
      for (Map.Entry<LocalDate, Integer> e : votes.entrySet()) {
        if (Math.abs(e.getKey().toEpochDay() - d.toEpochDay()) <= 1) {
          support += e.getValue();
        }
      }
      int exact = votes.get(d);
      boolean better = support > bestSupport || support == bestSupport
          && (exact > bestExact || exact == bestExact && d.isBefore(best));
      if (better) {
        best = d;
        bestSupport = support;
        bestExact = exact;
      }
    }
    return best;
  }
}
