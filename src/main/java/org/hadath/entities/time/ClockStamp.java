package org.hadath.entities.time;

import static org.hadath.entities.time.CalendarDates.number;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hadath.normalize.ArabicGrammar;

/**
 * Finds a date written with a clock time beside it: the stamp a page or a post puts on its own
 * publication, wherever in the text the page's chrome left it. A date alone deep in a body is
 * usually the date of some event; a date with its minute is a time stamp. Two forms:
 *
 * <ul>
 *   <li>a social post's stamp, the clock first: {@code 2:22 PM · Dec 1, 2024}, searched in the
 *       whole text, since a post's stamp follows its body; the year is four digits even when
 *       the view count is glued to it ({@code Dec 1, 20242.2KViews});
 *   <li>a news page's stamp, the date first: {@code 04/07/2022 1:10 م}، {@code 2022-02-16
 *       11:00:00}، {@code الأربعاء، ٥ يوليو ٢٠٢٣، ١٨:٤٧}, searched in the first
 *       {@value #PAGE_LINES} lines (the header and the article's byline).
 * </ul>
 *
 * Digits may be ASCII or Arabic-Indic; month names come from {@code models/time/months.tsv}.
 * Offsets index the text as given.
 */
final class ClockStamp {

  private ClockStamp() {}

  /** How many lines from the top a page's date-and-clock stamp may sit. */
  static final int PAGE_LINES = 60;

  private static final String D = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
  private static final String CLOCK = D + "{1,2}[:\\.]" + D + "{2}";
  /** Clock, AM/PM, a middle dot, Month D, YYYY (the stamp of X posts). */
  private static final Pattern POST = Pattern.compile("(?i)" + CLOCK + "\\s?[AP]M\\s*·\\s*("
      + TimeLexicon.get().latinMonthAlternation() + ")\\.? (" + D + "{1,2}), (" + D + "{4})");
  /**
   * A separator of at most a few characters between the date and its clock (space, comma, |),
   * then perhaps a word the clock follows ({@code clock-words.tsv}: الساعة، في).
   */
  static final String GAP = "[\\s" + ArabicGrammar.COMMAS + "|\\-–]{1,4}(?:(?:"
      + TimeLexicon.get().clockLeadAlternation() + ")\\s+)?";
  private static final Pattern DMY = Pattern.compile("(?<!" + D + ")(" + D + "{1,2})[/.-](" + D + "{1,2})[/.-]("
      + D + "{4})" + GAP + CLOCK);
  private static final Pattern YMD = Pattern.compile("(?<!" + D + ")(" + D + "{4})[/-](" + D + "{1,2})[/-]("
      + D + "{1,2})" + GAP + CLOCK);
  /** A clock time alone: every page stamp above ends with one, so a head without one has none. */
  static final Pattern A_CLOCK = Pattern.compile(CLOCK);
  private static final Pattern WORDS = Pattern.compile("(?<!" + D + ")(" + D + "{1,2})\\s+("
      + "[^\\d\\s\\u0660-\\u0669" + ArabicGrammar.COMMAS + "/]+"
      + "(?:\\s+[^\\d\\s\\u0660-\\u0669" + ArabicGrammar.COMMAS + "/]+)?)[" + ArabicGrammar.COMMAS + "]?\\s+("
      + D + "{4})" + GAP + CLOCK);

  /** The first stamp of {@code text}, a post's before a page's; never throws. */
  static Optional<DocumentDate> find(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    // a post's stamp has its middle dot: most texts have none, and the pattern is slow to fail
    Matcher m = POST.matcher(text.indexOf('·') >= 0 ? text : "");
    while (m.find()) {
      Integer month = TimeLexicon.get().latinMonth(m.group(1));
      Optional<LocalDate> d = month == null ? Optional.empty() : CalendarDates.date(number(m.group(3)), month, number(m.group(2)));
      if (d.isPresent()) {
        return Optional.of(new DocumentDate(d.get(), DocumentDate.Source.POST_STAMP, m.start(1), m.end(3)));
      }
    }
    String head = firstLines(text, PAGE_LINES);
    if (!A_CLOCK.matcher(head).find()) {
      return Optional.empty();
    }
    DocumentDate best = null;
    for (Pattern p : new Pattern[] {DMY, YMD, WORDS}) {
      Matcher x = p.matcher(head);
      while (x.find()) {
        if (best != null && x.start() >= best.begin()) {
          break;
        }
        Optional<LocalDate> d = pageDate(p, x);
        if (d.isPresent()) {
          best = new DocumentDate(d.get(), DocumentDate.Source.DATELINE, x.start(1), x.end(3));
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<LocalDate> pageDate(Pattern p, Matcher x) {
    if (p == DMY) {
      return CalendarDates.dayFirst(x.group(1), x.group(2), x.group(3));
    }
    if (p == YMD) {
      return CalendarDates.date(x.group(1), x.group(2), x.group(3));
    }
    Integer month = TimeLexicon.get().monthOfPhrase(x.group(2));
    return month == null ? Optional.empty() : CalendarDates.date(number(x.group(3)), month, number(x.group(1)));
  }

  /** True when {@code s} holds a Latin letter, which a Latin month name needs. */
  static boolean hasLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        return true;
      }
    }
    return false;
  }

  /** The first {@code n} lines of {@code text}. */
  static String firstLines(String text, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = text.indexOf('\n', at + 1);
      if (at < 0) {
        return text;
      }
    }
    return text.substring(0, at);
  }

}
