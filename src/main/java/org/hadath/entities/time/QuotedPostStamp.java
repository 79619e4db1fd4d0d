package org.hadath.entities.time;

import static org.hadath.entities.time.CalendarDates.number;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the stamps of the posts a page quotes: an embedded post ends with its author and the
 * day it was posted ({@code — الدفاع المدني السوري (@SyriaCivilDefe) September 7, 2021}). A
 * page is written on the day of the newest post it quotes or later, most often that day or the
 * next, so that day dates an otherwise undated page better than nothing; it is the last resort
 * of {@link Dateline}. Month names come from {@code models/time/months.tsv} (LATIN). Offsets
 * index the text as given.
 */
final class QuotedPostStamp {

  private QuotedPostStamp() {}

  private static final String D = "[0-9\\u0660-\\u0669]";
  /** (@account) Month D, YYYY: the closing line of an embedded post. */
  private static final Pattern QUOTED = Pattern.compile("(?i)\\(@\\w{1,30}\\)\\s*("
      + TimeLexicon.get().latinMonthAlternation() + ")\\.? (" + D + "{1,2}), (" + D + "{4})(?!" + D + ")");

  /** The newest quoted post's stamp in {@code text}, if any; never throws. */
  static Optional<DocumentDate> find(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    DocumentDate newest = null;
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      Integer month = TimeLexicon.get().latinMonth(m.group(1));
      Optional<LocalDate> d = month == null ? Optional.empty()
          : CalendarDates.date(number(m.group(3)), month, number(m.group(2)));
      if (d.isPresent() && (newest == null || d.get().isAfter(newest.date()))) {
        newest = new DocumentDate(d.get(), DocumentDate.Source.QUOTED_POST, m.start(1), m.end(3));
      }
    }
    return Optional.ofNullable(newest);
  }
}
