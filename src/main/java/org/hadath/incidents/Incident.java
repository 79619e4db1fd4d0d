package org.hadath.incidents;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.MonthDay;
import org.hadath.entities.time.DocumentDate;
import org.hadath.events.CasualtyKind;
import org.hadath.events.EventType;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;

/**
 * One real-world incident as the reports together tell it: the record an analyst writes
 * (ACLED, UCDP, Airwars), with every report and frame it was built from. Immutable.
 *
 * @param id the builder's id for it ({@code I1}, {@code I2}, … in the order records opened)
 * @param type the type the first report gave it, or null for a record of reports without
 *     frames only ({@link #notesOnly()}): they tell of one incident by date and place but not
 *     what it was
 * @param day the day the reports give most often (the report's own date when the text gave
 *     none), or null when no report was dated (a date written without its year, {@code
 *     XXXX-12-02}, dates nothing: complete it first, {@link
 *     org.hadath.events.DocumentEvents#withYearFrom})
 * @param dates the range every report's date falls in, or null when {@code day} is
 * @param place the place most reports name (the most specific when they agree), or null
 * @param actors the agents the reports name (actor ids, or the words when unresolved); empty
 *     when none
 * @param casualties merged figures per kind; a kind no report gave is absent
 * @param polarity the polarity of the asserted core (NEGATIVE only when no report asserts
 *     it); null, like {@code type}, for a record of reports without frames
 * @param modality the modality of the asserted core, or null like {@code polarity}
 * @param reports the document ids of the reports, in the order they were added
 * @param mentions every frame the record was built from
 * @param partialDay the month and day the reports' own dates give when they were written
 *     without a year that no window completed (posts stamped {@code January 11}), or null; only
 *     when {@code day} is null: a day without its year is no date, and is never written as one
 */
public record Incident(String id, EventType type, LocalDate day, DateRange dates, IncidentPlace place,
    ImmutableSet<String> actors, ImmutableMap<CasualtyKind, CasualtyRange> casualties, Polarity polarity,
    Modality modality, ImmutableSet<String> reports, ImmutableList<Mention> mentions, MonthDay partialDay) {
  /**
   * Checks the record.
   *
   * @throws NullPointerException when {@code id} is null
   * @throws IllegalArgumentException when only some of type, polarity and modality are given, or
   *     when a dated record is given a partial day
   */
  public Incident {
    Preconditions.checkNotNull(id);
    Preconditions.checkArgument(partialDay == null || day == null, "a dated record has no partial day");
    Preconditions.checkArgument((type == null) == (polarity == null) && (type == null) == (modality == null),
        "type, polarity and modality are all given, or none (a record of reports without frames)");
    actors = ImmutableSet.copyOf(actors);
    casualties = ImmutableMap.copyOf(casualties);
    reports = ImmutableSet.copyOf(reports);
    mentions = ImmutableList.copyOf(mentions);
  }

  /** A record without a partial day (see the canonical constructor). */
  public Incident(String id, EventType type, LocalDate day, DateRange dates, IncidentPlace place,
      ImmutableSet<String> actors, ImmutableMap<CasualtyKind, CasualtyRange> casualties, Polarity polarity,
      Modality modality, ImmutableSet<String> reports, ImmutableList<Mention> mentions) {
    this(id, type, day, dates, place, actors, casualties, polarity, modality, reports, mentions, null);
  }

  /** This record with the partial day {@code monthDay} (it must be undated). */
  public Incident withPartialDay(MonthDay monthDay) {
    return new Incident(id, type, day, dates, place, actors, casualties, polarity, modality, reports, mentions,
        monthDay);
  }

  /** The type family, or null for a record of reports without frames. */
  public TypeFamily family() {
    return type == null ? null : TypeFamily.of(type);
  }

  /**
   * True for a record built from reports without frames only: two or more reports that no record
   * of frames took, dated close and naming the same specific place (or, dated by a month and day
   * without a year, naming the same place).
   */
  public boolean notesOnly() {
    return type == null;
  }

  /** The merged range of {@code kind}, or null when no report gave one. */
  public CasualtyRange casualties(CasualtyKind kind) {
    return casualties.get(kind);
  }

  /**
   * The record's day as ISO text: {@code 2024-12-05}, or, for a record with only a
   * {@link #partialDay}, TimeML's unknown year {@code XXXX-01-11} (as {@code extract}'s
   * {@code document_date} writes it); null when it has neither.
   */
  public String dayText() {
    if (day != null) {
      return day.toString();
    }
    return partialDay == null ? null : DocumentDate.NO_YEAR + partialDay.toString().substring(1);
  }
}
