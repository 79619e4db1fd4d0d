package org.hadath.entities.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hadath.entities.PhraseTable;
import org.hadath.util.ModelFiles;
import org.hadath.normalize.ArabicKeys;

/**
 * The data of the time layer, loaded once per JVM from {@code hadath/models/time/}.
 * Immutable after loading.
 */
public final class TimeLexicon {

  /** A day part and whether it stands alone as a time adverb (صباحاً). */
  public record DayPart(PartOfDay part, boolean standalone) {}

  /** A relative day or period: unit DAY/WEEK/MONTH/YEAR and an offset. */
  public record Relative(Granularity unit, int offset) {}

  /** What a word turns the time after it into ({@code models/time/span-prefixes.tsv}). */
  public enum Prefix {
    /** From the time to the document date (منذ يومين). */
    SINCE,
    /** The time itself (خلال الأسبوع الماضي). */
    DURING,
    /** A point that far before the document date (قبل أربعة أشهر); only with durations. */
    AGO,
    /** The first part of the month or year after it (مطلع). */
    START,
    /** Its middle part (منتصف). */
    MID,
    /** Its last part (أواخر). */
    END
  }

  /** What a word written inside a date is ({@code models/time/date-words.tsv}). */
  public enum DateWord {
    /** The noun before a weekday or a relative day, read with it (يوم الأحد، من يوم أمس). */
    DAY_NOUN,
    /** The preposition between a date's day and month or month and year (4 من تموز، آذار من عام 2020). */
    OF
  }

  /** A duration noun: unit, and count 1 (singular), 2 (dual) or 0 (plural). */
  public record Duration(Granularity unit, int count) {}

  private static final class Holder {
    static final TimeLexicon INSTANCE = new TimeLexicon();
  }

  /** The shared lexicon (loaded on first use). */
  public static TimeLexicon get() {
    return Holder.INSTANCE;
  }

  final PhraseTable<Integer> months = new PhraseTable<>();
  final Map<String, Integer> monthByKey = new HashMap<>();
  final Map<String, Integer> latinMonths = new HashMap<>();
  final PhraseTable<Integer> weekdays = new PhraseTable<>();
  final Map<String, Integer> weekdayByKey = new HashMap<>();
  final PhraseTable<DayPart> dayParts = new PhraseTable<>();
  final PhraseTable<Relative> relative = new PhraseTable<>();
  /** The one-word relative days (اليوم، أمس), as match keys. */
  final Set<String> relativeDays = new HashSet<>();
  final PhraseTable<Prefix> prefixes = new PhraseTable<>();
  final PhraseTable<Duration> durations = new PhraseTable<>();
  /** The nouns a clock time's digits follow (الساعة), see {@code clock-words.tsv}. */
  final PhraseTable<Boolean> clockNouns = new PhraseTable<>();
  /**
   * The words a page stamp's clock may follow after its date, as written: the HOUR nouns, then
   * the LINK words of {@code clock-words.tsv} (2023-05-02 الساعة 10:39، 2023-05-02 في 10:39).
   */
  final List<String> clockLeads = new ArrayList<>();
  /** The words of {@code date-words.tsv}, by match key. */
  final Map<String, DateWord> dateWords = new HashMap<>();
  /** Articles written apart between a clock noun and its digits (الـ), as match keys. */
  final Set<String> clockArticles = new HashSet<>();
  /** Words between a day's name and its date (الموافق), as match keys; see {@code date-links.tsv}. */
  final Set<String> dateLinks = new HashSet<>();
  /** Labels of a page's own date (التاريخ:), as match keys; see {@code date-labels.tsv}. */
  final Set<String> dateLabels = new HashSet<>();

  private TimeLexicon() {
    for (ModelFiles.Row r : ModelFiles.packaged().table("time/months.tsv", 3, 3).requireNonEmptyFields()) {
      int m = r.getInt(1);
      if (m < 1 || m > 12) {
        throw r.error("month number out of range: " + m);
      }
      if (r.get(2).equals("LATIN")) {
        latinMonths.put(r.get(0).toLowerCase(Locale.ROOT), m);
        continue; // page stamps only: an English word in Arabic prose is no date
      }
      if (!r.get(2).equals("LEVANT") && !r.get(2).equals("WEST")) {
        throw r.error("system must be LEVANT, WEST or LATIN: '" + r.get(2) + "'");
      }
      months.put(r.get(0), m);
      monthByKey.put(ArabicKeys.matchKey(r.get(0)), m);
    }
    for (ModelFiles.Row r : ModelFiles.packaged().table("time/weekdays.tsv", 2, 2).requireNonEmptyFields()) {
      int d = r.getInt(1);
      if (d < 1 || d > 7) {
        throw r.error("ISO weekday must be 1-7: " + d);
      }
      weekdays.put(r.get(0), d);
      weekdayByKey.put(ArabicKeys.matchKey(r.get(0)), d);
    }
    for (ModelFiles.Row r : ModelFiles.packaged().table("time/day-parts.tsv", 3, 3).requireNonEmptyFields()) {
      dayParts.put(r.get(0), new DayPart(enumOf(PartOfDay.class, r, 1), yesNo(r, 2)));
    }
    for (ModelFiles.Row r : ModelFiles.packaged().table("time/relative.tsv", 3, 3).requireNonEmptyFields()) {
      relative.put(r.get(0), new Relative(enumOf(Granularity.class, r, 1), r.getInt(2)));
      if (r.get(1).equals("DAY") && !r.get(0).strip().contains(" ")) {
        relativeDays.add(ArabicKeys.matchKey(r.get(0).strip()));
      }
    }
    for (ModelFiles.Row r : ModelFiles.packaged().table("time/span-prefixes.tsv", 2, 2).requireNonEmptyFields()) {
      prefixes.put(r.get(0), enumOf(Prefix.class, r, 1));
    }
    for (ModelFiles.Row r : ModelFiles.packaged().table("time/duration-units.tsv", 3, 3).requireNonEmptyFields()) {
      int c = r.getInt(2);
      if (c < 0 || c > 2) {
        throw r.error("count must be 0, 1 or 2: " + c);
      }
      durations.put(r.get(0), new Duration(enumOf(Granularity.class, r, 1), c));
    }
    List<String> links = new ArrayList<>();
    for (ModelFiles.Row r : ModelFiles.packaged().table("time/clock-words.tsv", 2, 2).requireNonEmptyFields()) {
      switch (r.get(1)) {
        case "HOUR" -> {
          clockNouns.put(r.get(0), Boolean.TRUE);
          clockLeads.add(r.get(0).strip());
        }
        case "ARTICLE" -> clockArticles.add(ArabicKeys.matchKey(r.get(0).strip()));
        case "LINK" -> links.add(r.get(0).strip());
        default -> throw r.error("kind must be HOUR, ARTICLE or LINK: '" + r.get(1) + "'");
      }
    }
    clockLeads.addAll(links);
    dateWords.putAll(dateWords(ModelFiles.packaged().table("time/date-words.tsv", 2, 2)));
    for (ModelFiles.Row r : ModelFiles.packaged().table("time/date-links.tsv", 1, 1).requireNonEmptyFields()) {
      dateLinks.add(ArabicKeys.matchKey(r.get(0).strip()));
    }
    dateLabels.addAll(dateLabels(ModelFiles.packaged().table("time/date-labels.tsv", 1, 1)));
  }

  /**
   * The labels of {@code table} ({@code date-labels.tsv}) as match keys, each checked at load:
   * Dateline reads a label as 2 to 30 characters without a digit or a punctuation mark before
   * the date, so a row written with its colon (التاريخ:) or a digit could never match and is
   * an error naming its file and line rather than a label silently lost.
   *
   * @throws org.hadath.util.ModelFormatException on an empty row or a label that cannot match
   */
  static Set<String> dateLabels(ModelFiles.Table table) {
    Set<String> out = new HashSet<>();
    for (ModelFiles.Row r : table.requireNonEmptyFields()) {
      String label = r.get(0).strip();
      if (!LABEL_TEXT.matcher(label).matches()) {
        throw r.error("a date label is 2 to 30 characters without digits or punctuation (the colon after it is"
            + " optional in the text, not written here): '" + label + "'");
      }
      out.add(labelKey(label));
    }
    return out;
  }

  /**
   * True when {@code phrase} (its words joined by single spaces) is a label a page writes
   * before its own date (التاريخ، آخر تحديث; {@code date-labels.tsv}); false for null.
   */
  public boolean labelsADate(String phrase) {
    return phrase != null && dateLabels.contains(labelKey(phrase));
  }

  /** What {@link Dateline} can read as a label ({@link Dateline#LABEL_TEXT}). */
  private static final Pattern LABEL_TEXT = Pattern.compile(Dateline.LABEL_TEXT);

  private static String labelKey(String phrase) {
    return ArabicKeys.matchKey(phrase.strip().replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT);
  }

  /**
   * The rows of {@code table} ({@code date-words.tsv}) by match key, checked at load.
   *
   * @throws org.hadath.util.ModelFormatException on an empty field or an unknown kind
   */
  static Map<String, DateWord> dateWords(ModelFiles.Table table) {
    Map<String, DateWord> out = new HashMap<>();
    for (ModelFiles.Row r : table.requireNonEmptyFields()) {
      out.put(ArabicKeys.matchKey(r.get(0).strip()), enumOf(DateWord.class, r, 1));
    }
    return out;
  }

  /** True when the match key {@code key} is the noun before a day's name (يوم الأحد): {@code date-words.tsv}. */
  public boolean isDayNoun(String key) {
    return dateWords.get(key) == DateWord.DAY_NOUN;
  }

  /** True when {@code word} (any spelling) is written between a date's parts (4 من تموز): {@code date-words.tsv}. */
  public boolean isDateOf(String word) {
    return dateWords.get(ArabicKeys.matchKey(word.strip())) == DateWord.OF;
  }

  /**
   * The words a page stamp's clock may follow after its date ({@code clock-words.tsv}: the HOUR
   * nouns, then the LINK words), quoted as written, as a regex alternation.
   */
  public String clockLeadAlternation() {
    return clockLeads.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  /** True when {@code word} may stand between a day's name and its date (الموافق). */
  public boolean linksADate(String word) {
    return dateLinks.contains(ArabicKeys.matchKey(word.strip()));
  }

  /**
   * True when {@code word} (any spelling) names a day: a weekday (الجمعة) or a relative day
   * (اليوم، أمس), as in a title's "ليوم الجمعة 23-09-2022" or "اليوم الأربعاء 21 حزيران 2023".
   */
  public boolean namesADay(String word) {
    String k = ArabicKeys.matchKey(word.strip());
    return weekdays.containsWord(k) || relativeDays.contains(k);
  }

  /** The ISO day number (1 = Monday) of a weekday name with its article (any listed spelling), or null. */
  public Integer weekday(String word) {
    return weekdayByKey.get(ArabicKeys.matchKey(word.strip()));
  }

  /** The month number of a month name (any listed spelling), or null. */
  public Integer month(String name) {
    return monthByKey.get(ArabicKeys.matchKey(name.strip()));
  }

  /** The month number of an English month name or abbreviation (any case), or null. */
  public Integer latinMonth(String name) {
    return latinMonths.get(name.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The month number of a month phrase in a written date: the whole phrase, else its first
   * word ({@code 5 آذار / مارس 2024} captures "آذار" with what follows it), or null.
   */
  public Integer monthOfPhrase(String phrase) {
    Integer month = month(phrase);
    if (month == null && phrase.contains(" ")) {
      month = month(phrase.substring(0, phrase.indexOf(' ')));
    }
    return month;
  }

  /**
   * The English month names and abbreviations listed, lower case, as a regex alternation
   * with the longest first (so "sept" is tried before "sep").
   */
  public String latinMonthAlternation() {
    return latinMonths.keySet().stream()
        .sorted(Comparator.comparing(String::length).reversed())
        .collect(Collectors.joining("|"));
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, ModelFiles.Row r, int col) {
    try {
      return Enum.valueOf(type, r.get(col));
    } catch (IllegalArgumentException e) {
      throw r.error("unknown " + type.getSimpleName() + " '" + r.get(col) + "'");
    }
  }

  private static boolean yesNo(ModelFiles.Row r, int col) {
    return switch (r.get(col)) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw r.error("column " + (col + 1) + " must be yes or no: '" + r.get(col) + "'");
    };
  }
}
