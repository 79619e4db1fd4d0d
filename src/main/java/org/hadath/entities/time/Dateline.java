package org.hadath.entities.time;

import static org.hadath.entities.time.CalendarDates.number;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.normalize.ArabicKeys;

/**
 * Finds the date a document carries in its own text, in this order: a front-matter line
 * {@code date: 2017-12-20}; a date after a label heading one of the first {@value #STAMP_LINES}
 * lines (التاريخ: 2023-05-02، آخر تحديث: 24.08.2023); the first date with a year in the first three non-blank lines
 * (2019-03-02، 5/3/2019، 12-10-2021، 2023/10/04، 02 مارس 2019، 13 نوفمبر/تشرين الثاني 2017، 12 May
 * 2023);
 * a social post's time stamp in the first {@value #STAMP_LINES} lines (November 29, 2024 ·،
 * 9:36 AM · Nov 30, 2024, often glued to the account name); last, a date with its clock time
 * anywhere a page or post stamps itself ({@link ClockStamp}); a numeric date alone on one of
 * the first {@value #STAMP_LINES} lines (a page's date under its outlet's name), or set apart
 * on its line by a byline's marks (| 23 أغسطس 2023 | name); then a date a sentence names with
 * its weekday ({@link WeekdayDate}); then the newest stamp of a post the page quotes
 * ({@link QuotedPostStamp}); last, a post's stamp without its year ({@link YearlessStamp}). News datelines and page stamps put
 * the date there; a date deeper in the body without its weekday or clock is usually an event
 * the story recalls, not the publication date, so it is not used.
 */
public final class Dateline {

  private Dateline() {}

  /** How many lines from the top a post's time stamp may sit (page chrome comes first). */
  static final int STAMP_LINES = 15;

  private static final Pattern FRONT = Pattern.compile("^\\s*date\\s*:\\s*[\"']?(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)");
  private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
  /** D Month YYYY; also 30 / تشرين الثاني / 2024 and a day glued to its month (4تموز/يوليو 2022). */
  private static final Pattern WORDS = Pattern.compile(
      "(?<!\\d)(\\d{1,2})(?:\\s*/\\s*|\\s*)([^\\d\\s/]+(?:\\s+[^\\d\\s/]+)?)(?:\\s*/\\s*[^\\d\\s/]+(?:\\s+[^\\d\\s/]+)?)?(?:\\s*/\\s*|\\s+)(\\d{4})(?!\\d)");
  /** A line holding only a numeric date (and punctuation or a weekday name). */
  private static final Pattern DATE_ONLY = Pattern.compile("^[^\\d]{0,12}?((?:\\d{4}[-/]\\d{1,2}[-/]\\d{1,2})|(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}))"
      + "[\\s\\p{Punct}" + ArabicGrammar.ARABIC_COMMA + "|]*$");
  /**
   * What a label can be: 2 to 30 characters, no digit (Latin, Arabic-Indic or Persian), colon or
   * punctuation mark; {@link TimeLexicon} checks {@code date-labels.tsv}'s rows against it.
   */
  static final String LABEL_TEXT = "[^\\d\\u0660-\\u0669\\u06F0-\\u06F9:\\p{Punct}]{2,30}";
  /** Words heading a line, an optional colon, then the first digit of a date (Latin, Arabic-Indic or Persian). */
  private static final Pattern LABEL = Pattern.compile("^[\\s\\p{Punct}•·]*(" + LABEL_TEXT
      + "?)\\s*[:：]?\\s*(?=[\\d\\u0660-\\u0669\\u06F0-\\u06F9])");
  /** Marks that set a byline's parts apart on one line (| 23 أغسطس 2023 | name). */
  private static final String APART_MARKS = "|·•";
  /**
   * A date with its year as one part of a line cut by {@link #APART_MARKS} (a weekday's name may
   * come first): D Month YYYY, D Month/Month YYYY, or a numeric date.
   */
  private static final Pattern APART = Pattern.compile("(?:^|[" + APART_MARKS + "])\\s*(?:[^\\s\\d"
      + APART_MARKS + "]+[\\s" + ArabicGrammar.COMMAS + "]+)?((\\d{1,2})\\s+([^\\d\\s/" + APART_MARKS + "]+(?:\\s+[^\\d\\s/" + APART_MARKS
      + "]+)?)(?:\\s*/\\s*[^\\d\\s/" + APART_MARKS + "]+(?:\\s+[^\\d\\s/" + APART_MARKS + "]+)?)?[" + ArabicGrammar.COMMAS + "]?\\s+(\\d{4})"
      + "|\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})\\s*(?=[" + APART_MARKS + "]|$)");
  /** Month D, YYYY with the names of models/time/months.tsv (LATIN), longest first. */
  private static final Pattern STAMP = Pattern.compile("(?i)(?<![a-z])(?:[a-z]*?)("
      + TimeLexicon.get().latinMonthAlternation() + ")\\.? (\\d{1,2}), (\\d{4})(?!\\d)");

  /**
   * The dateline date of {@code text} with its year, if any: empty also when the date is partial
   * (written without its year, see {@link #locate(String)}). Never throws.
   */
  public static Optional<LocalDate> find(String text) {
    return locate(text).map(DocumentDate::date);
  }

  /**
   * The date the text carries and where it is, if any (see the class comment); a date written
   * without its year stays partial ({@link DocumentDate#hasYear()} false). Never throws.
   */
  public static Optional<DocumentDate> locate(String text) {
    return locate(text, null);
  }

  /**
   * The date the text carries, as {@link #locate(String)}, with {@code window} the days the
   * caller says the text was written in: a weekday date or post stamp without its year takes
   * the one year the window allows it ({@link DateWindow#only}); null: none.
   */
  public static Optional<DocumentDate> locate(String text, DateWindow window) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String[] lines = text.split("\n", 40);
    int[] starts = new int[lines.length];
    for (int i = 1; i < lines.length; i++) {
      starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
    }
    for (int i = 0; i < Math.min(lines.length, 20); i++) {
      Matcher m = FRONT.matcher(lines[i]);
      if (m.find()) {
        Optional<LocalDate> d = CalendarDates.date(m.group(1), m.group(2), m.group(3));
        if (d.isPresent()) {
          return Optional.of(new DocumentDate(d.get(), DocumentDate.Source.FRONT_MATTER,
              starts[i] + m.start(1), starts[i] + m.end(3)));
        }
      }
    }
    for (int i = 0; i < Math.min(lines.length, STAMP_LINES); i++) {
      Optional<DocumentDate> d = labelled(lines[i], starts[i]);
      if (d.isPresent()) {
        return d;
      }
    }
    int seen = 0;
    for (int i = 0; i < lines.length && seen < 3; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      seen++;
      Optional<DocumentDate> d = inLine(lines[i], starts[i]);
      if (d.isPresent()) {
        return d;
      }
    }
    for (int i = 0; i < Math.min(lines.length, STAMP_LINES); i++) {
      Optional<DocumentDate> d = dateOnly(lines[i], starts[i]);
      if (d.isPresent()) {
        return d;
      }
    }
    for (int i = 0; i < Math.min(lines.length, STAMP_LINES); i++) {
      Matcher m = STAMP.matcher(ClockStamp.hasLatin(lines[i]) ? lines[i] : "");
      while (m.find()) {
        Integer month = TimeLexicon.get().latinMonth(m.group(1));
        Optional<LocalDate> d = month == null ? Optional.empty()
            : CalendarDates.date(number(m.group(3)), month, number(m.group(2)));
        if (d.isPresent()) {
          return Optional.of(new DocumentDate(d.get(), DocumentDate.Source.POST_STAMP,
              starts[i] + m.start(1), starts[i] + m.end(3)));
        }
      }
    }
    Optional<DocumentDate> stamp = ClockStamp.find(text);
    if (stamp.isPresent()) {
      return stamp;
    }
    Optional<DocumentDate> weekday = WeekdayDate.find(text, window);
    if (weekday.isPresent()) {
      return weekday;
    }
    Optional<DocumentDate> quoted = QuotedPostStamp.find(text);
    return quoted.isPresent() ? quoted : YearlessStamp.find(text, window);
  }

  /**
   * A date after a label heading its line (التاريخ: 2023-05-02 الوقت: 01:13، آخر تحديث:
   * 24.08.2023 | 10:39; {@code models/time/date-labels.tsv}): the page's own date, which a
   * site's header line showing the day the page was read (الجمعة ١٢ ايار ٢٠٢٣ above it) must
   * not outrank.
   */
  private static Optional<DocumentDate> labelled(String raw, int lineStart) {
    Matcher m = LABEL.matcher(raw);
    if (!m.find() || !TimeLexicon.get().labelsADate(m.group(1))) {
      return Optional.empty();
    }
    return inLine(raw.substring(m.end()), lineStart + m.end());
  }

  /**
   * A numeric date alone on its line (2022/01/03 under an outlet's name; a weekday name or a
   * bullet may come before it): a page's date of publication, not a sentence's.
   */
  private static Optional<DocumentDate> dateOnly(String raw, int lineStart) {
    String line = ArabicKeys.matchKey(raw);
    Matcher m = DATE_ONLY.matcher(line);
    if (!m.find()) {
      return setApart(raw, line, lineStart);
    }
    String before = line.substring(0, m.start(1)).replaceAll("[\\s\\p{Punct}" + ArabicGrammar.ARABIC_COMMA + "|]", "");
    if (!before.isEmpty() && TimeLexicon.get().weekday(before) == null) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(m.group(1));
    Matcher dmy = DMY.matcher(m.group(1));
    Optional<LocalDate> d = iso.find() ? CalendarDates.date(iso.group(1), iso.group(2), iso.group(3))
        : dmy.find() ? CalendarDates.dayFirst(dmy.group(1), dmy.group(2), dmy.group(3)) : Optional.empty();
    if (d.isEmpty()) {
      return Optional.empty();
    }
    int b = rawIndex(raw, line, m.start(1));
    int e = rawIndex(raw, line, m.end(1) - 1) + 1;
    return Optional.of(new DocumentDate(d.get(), DocumentDate.Source.DATELINE, lineStart + b, lineStart + Math.max(b, e)));
  }

  /**
   * A date with its year set apart as one part of a line cut by a byline's marks ({@code |
   * 23 أغسطس 2023 | نور الدين}, {@code الكاتب · 2022/01/03}): the page's date beside its
   * author's name, not a sentence's. A line without such a mark is left to the other rules.
   */
  private static Optional<DocumentDate> setApart(String raw, String line, int lineStart) {
    if (line.chars().noneMatch(c -> APART_MARKS.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    Matcher m = APART.matcher(line);
    while (m.find()) {
      Optional<LocalDate> d;
      if (m.group(2) != null) {
        Integer month = TimeLexicon.get().monthOfPhrase(m.group(3));
        d = month == null ? Optional.empty() : CalendarDates.date(number(m.group(4)), month, number(m.group(2)));
      } else {
        Matcher iso = ISO.matcher(m.group(1));
        Matcher dmy = DMY.matcher(m.group(1));
        d = iso.find() ? CalendarDates.date(iso.group(1), iso.group(2), iso.group(3))
            : dmy.find() ? CalendarDates.dayFirst(dmy.group(1), dmy.group(2), dmy.group(3)) : Optional.empty();
      }
      if (d.isPresent()) {
        int b = rawIndex(raw, line, m.start(1));
        int e = rawIndex(raw, line, m.end(1) - 1) + 1;
        return Optional.of(new DocumentDate(d.get(), DocumentDate.Source.DATELINE, lineStart + b, lineStart + Math.max(b, e)));
      }
    }
    return Optional.empty();
  }

  /**
   * A date in one of the first lines. Patterns run on the line's match key, which drops
   * only marks (diacritics, tatweel, invisibles) and folds letters one for one; offsets
   * are mapped back through the kept characters.
   */
  private static Optional<DocumentDate> inLine(String raw, int lineStart) {
    String line = ArabicKeys.matchKey(raw);
    Matcher m = ISO.matcher(line);
    while (m.find()) {
      Optional<LocalDate> d = CalendarDates.date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent() && (atHead(line, m.start()) || endsTitle(line, m.start(), m.end()))) {
        return Optional.of(at(d.get(), raw, line, lineStart, m));
      }
    }
    m = DMY.matcher(line);
    while (m.find()) {
      Optional<LocalDate> d = CalendarDates.dayFirst(m.group(1), m.group(2), m.group(3));
      if (d.isPresent() && (atHead(line, m.start()) || endsTitle(line, m.start(), m.end()))) {
        return Optional.of(at(d.get(), raw, line, lineStart, m));
      }
    }
    m = WORDS.matcher(line);
    while (m.find()) {
      if (!atHead(line, m.start()) && !endsTitle(line, m.start(), m.end())) {
        continue;
      }
      Integer month = TimeLexicon.get().monthOfPhrase(m.group(2));
      if (month == null) {
        // an English month heading its line (12 May 2023): a page's date, not prose
        month = TimeLexicon.get().latinMonth(m.group(2).split(" ")[0]);
      }
      if (month != null) {
        Optional<LocalDate> d = CalendarDates.date(number(m.group(3)), month, number(m.group(1)));
        if (d.isPresent()) {
          return Optional.of(at(d.get(), raw, line, lineStart, m));
        }
      }
    }
    Matcher s = STAMP.matcher(raw);
    while (s.find()) {
      Integer month = TimeLexicon.get().latinMonth(s.group(1));
      Optional<LocalDate> d = month == null ? Optional.empty() : CalendarDates.date(number(s.group(3)), month, number(s.group(2)));
      if (d.isPresent()) {
        return Optional.of(new DocumentDate(d.get(), DocumentDate.Source.POST_STAMP,
            lineStart + s.start(1), lineStart + s.end(3)));
      }
    }
    return Optional.empty();
  }

  /**
   * True when at most {@value #HEAD_WORDS} words come before {@code at} in its line: a dateline
   * or page date heads its line (دمشق - 02 آذار 2019، الموقع 04/07/2022), while a date after a
   * clause (على الرغم من الاتفاق الموقع في 5 آذار 2020) is one the story recalls, even in a
   * first paragraph written on one line. A date right after a day's name heads its clause
   * wherever it stands (a roundup's title: ليوم الجمعة 23-09-2022).
   */
  private static boolean atHead(String line, int at) {
    String before = line.substring(0, at).strip();
    if (before.isEmpty()) {
      return true;
    }
    String[] words = before.split("\\s+");
    if (words.length <= HEAD_WORDS) {
      return true;
    }
    // a day named just before: a title's date (حصاد ليوم الجمعة 23-09-2022، اليوم الأربعاء 21 حزيران)
    for (int i = Math.max(0, words.length - 2); i < words.length; i++) {
      if (TimeLexicon.get().namesADay(words[i].replaceAll("[\\p{Punct}" + ArabicGrammar.ARABIC_COMMA + "]", ""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the date ending at {@code end} closes a title: nothing but punctuation after it,
   * and no full stop in the line (a title is no sentence): نشرة الأحداث الميدانية في سوريا
   * 16-08-2021. A sentence ending on a date (نزح أهلها منذ 3/5/2019.) is not a title.
   */
  private static boolean endsTitle(String line, int start, int end) {
    return line.substring(end).replaceAll("[\\s\\p{Punct}" + ArabicGrammar.ARABIC_COMMA + "|]", "").isEmpty()
        && line.substring(0, start).indexOf('.') < 0;
  }

  /** Words a dateline's date may follow in its line (a place, a dash, an outlet's name). */
  static final int HEAD_WORDS = 4;

  /** The date with its offsets in the original line (the key may be shorter than the raw). */
  private static DocumentDate at(LocalDate d, String raw, String key, int lineStart, Matcher m) {
    int b = rawIndex(raw, key, m.start());
    int e = rawIndex(raw, key, m.end() - 1) + 1;
    return new DocumentDate(d, DocumentDate.Source.DATELINE, lineStart + b, lineStart + Math.max(b, e));
  }

  /**
   * The raw index of a key index: matchKey folds characters one for one (Arabic-Indic digits to
   * ASCII, alef forms to ا) and only drops marks, so the k-th occurrence of a key character is
   * the k-th raw character that folds to it; falls back to 0 when they disagree.
   */
  static int rawIndex(String raw, String key, int keyIndex) {
    char target = key.charAt(keyIndex);
    int seenInKey = 0;
    for (int k = 0; k < keyIndex; k++) {
      if (key.charAt(k) == target) {
        seenInKey++;
      }
    }
    for (int r = 0; r < raw.length(); r++) {
      if (ArabicKeys.foldLetter(raw.charAt(r)) == target && seenInKey-- == 0) {
        return r;
      }
    }
    return 0;
  }

}
