package org.hadath.incidents;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.hadath.events.CasualtyKind;
import org.hadath.events.EventType;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;

/**
 * What one report says about one incident: the frames of the report that tell of it, with
 * the date, place, actors and figures they give. A report yields one sighting per incident it
 * tells of, its core first ({@link ReportReader}).
 *
 * @param doc the report's document id
 * @param core true for the report's core incident (see {@link CoreSelector})
 * @param type the type of the sighting's first frame
 * @param date the date the report gives, or the report's own date for an undated event, or null
 * @param dateFromDocument true when {@code date} is the report's own date, not one the text
 *     gave for the event
 * @param anchored true when the report had a date of its own (the caller's or one its text
 *     carries), against which the dates in its text were resolved and checked; a date in the
 *     text of an undated report may be any old date the story recalls
 * @param place the most specific place, or null
 * @param actors actor ids (or texts, when unresolved) of the agents
 * @param figures the largest figure of each kind the frames give
 * @param polarity the polarity of the sighting's first frame
 * @param modality the modality of the sighting's first frame
 * @param mentions the frames, in text order
 * @param weekday the ISO weekday (1 = Monday) the text names for the event when it gives no
 *     date (اليوم الخميس، أمس الاثنين in a report that carries no date of its own), else null:
 *     it cannot date the event, but it tells a record of another weekday apart
 * @param notBefore for a report without a date of its own, the latest day its text names
 *     ({@link ReportDates#notBefore}): it was written that day or later, so it tells of no
 *     record whose days all lie well before; else null
 * @param stamped true when {@code date} is a post's stamp the time layer gave the frames as
 *     their TIME (a post tells its events without a time of its own): the text's word for the
 *     day, but no more than the report's own date when the record's day is chosen
 * @param spot the village the frames write inside {@code place} when that is a town heading an
 *     area ({@link InnerPlaces#spot}): what the record reports, while merging compares the
 *     town; else null
 */
public record Sighting(String doc, boolean core, EventType type, DateRange date, boolean dateFromDocument,
    boolean anchored, IncidentPlace place, ImmutableSet<String> actors, ImmutableMap<CasualtyKind, Figure> figures,
    Polarity polarity, Modality modality, ImmutableList<Mention> mentions, Integer weekday,
    LocalDate notBefore, boolean stamped, IncidentPlace spot) {
  /**
   * Checks the sighting and copies its collections.
   *
   * @throws NullPointerException when {@code doc}, {@code type}, {@code polarity}, {@code
   *     modality} or a collection is null
   * @throws IllegalArgumentException when it has no mention or {@code weekday} is outside 1..7
   */
  public Sighting {
    Preconditions.checkNotNull(doc);
    Preconditions.checkNotNull(type);
    Preconditions.checkNotNull(polarity);
    Preconditions.checkNotNull(modality);
    actors = ImmutableSet.copyOf(actors);
    figures = ImmutableMap.copyOf(figures);
    mentions = ImmutableList.copyOf(mentions);
    Preconditions.checkArgument(!mentions.isEmpty(), "a sighting needs a mention");
    Preconditions.checkArgument(weekday == null || weekday >= 1 && weekday <= 7, "weekday outside 1..7");
  }

  /** The type family. */
  public TypeFamily family() {
    return TypeFamily.of(type);
  }

  /**
   * True when {@code range} may hold this sighting's event by the dates its report gives: it
   * does not end more than {@code slackDays} before {@link #notBefore()} (always, when either is
   * unknown).
   */
  public boolean notBeforeFits(DateRange range, int slackDays) {
    return notBefore == null || range == null || !range.to().plusDays(slackDays).isBefore(notBefore);
  }

  /**
   * True when {@code range} holds a day of this sighting's weekday (always, when it names none
   * or the range is a week or longer). Exact on the range it is given: {@link CandidateChoice}
   * asks it of a record's own days, while {@link MergeRules#datesFit}, for a report whose frames
   * tie it to the record's place, passes the record's days with the day before them (outlets
   * date a strike of the night by the day they report it), never the day after: a post of
   * "this morning, Thursday" is not about the Wednesday's strike.
   */
  public boolean weekdayFits(DateRange range) {
    if (weekday == null || range == null || range.days() >= 7) {
      return true;
    }
    return holdsWeekday(range);
  }

  /**
   * True when this sighting names a weekday and {@code range}, at most three days long, holds a
   * day of it: positive evidence for an undated report, unlike {@link #weekdayFits}, which only
   * rules records out and holds for a sighting naming no weekday or a range of a week or more.
   */
  public boolean weekdayWithin(DateRange range) {
    if (weekday == null || range == null || range.days() > 3) {
      return false;
    }
    return holdsWeekday(range);
  }

  /** True when the report asserts the event happened (not denied, not planned or expected). */
  public boolean asserted() {
    return polarity == Polarity.POSITIVE && modality == Modality.ASSERTED;
  }

  /** True when a day of {@code range} falls on this sighting's weekday (which is not null). */
  private boolean holdsWeekday(DateRange range) {
    for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() == weekday) {
        return true;
      }
    }
    return false;
  }
}
