package org.hadath.entities.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hadath.entities.NumberReader;
import org.hadath.entities.PhraseTable;
import org.hadath.entities.Piece;

/**
 * Reads an absolute date at a position of a sentence's pieces (5/3/2019، 2019-03-02، 02 مارس
 * 2019، 13 نوفمبر/تشرين الثاني 2017، 11 كانون الثاني، كانون الأول من عام 2018، عام 2014) and
 * turns it into the days it covers. A date without its year takes the document's year, or
 * the year before when it would fall after the document. Stateless over the shared lexicons.
 */
final class AbsoluteDates {

  private final TimeLexicon lex;
  private final NumberReader numbers;

  AbsoluteDates(TimeLexicon lex, NumberReader numbers) {
    this.lex = lex;
    this.numbers = numbers;
  }

  /**
   * An absolute date read from the text; day and/or month may be missing.
   *
   * @param year the year, null when neither written nor inferable (no document date)
   * @param end the piece index after the date
   */
  record Abs(Integer year, int month, Integer day, Granularity granularity, int end) {}

  /**
   * An absolute date at piece {@code j}, or null. A month name without day or year is taken
   * only when {@code allowMonthAlone} (after مطلع/أواخر), because several month names are
   * also common words (آب "father").
   */
  Abs read(List<Piece> ps, int j, boolean allowMonthAlone, LocalDate docDate) {
    if (j >= ps.size()) {
      return null;
    }
    Piece p = ps.get(j);
    // numeric dates: d/m/y (m/d/y when d/m/y cannot be) or y-m-d, pieces glued together
    if (p.isNumber() && j + 4 < ps.size() && (glued(ps, j, j + 4) || spacedOut(ps, j))) {
      String s1 = ps.get(j + 1).key();
      String s2 = ps.get(j + 3).key();
      Integer a = intOf(p);
      Integer b = intOf(ps.get(j + 2));
      Integer c = intOf(ps.get(j + 4));
      if (a != null && b != null && c != null && s1.equals(s2)
          && (s1.equals("/") || s1.equals("-") || s1.equals("."))) {
        if (p.key().length() == 4) {
          return new Abs(a, b, c, Granularity.DAY, j + 5);
        }
        if (ps.get(j + 4).key().length() == 4) {
          // day first, as Arabic writes it; month first when the second cannot be a month (12/25/2023)
          return b > 12 && a <= 12 ? new Abs(c, a, b, Granularity.DAY, j + 5) : new Abs(c, b, a, Granularity.DAY, j + 5);
        }
      }
    }
    Integer day = null;
    int k = j;
    if (p.isNumber()) {
      Integer d = intOf(p);
      if (d == null || d < 1 || d > 31) {
        return null;
      }
      day = d;
      k++;
    }
    PhraseTable.Match<Integer> mm = lex.months.match(ps, k, false);
    if (mm == null) {
      if (day == null && numbers.isYearWord(p.key())) {
        Integer y = year(ps, j + 1);
        if (y != null) {
          return new Abs(y, 1, null, Granularity.YEAR, j + 2);
        }
      }
      return null;
    }
    int month = mm.value();
    k += mm.length();
    // 13 نوفمبر/تشرين الثاني: the second name repeats the month in the other system; when it
    // names another month (22 كانون الثاني/ نوفمبر) the writer slipped and neither can be trusted
    boolean slip = false;
    if (k + 1 < ps.size() && ps.get(k).key().equals("/")) {
      PhraseTable.Match<Integer> alt = lex.months.match(ps, k + 1, false);
      if (alt != null) {
        k += 1 + alt.length();
        slip = alt.value() != month;
      }
    }
    int afterMonth = k;
    if (k < ps.size() && lex.isDateOf(ps.get(k).key())) {
      k++;
    }
    if (k < ps.size() && numbers.isYearWord(ps.get(k).key())) {
      k++;
    }
    Integer y = year(ps, k);
    if (y != null) {
      return new Abs(slip ? null : y, month, day, day != null ? Granularity.DAY : Granularity.MONTH, k + 1);
    }
    if (day != null || allowMonthAlone) {
      Integer inferred = null;
      if (docDate != null && !slip) {
        inferred = docDate.getYear();
        // A date later than the document (by more than a day) is last year's.
        if (month > docDate.getMonthValue() || (day != null && month == docDate.getMonthValue()
            && day > docDate.getDayOfMonth() + 1)) {
          inferred--;
        }
      }
      return new Abs(inferred, month, day, day != null ? Granularity.DAY : Granularity.MONTH,
          afterMonth);
    }
    return null;
  }

  /** The days {@code a} covers, or null when its year is unknown or the day does not exist. */
  static DaySpan span(Abs a) {
    if (a.year() == null) {
      return null;
    }
    try {
      return switch (a.granularity()) {
        case DAY -> DaySpan.day(LocalDate.of(a.year(), a.month(), a.day()));
        case MONTH -> {
          YearMonth ym = YearMonth.of(a.year(), a.month());
          yield new DaySpan(ym.atDay(1), ym.atEndOfMonth());
        }
        default -> new DaySpan(LocalDate.of(a.year(), 1, 1), LocalDate.of(a.year(), 12, 31));
      };
    } catch (DateTimeException e) {
      return null; // 31/02/2019: keep the text, no value
    }
  }

  private static boolean glued(List<Piece> ps, int from, int to) {
    for (int x = from; x < to; x++) {
      if (ps.get(x).end() != ps.get(x + 1).begin()) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when pieces {@code j..j+4} are a day-first numeric date written with a space around its
   * marks (من يوم 1/ 5 / 2023، 20 - 10 - 2024): a day or month of one or two digits first and a
   * year of four digits last, one space at most between pieces, so that no count or range
   * (5 - 10 قتلى) reads as a date; and a day of the calendar, since spaced numbers are weaker
   * evidence than glued ones: three counts in a row (بين 25 - 40 - 1500 شخص) stay numbers
   * rather than a TIME without a value.
   */
  private static boolean spacedOut(List<Piece> ps, int j) {
    if (ps.get(j).key().length() > 2 || ps.get(j + 2).key().length() > 2 || ps.get(j + 4).key().length() != 4
        || CalendarDates.dayFirst(ps.get(j).key(), ps.get(j + 2).key(), ps.get(j + 4).key()).isEmpty()) {
      return false;
    }
    for (int x = j; x < j + 4; x++) {
      if (ps.get(x + 1).begin() - ps.get(x).end() > 1) {
        return false;
      }
    }
    return true;
  }

  private static Integer intOf(Piece p) {
    if (!p.isNumber() || p.key().length() > 4 || !p.key().chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Integer.valueOf(p.key());
  }

  private static Integer year(List<Piece> ps, int k) {
    if (k >= ps.size()) {
      return null;
    }
    Integer y = intOf(ps.get(k));
    return y != null && ps.get(k).key().length() == 4 && y >= 1900 && y <= 2100 ? y : null;
  }
}
