package org.hadath.entities.time;

import static org.hadath.entities.time.CalendarDates.number;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hadath.normalize.ArabicGrammar;

/**
 * Finds a social post's stamp written without its year: pages leave the year out for posts of
 * the current year ({@code January 11 · Shared with Public}، {@code Dec 1 at 9:15 PM ·}، {@code
 * ٥ ديسمبر في الساعة ٩:١٥ م}). The stamp is a partial date (month and day) unless the caller's
 * {@link DateWindow} holds that day once (the year up to the day the page was saved; an
 * archive's span of a year or less, {@link ArchiveDates}): the clock of the machine reading the
 * page says nothing of the year it was saved in. Searched in the
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
  private static final Pattern ARABIC = Pattern.compile("(?<!" + D + ")(" + D + "{1,2})\\s+("
      + "[^\\d\\s\\u0660-\\u0669" + ArabicGrammar.COMMAS + "/·]+"
      + "(?:\\s+[^\\d\\s\\u0660-\\u0669" + ArabicGrammar.COMMAS + "/·]+)?)(?:" + ClockStamp.GAP + CLOCK + "|\\s*·)");

  /** The first year-less stamp in the head of {@code text}, its year from {@code window} if it fixes one (may be null); never throws. */
  static Optional<DocumentDate> find(String text, DateWindow window) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String head = ClockStamp.firstLines(text, Dateline.STAMP_LINES);
    // both forms end with a middle dot or a clock time: a head with neither has no stamp
    if (head.indexOf('·') < 0 && !ClockStamp.A_CLOCK.matcher(head).find()) {
      return Optional.empty();
    }
    Matcher m = LATIN.matcher(ClockStamp.hasLatin(head) ? head : "");
    while (m.find()) {
      Optional<DocumentDate> d = at(TimeLexicon.get().latinMonth(m.group(1)), m.group(2), window, m.start(1), m.end(2));
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
      Optional<DocumentDate> d = at(TimeLexicon.get().month(phrase), m.group(1), window, m.start(1),
          m.start(2) + phrase.length());
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<DocumentDate> at(Integer month, String day, DateWindow window, int begin, int end) {
    if (month == null) {
      return Optional.empty();
    }
    return WeekdayDate.partial(number(day), month)
        .map(md -> DocumentDate.partial(md, null, DocumentDate.Source.YEARLESS_STAMP, begin, end).complete(window));
  }
}
