package org.hadath.entities.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a sentence's times against a document date written without its year (اليوم
 * الأربعاء 2 كانون الأول): أمس، فجر اليوم، الثلاثاء count from a month-day and weekday, not from
 * a year, so they are resolved against a stand-in year in which that day fell on that weekday
 * and written with TimeML's unknown year ({@code XXXX-12-01}); a consumer that later learns the
 * year ({@link #complete}) puts it back. Times that need no document date (a date with its year
 * written) keep their value; a time further than {@value #NEAR_DAYS} days from the document's
 * day (العام الماضي) would need the year, and stays unresolved.
 */
public final class PartialDates {

  private PartialDates() {}

  /** How far from the document's day a time may lie and still be written without its year. */
  static final int NEAR_DAYS = 150;

  private static final Pattern DAY = Pattern.compile("(?<![\\dX])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern YEARLESS = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");

  /**
   * A stand-in for {@code d}: the first year from 2000 in which its month-day fell on its
   * weekday (any such year resolves أمس الثلاثاء alike); null when it has no weekday, since a
   * weekday named in the text then cannot be counted.
   */
  static LocalDate standIn(DocumentDate d) {
    if (d.hasYear() || d.weekday() == null) {
      return null;
    }
    for (int y = 2000; y < 2000 + 28; y++) {
      if (d.monthDay().isValidYear(y) && d.monthDay().atYear(y).getDayOfWeek() == d.weekday()) {
        return d.monthDay().atYear(y);
      }
    }
    return null;
  }

  /**
   * Merges two readings of one sentence's times: {@code plain} without a document date, {@code
   * stood} against {@code standIn}. A time {@code plain} resolved keeps its value; one only
   * {@code stood} resolved takes its value without the year.
   */
  static List<TimeMention> merge(List<TimeMention> plain, List<TimeMention> stood, LocalDate standIn) {
    List<TimeMention> out = new ArrayList<>(stood.size());
    for (TimeMention s : stood) {
      TimeMention p = plain.stream().filter(x -> x.begin() == s.begin() && x.end() == s.end()).findFirst().orElse(null);
      String value = p != null && p.value() != null ? p.value() : yearless(s.value(), standIn);
      out.add(new TimeMention(s.text(), s.begin(), s.end(), s.sentenceIndex(), s.tokenBegin(), s.tokenEnd(), value,
          s.granularity(), s.partOfDay()));
    }
    return out;
  }

  /** {@code value} with its years written XXXX, or null when a day of it is far from {@code standIn}. */
  static String yearless(String value, LocalDate standIn) {
    if (value == null) {
      return null;
    }
    Matcher m = DAY.matcher(value);
    StringBuilder sb = new StringBuilder();
    boolean any = false;
    while (m.find()) {
      LocalDate d = LocalDate.parse(m.group());
      if (Math.abs(ChronoUnit.DAYS.between(standIn, d)) > NEAR_DAYS) {
        return null;
      }
      any = true;
      m.appendReplacement(sb, DocumentDate.NO_YEAR + "-$2-$3");
    }
    m.appendTail(sb);
    return any && !sb.toString().matches(".*\\d{4}.*") ? sb.toString() : null;
  }

  /**
   * {@code value} (as {@link #merge} writes it) with each year-less day given the year that puts
   * it nearest {@code day}, the document's date once its year is known: {@code XXXX-12-31} of a
   * report of 1 January is the day before. Values without {@code XXXX} (and null) come back
   * unchanged; null when a year-less day has no date within {@value #NEAR_DAYS} days of {@code
   * day} (29 February counted from a stand-in leap year, the report's year having none).
   */
  public static String complete(String value, LocalDate day) {
    if (value == null || !value.contains(DocumentDate.NO_YEAR)) {
      return value;
    }
    Matcher m = YEARLESS.matcher(value);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int month = Integer.parseInt(m.group(1));
      int dom = Integer.parseInt(m.group(2));
      LocalDate best = null;
      for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
        LocalDate c = CalendarDates.date(y, month, dom).orElse(null);
        if (c != null && (best == null
            || Math.abs(ChronoUnit.DAYS.between(day, c)) < Math.abs(ChronoUnit.DAYS.between(day, best)))) {
          best = c;
        }
      }
      if (best == null || Math.abs(ChronoUnit.DAYS.between(day, best)) > NEAR_DAYS) {
        return null; // 29 February of a stand-in leap year, in a year without one: no day near
      }
      m.appendReplacement(sb, best.toString());
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
