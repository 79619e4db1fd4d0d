package org.hadath.entities.time;

import static org.hadath.entities.time.CalendarDates.date;
import static org.hadath.entities.time.CalendarDates.number;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hadath.normalize.ArabicGrammar;

/**
 * Finds the day a text names with its weekday inside a sentence (قُتل مدني صباح اليوم السبت 18
 * أيلول، يوم الجمعة 3 كانون الأول 2021، يوم الأحد 24-7-2022): news names the weekday only
 * for the last few days, so such a date is the report's day or close to it, the best anchor
 * an undated report has. The date may be bracketed (اليوم الخميس (23 آذار)) or follow a linking
 * word ({@code models/time/date-links.tsv}: الموافق). When the year is not written, the date is
 * partial (its month-day and weekday) unless the caller's {@link DateWindow} holds exactly one
 * year in which that day fell on that weekday (the pattern repeats every 5, 6 or 11 years, so
 * a window of up to five years fixes it; the reader's clock is no evidence of the year: a 2021
 * report's Wednesday 2 December is a Wednesday again in 2026). A weekday date opening its line is a page's widget
 * (السبت 1 آب, 2026: the day the page was saved), not a sentence, and is not taken. Offsets
 * index the text as given; digits may be ASCII or Arabic-Indic.
 */
final class WeekdayDate {

  private WeekdayDate() {}

  private static final Pattern WORD = Pattern.compile("[^\\s]+");
  private static final Pattern NUMERIC = Pattern.compile(
      "^([0-9\\u0660-\\u0669]{1,2})[-/.]([0-9\\u0660-\\u0669]{1,2})[-/.]([0-9\\u0660-\\u0669]{4})");
  /** A day's number, in brackets or not ((23 آذار)), with a month glued to it or not. */
  private static final Pattern DAY = Pattern.compile("^[(\\[«\"]?([0-9\\u0660-\\u0669]{1,2})(\\D*)$");
  private static final Pattern YEAR = Pattern.compile("^([0-9\\u0660-\\u0669]{4})\\W*$");
  private static final Pattern TRAIL = Pattern.compile("[\\p{Punct}" + ArabicGrammar.ARABIC_COMMA + ArabicGrammar.ARABIC_SEMICOLON + ":«»\"'“”]+$");

  /**
   * The first weekday date in a sentence of {@code text}, if any, its unwritten year given by
   * {@code window} (null: none, the date stays partial); never throws.
   */
  static Optional<DocumentDate> find(String text, DateWindow window) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    int lineStart = 0;
    for (String line : text.split("\n", -1)) {
      Optional<DocumentDate> d = inLine(line, lineStart, window);
      if (d.isPresent()) {
        return d;
      }
      lineStart += line.length() + 1;
    }
    return Optional.empty();
  }

  private record Word(String text, int begin, int end) {}

  private static Optional<DocumentDate> inLine(String line, int lineStart, DateWindow window) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      words.add(new Word(m.group(), lineStart + m.start(), lineStart + m.end()));
    }
    TimeLexicon lex = TimeLexicon.get();
    for (int i = 1; i + 1 < words.size(); i++) { // i > 0: inside a sentence, not a widget
      Integer wd = lex.weekday(TRAIL.matcher(words.get(i).text()).replaceAll(""));
      if (wd == null) {
        continue;
      }
      int j = i + 1;
      if (j + 1 < words.size() && lex.linksADate(TRAIL.matcher(words.get(j).text()).replaceAll(""))) {
        j++; // اليوم الأربعاء الموافق 24 تشرين الثاني
      }
      Optional<DocumentDate> d = after(words, j, wd, window, words.get(i).begin());
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The date written from word {@code j} on, after weekday {@code wd}. */
  private static Optional<DocumentDate> after(List<Word> words, int j, int wd, DateWindow window, int begin) {
    Matcher n = NUMERIC.matcher(words.get(j).text());
    if (n.find()) {
      return CalendarDates.dayFirst(n.group(1), n.group(2), n.group(3))
          .map(d -> new DocumentDate(d, DocumentDate.Source.WEEKDAY, begin, words.get(j).begin() + n.end()));
    }
    Matcher dm = DAY.matcher(words.get(j).text());
    if (!dm.find()) {
      return Optional.empty();
    }
    int day = number(dm.group(1));
    // the month: glued to the day (4تموز/يوليو) or the next one or two words
    List<String> rest = new ArrayList<>();
    if (!dm.group(2).isEmpty()) {
      rest.add(dm.group(2));
    }
    int k = j + 1;
    for (int x = k; x < Math.min(words.size(), k + 4); x++) {
      rest.add(words.get(x).text());
    }
    String joined = String.join(" ", rest).replace(ArabicGrammar.ARABIC_COMMA, " ").replace(",", " ");
    String[] parts = joined.split("\\s*/\\s*|\\s+");
    List<String> tokens = new ArrayList<>();
    for (String p : parts) {
      if (!p.isBlank()) {
        tokens.add(TRAIL.matcher(p).replaceAll(""));
      }
    }
    if (!tokens.isEmpty() && lex().isDateOf(tokens.get(0))) {
      tokens.remove(0);
    }
    MonthName month = monthAt(tokens, 0);
    if (month == null) {
      return Optional.empty();
    }
    int used = month.words();
    // an alternative name (تشرين الثاني/ نوفمبر) must agree: a slip between the two leaves no date
    MonthName alt = monthAt(tokens, used);
    if (alt != null) {
      if (alt.month() != month.month()) {
        return Optional.empty();
      }
      used += alt.words();
    }
    Integer year = null;
    if (tokens.size() > used && YEAR.matcher(tokens.get(used)).find()) {
      year = number(tokens.get(used).substring(0, 4));
    }
    int end = words.get(Math.min(words.size() - 1, j + 1)).end();
    if (year != null) {
      return date(year, month.month(), day).map(x -> new DocumentDate(x, DocumentDate.Source.WEEKDAY, begin, end));
    }
    return partial(day, month.month())
        .map(md -> DocumentDate.partial(md, DayOfWeek.of(wd), DocumentDate.Source.WEEKDAY, begin, end).complete(window));
  }

  /** The month-day {@code day month}, if the month has such a day (29 February: in a leap year). */
  static Optional<MonthDay> partial(int day, int month) {
    try {
      return Optional.of(MonthDay.of(month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A month's number and how many words its name took. */
  private record MonthName(int month, int words) {}

  /** The month named at {@code tokens[k]}: two words (كانون الأول) before one; null when none. */
  private static MonthName monthAt(List<String> tokens, int k) {
    if (tokens.size() > k + 1) {
      Integer m = lex().month(tokens.get(k) + " " + tokens.get(k + 1));
      if (m != null) {
        return new MonthName(m, 2);
      }
    }
    if (tokens.size() > k) {
      Integer m = lex().month(tokens.get(k));
      if (m != null) {
        return new MonthName(m, 1);
      }
    }
    return null;
  }

  private static TimeLexicon lex() {
    return TimeLexicon.get();
  }
}
