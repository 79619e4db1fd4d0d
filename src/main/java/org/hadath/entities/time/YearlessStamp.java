package org.hadath.entities.time;

import static org.hadath.entities.time.CalendarDates.number;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a social post's stamp written without its year: pages leave the year out for posts of
 * the current year ({@code January 11 · Shared with Public}، {@code Dec 1 at 9:15 PM ·}، {@code
 * ٥ ديسمبر في الساعة ٩:١٥ م}). The year is the latest in which that day is not after {@code
 * today}: right for news read as it comes; for an archive, today is its own newest written date
 * ({@link ArchiveDates}), so a post of the archive's last year gets its year. Searched in the
 * first {@value Dateline#STAMP_LINES} lines, where a post's header stands; it is
 * {@link Dateline}'s last resort, since the year is a guess. Month names come from {@code
 * models/time/months.tsv}; digits may be ASCII or Arabic-Indic; offsets index the text as given.
 */
final class YearlessStamp {

  private YearlessStamp() {}

  private static final String D = "[0-9\\u0660-\\u0669]";
  private static final String CLOCK = D + "{1,2}[:.]" + D + "{2}";
  /**
   * Month D, then a middle dot or "at" a clock time, and no year after the day; the month may be
   * glued to the account's name before it (جولانيينMarch 1 ·), as pages lose the break.
   */
  private static final Pattern LATIN = Pattern.compile("(?i)(?<![a-z])(?:[a-z]*?)(" + TimeLexicon.get().latinMonthAlternation()
      + ")\\.? (" + D + "{1,2})(?!" + D + "|,? " + D + ")\\s*(?:·|at " + CLOCK + ")");
  /** D Month, then its clock time (في الساعة ٩:١٥) or a middle dot, and no year after the month. */
  private static final Pattern ARABIC = Pattern.compile("(?<!" + D + ")(" + D + "{1,2})\\s+([^\\d\\s\\u0660-\\u0669,،/·]+"
      + "(?:\\s+[^\\d\\s\\u0660-\\u0669,،/·]+)?)(?:" + ClockStamp.GAP + CLOCK + "|\\s*·)");

  /** The first year-less stamp in the head of {@code text}, its year counted back from {@code today}; never throws. */
  static Optional<DocumentDate> find(String text, LocalDate today) {
    if (text == null || text.isEmpty() || today == null) {
      return Optional.empty();
    }
    String head = ClockStamp.firstLines(text, Dateline.STAMP_LINES);
    // both forms end with a middle dot or a clock time: a head with neither has no stamp
    if (head.indexOf('·') < 0 && !ClockStamp.A_CLOCK.matcher(head).find()) {
      return Optional.empty();
    }
    Matcher m = LATIN.matcher(ClockStamp.hasLatin(head) ? head : "");
    while (m.find()) {
      Optional<DocumentDate> d = at(TimeLexicon.get().latinMonth(m.group(1)), m.group(2), today, m.start(1), m.end(2));
      if (d.isPresent()) {
        return d;
      }
    }
    m = ARABIC.matcher(head);
    while (m.find()) {
      String phrase = m.group(2);
      if (TimeLexicon.get().month(phrase) == null && phrase.contains(" ")) {
        phrase = phrase.substring(0, phrase.indexOf(' ')); // ديسمبر في الساعة: the month is the first word
      }
      Optional<DocumentDate> d = at(TimeLexicon.get().month(phrase), m.group(1), today, m.start(1),
          m.start(2) + phrase.length());
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<DocumentDate> at(Integer month, String day, LocalDate today, int begin, int end) {
    if (month == null) {
      return Optional.empty();
    }
    return latest(month, number(day), today)
        .map(d -> new DocumentDate(d, DocumentDate.Source.YEARLESS_STAMP, begin, end));
  }

  /** The latest day {@code month}/{@code day} not after {@code today} (29 February: of a leap year), if any. */
  static Optional<LocalDate> latest(int month, int day, LocalDate today) {
    for (int y = today.getYear(); y > today.getYear() - 8; y--) {
      Optional<LocalDate> d = CalendarDates.date(y, month, day);
      if (d.isPresent() && d.get().getDayOfMonth() == day && !d.get().isAfter(today)) {
        return d;
      }
    }
    return Optional.empty();
  }
}
