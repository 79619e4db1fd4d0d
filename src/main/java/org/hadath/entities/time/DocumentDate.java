package org.hadath.entities.time;

import com.google.common.base.Preconditions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The date a document's relative times are resolved against (أمس، فجر اليوم، السبت), and
 * where it came from, so a consumer (an incident record, a reviewer) can judge how far to
 * trust it.
 *
 * <p>A date written without its year (اليوم الأربعاء 2 كانون الأول، a post stamped {@code January
 * 11}) is a <em>partial</em> date: its month and day, and its weekday when the text names one,
 * with {@code date} null. It takes a year only from the text or from a {@link DateWindow} the
 * caller gives (see {@link #complete}), never from the clock of the machine reading it; its
 * ISO form is TimeML's {@code XXXX-12-02}.
 *
 * @param date the date, or null when the text wrote no year and no window gave one
 * @param monthDay its month and day (always known)
 * @param weekday its weekday: the date's, or the one the text names beside a partial date; null
 *     when a partial date has none
 * @param source where the date was found
 * @param begin offset of the date's first character in the document text, or -1 when the
 *     date did not come from the text
 * @param end offset one past its last character, or -1
 */
public record DocumentDate(LocalDate date, MonthDay monthDay, DayOfWeek weekday, Source source, int begin,
    int end) {

  /** Where a document date came from, most trusted first. */
  public enum Source {
    /** Given by the caller ({@code extract(id, text, date)} or the CLI's {@code --date}). */
    CALLER,
    /** CoreNLP's {@code DocDateAnnotation} set by the caller's own pipeline. */
    DOC_DATE,
    /** A {@code date:} line of front matter. */
    FRONT_MATTER,
    /** A date in the first lines of the text (a dateline or a page date: 25/11/2024). */
    DATELINE,
    /** A social page's post time stamp (November 29, 2024 ·، 9:36 AM · Nov 30, 2024). */
    POST_STAMP,
    /**
     * A date a sentence names with its weekday (اليوم السبت 18 أيلول): the report's day or one
     * close to it; without a written year, partial unless a window gives the one year in which
     * that day was that weekday.
     */
    WEEKDAY,
    /**
     * The newest stamp of a post the page quotes (— name (@account) November 2, 2022): the page
     * was written that day or later, usually the same day or the next.
     */
    QUOTED_POST,
    /**
     * A social post's stamp without its year (January 11 ·، ٥ ديسمبر في الساعة ٩:١٥ م): partial
     * unless a window holds that day once.
     */
    YEARLESS_STAMP
  }

  /** TimeML's year of a date written without one. */
  public static final String NO_YEAR = "XXXX";

  /**
   * Checks the date.
   *
   * @throws NullPointerException when {@code monthDay} or {@code source} is null
   * @throws IllegalArgumentException when {@code begin} is after {@code end}, or a full {@code
   *     date} disagrees with {@code monthDay} or {@code weekday}
   */
  public DocumentDate {
    Preconditions.checkNotNull(monthDay, "monthDay");
    Preconditions.checkNotNull(source, "source");
    Preconditions.checkArgument(begin <= end, "begin > end");
    Preconditions.checkArgument(date == null || (MonthDay.from(date).equals(monthDay) && date.getDayOfWeek() == weekday),
        "month-day or weekday disagrees with the date %s", date);
  }

  /** A full date found at {@code begin..end} of the text. */
  public DocumentDate(LocalDate date, Source source, int begin, int end) {
    this(Preconditions.checkNotNull(date, "date"), MonthDay.from(date), date.getDayOfWeek(), source, begin, end);
  }

  /** A date written without its year, with the weekday the text names beside it (or null). */
  public static DocumentDate partial(MonthDay monthDay, DayOfWeek weekday, Source source, int begin, int end) {
    return new DocumentDate(null, monthDay, weekday, source, begin, end);
  }

  /** A date that did not come from the text (caller, DocDate). */
  public static DocumentDate given(LocalDate date, Source source) {
    return new DocumentDate(date, source, -1, -1);
  }

  /** Whether the year is known (written, given, or fixed by a window). */
  public boolean hasYear() {
    return date != null;
  }

  /** The date when its year is known. */
  public Optional<LocalDate> full() {
    return Optional.ofNullable(date);
  }

  /** ISO 8601 ({@code 2021-12-02}), or TimeML's {@code XXXX-12-02} for a partial date. */
  public String iso() {
    return date != null ? date.toString() : NO_YEAR + monthDay.toString().substring(1);
  }

  /**
   * This date with the year {@code window} gives it: the window's one day of this month-day on
   * this weekday (any day of the month-day when no weekday is known); this date unchanged when
   * it has its year, when the window is null, or when no day or several qualify.
   */
  public DocumentDate complete(DateWindow window) {
    if (date != null || window == null) {
      return this;
    }
    return window.only(monthDay, weekday).map(d -> new DocumentDate(d, source, begin, end)).orElse(this);
  }

  /**
   * Parses what {@link #iso()} writes; a partial date takes {@code weekday} (null when none).
   *
   * @throws java.time.DateTimeException when it is neither form
   */
  public static DocumentDate parse(String iso, DayOfWeek weekday, Source source, int begin, int end) {
    if (iso.startsWith(NO_YEAR + "-")) {
      return partial(MonthDay.parse("--" + iso.substring(NO_YEAR.length() + 1)), weekday, source, begin, end);
    }
    return new DocumentDate(LocalDate.parse(iso), source, begin, end);
  }
}
