package org.hadath.incidents;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.List;
import org.hadath.entities.time.DocumentDate;
import org.hadath.entities.time.TimeLexicon;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.Role;
import org.hadath.events.frames.PostStampTimes;
import org.hadath.normalize.ArabicGrammar;

/**
 * The date a report gives one of its incidents, read from the TIME arguments of the incident's
 * frames and the report's own date (see {@link #of}), and the earliest day a report without a
 * date of its own can have been written ({@link #notBefore}).
 */
public final class ReportDates {

  /** The longest range a TIME argument may cover and still date one incident. */
  static final int MAX_EVENT_DAYS = 3;

  private final IncidentOptions options;

  /** Dates read with the lag of {@code options} ({@link IncidentOptions#maxLagDays()}). */
  public ReportDates(IncidentOptions options) {
    this.options = Preconditions.checkNotNull(options);
  }

  /**
   * What a report says about the date of one incident.
   *
   * @param date the event's date, or null
   * @param fromDocument true when {@code date} is the report's own date (no TIME dated the event)
   * @param weekday the ISO weekday a TIME argument names when no date could be read, else null
   */
  public record Reading(DateRange date, boolean fromDocument, Integer weekday, boolean stamped) {

    /** A reading of a date not from a post's stamp. */
    public Reading(DateRange date, boolean fromDocument, Integer weekday) {
      this(date, fromDocument, weekday, false);
    }
  }

  /**
   * The date of the incident told by {@code frames} (one report's, in text order): the first
   * TIME argument that can date the event ({@link #eventDate}; in a report without a date of
   * its own, one on the weekday its TIMEs name, {@link #agrees}, and not a date recalled beside
   * a day the report counts from its writing, {@link #recalled}); failing that, the report's own
   * date as the range from the day before to that day, since an undated event in a report is
   * today's or yesterday's; failing that, no date, with the weekday an unresolved TIME names.
   */
  public Reading of(List<EventFrame> frames, LocalDate documentDate) {
    return of(frames, documentDate, frames);
  }

  /**
   * As {@link #of(List, LocalDate)}, with {@code report} all the frames of the report the
   * incident's {@code frames} are part of: what the whole report says of its own day decides
   * which dates its text writes are background.
   */
  public Reading of(List<EventFrame> frames, LocalDate documentDate, List<EventFrame> report) {
    boolean countsFromWriting = documentDate == null && countsFromWriting(report);
    Integer weekday = firstWeekday(frames);
    DateRange written = null;
    boolean stamped = false;
    for (EventFrame f : frames) {
      for (Argument a : f.arguments(Role.TIME)) {
        DateRange d = eventDate(DateRange.parse(time(a)), documentDate);
        if (d != null && written == null && (documentDate != null || agrees(d, weekday))
            && !(countsFromWriting && recalled(a))) {
          written = d;
          stamped = PostStampTimes.RULE.equals(a.rule());
        }
      }
    }
    if (written != null) {
      return new Reading(written, false, null, stamped);
    }
    if (documentDate != null) {
      return new Reading(new DateRange(documentDate.minusDays(1), documentDate), true, null);
    }
    // frames that name no weekday take the report's one (not to check its written dates: a
    // date written with its own weekday, يوم الأربعاء 14 تشرين الأول, is checked by that one)
    return new Reading(null, false, weekday != null || frames == report ? weekday : onlyWeekday(report));
  }

  /**
   * The value of TIME {@code a}, or null when the time layer could not resolve it, or resolved it
   * only without a year ({@code XXXX-12-01}, counted from a document date written without one
   * that no window completed, {@link org.hadath.events.DocumentEvents#withYearFrom}): such a
   * report is read as undated, its weekday still told.
   */
  private static String time(Argument a) {
    return a.time() == null || a.time().contains(DocumentDate.NO_YEAR) ? null : a.time();
  }

  /** The weekday the first unresolved TIME of {@code frames} naming one names, or null. */
  private static Integer firstWeekday(List<EventFrame> frames) {
    for (EventFrame f : frames) {
      for (Argument a : f.arguments(Role.TIME)) {
        Integer w = unresolvedWeekday(a);
        if (w != null) {
          return w;
        }
      }
    }
    return null;
  }

  /** The weekday TIME {@code a} names when the time layer could not resolve it to a date, or null. */
  private static Integer unresolvedWeekday(Argument a) {
    return time(a) == null ? weekdayNamed(a.head().text(), a.span().text()) : null;
  }

  /**
   * The one weekday the unresolved TIMEs of {@code report} name, or null when they name none or
   * several: a report without a date of its own that names a single weekday (a roundup's "on
   * Thursday" in its lead) tells all its news of that day, its frames that name no time too.
   */
  static Integer onlyWeekday(List<EventFrame> report) {
    Integer only = null;
    for (EventFrame f : report) {
      for (Argument a : f.arguments(Role.TIME)) {
        Integer w = unresolvedWeekday(a);
        if (w != null && only != null && !w.equals(only)) {
          return null;
        }
        only = w != null ? w : only;
      }
    }
    return only;
  }

  /**
   * True when a TIME of {@code report} names a day counted from the day the report was written
   * (اليوم، أمس، الثلاثاء) and could not be resolved: the report has no date of its own, yet
   * tells its events by its own day.
   */
  static boolean countsFromWriting(List<EventFrame> report) {
    for (EventFrame f : report) {
      for (Argument a : f.arguments(Role.TIME)) {
        if (time(a) == null && namesADay(a.span().text())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when TIME {@code a} writes a date without naming the day it falls on (30 أيلول 2015,
   * not اليوم الاثنين 4 تموز 2022): in a report that tells its events by its own day
   * ({@link #countsFromWriting}), such a date is one the story recalls (the massacre of 2015,
   * the agreement of 2019), not the event's, even when the weekday matches by chance.
   */
  static boolean recalled(Argument a) {
    return !namesADay(a.span().text());
  }

  private static boolean namesADay(String text) {
    TimeLexicon lex = TimeLexicon.get();
    for (String w : text.split("[\\s" + ArabicGrammar.COMMAS + "()\\-–]+")) {
      if (!w.isEmpty() && lex.namesADay(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code d} holds a day of {@code weekday} (always, when no weekday is named): the
   * weekday a TIME of the event names is the event's day, whatever the relative word (اليوم
   * السبت، أمس الجمعة). A report without a date of its own that tells of a strike today,
   * Saturday, and recalls "30 December 2022", a Friday, recalls another event: the date is
   * background and dates nothing.
   */
  static boolean agrees(DateRange d, Integer weekday) {
    if (weekday == null) {
      return true;
    }
    for (LocalDate x = d.from(); !x.isAfter(d.to()); x = x.plusDays(1)) {
      if (x.getDayOfWeek().getValue() == weekday) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code d} when it can date the event itself: at most {@value #MAX_EVENT_DAYS} days long
   * (not "in March 2020", "since 2019") and, when the report's date is known, not after it and
   * not more than {@link IncidentOptions#maxLagDays()} before it (older dates are background:
   * the truce of last year, the previous strike). Else null.
   */
  DateRange eventDate(DateRange d, LocalDate documentDate) {
    if (d == null || d.days() > MAX_EVENT_DAYS) {
      return null;
    }
    if (documentDate != null && (d.from().isAfter(documentDate.plusDays(1))
        || d.to().isBefore(documentDate.minusDays(options.maxLagDays())))) {
      return null;
    }
    return d;
  }

  /**
   * The earliest day a report can have been written by the dates its text gives: the latest
   * day any of its TIME arguments names (the first day of an open range: منذ مطلع العام 2023),
   * since a report tells of the past. Null when it names none; meant for a report with no
   * date of its own, whose background dates (a truce of 2019) then still tell it from a record
   * of the year before them.
   */
  public static LocalDate notBefore(List<EventFrame> frames) {
    LocalDate latest = null;
    for (EventFrame f : frames) {
      for (Argument a : f.arguments(Role.TIME)) {
        LocalDate d = lastDay(time(a));
        if (d != null && (latest == null || d.isAfter(latest))) {
          latest = d;
        }
      }
    }
    return latest;
  }

  /** The last closed day of an ISO date or interval; the first day of an open one. */
  private static LocalDate lastDay(String iso) {
    if (iso == null) {
      return null;
    }
    if (iso.endsWith("/..")) {
      DateRange from = DateRange.parse(iso.substring(0, iso.length() - 3));
      return from == null ? null : from.from();
    }
    DateRange d = DateRange.parse(iso);
    return d == null ? null : d.to();
  }

  /**
   * True when {@code f} is dated by a span longer than one incident can take (منذ 8 كانون
   * الثاني، خلال الشهر الماضي): its figures are a running total of many strikes, not this one's
   * toll, and would veto the merge of two reports of one strike.
   */
  static boolean cumulative(EventFrame f) {
    for (Argument a : f.arguments(Role.TIME)) {
      DateRange d = DateRange.parse(time(a));
      if (d != null && d.days() > MAX_EVENT_DAYS) {
        return true;
      }
    }
    return false;
  }

  /**
   * The weekday an unresolved TIME argument names (اليوم الخميس، مساء أمس الاثنين: the event's
   * day, whatever the relative word), or null. Weekday names are the time layer's data
   * ({@code models/time/weekdays.tsv}).
   */
  static Integer weekdayNamed(String head, String text) {
    TimeLexicon lex = TimeLexicon.get();
    Integer d = lex.weekday(head);
    if (d != null) {
      return d;
    }
    for (String w : text.split("[\\s" + ArabicGrammar.COMMAS + "()]+")) {
      d = lex.weekday(w);
      if (d != null) {
        return d;
      }
    }
    return null;
  }
}
