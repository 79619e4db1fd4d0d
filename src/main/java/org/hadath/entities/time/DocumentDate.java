package org.hadath.entities.time;

import com.google.common.base.Preconditions;
import java.time.LocalDate;

/**
 * The date a document's relative times are resolved against (أمس، فجر اليوم، السبت), and
 * where it came from, so a consumer (an incident record, a reviewer) can judge how far to
 * trust it.
 *
 * @param date the date
 * @param source where the date was found
 * @param begin offset of the date's first character in the document text, or -1 when the
 *     date did not come from the text
 * @param end offset one past its last character, or -1
 */
public record DocumentDate(LocalDate date, Source source, int begin, int end) {

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
     * close to it; without a written year, the latest year in which that day was that weekday.
     */
    WEEKDAY,
    /**
     * The newest stamp of a post the page quotes (— name (@account) November 2, 2022): the page
     * was written that day or later, usually the same day or the next.
     */
    QUOTED_POST,
    /**
     * A social post's stamp without its year (January 11 ·، ٥ ديسمبر في الساعة ٩:١٥ م): the
     * latest year in which that day is not after today, or the archive's newest date.
     */
    YEARLESS_STAMP
  }

  public DocumentDate {
    Preconditions.checkNotNull(date, "date");
    Preconditions.checkNotNull(source, "source");
    Preconditions.checkArgument(begin <= end, "begin > end");
  }

  /** A date that did not come from the text (caller, DocDate). */
  public static DocumentDate given(LocalDate date, Source source) {
    return new DocumentDate(date, source, -1, -1);
  }
}
