package org.hadath.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.util.ModelFiles;

/**
 * Reads a number written in digits (1,200 / ١٢) or in Arabic number words (ثلاثة وعشرون،
 * ألف وخمسمئة) from a sentence's {@link Piece}s, and knows the words that make the number
 * after them a year or a label. Shared by the quantity layer (casualty counts) and the time
 * layer (durations such as منذ ثلاثة أيام, years after عام), which is why it lives here and
 * not in either.
 *
 * <p>Its data is {@code quantity/number-words.tsv} and {@code quantity/number-context.tsv},
 * loaded once per JVM from the classpath. Immutable after loading, so shared between threads.
 */
public final class NumberReader {

  /** Role of a number word in a compound; see {@code number-words.tsv}. */
  public enum Role { UNIT, TEN, HUNDRED, THOUSAND, MILLION }

  /** One number word. {@code bound} words only count inside a teen (أحد عشر). */
  public record NumberWord(long value, Role role, boolean bound) {}

  /**
   * A number found in the pieces: its value and the pieces it spans.
   *
   * @param value the number
   * @param start first piece
   * @param end one past the last piece
   */
  public record Num(long value, int start, int end) {}

  private static final class Holder {
    static final NumberReader INSTANCE = new NumberReader();
  }

  private final Map<String, NumberWord> numberWords;
  private final Map<String, String> numberContext;
  /** Plurals that alone are no number (آلاف): rows marked {@code vague}, as match keys. */
  private final Set<String> vague;
  /** The words of ten that complete a teen after a bound unit (أحد عشر): rows marked {@code teen}. */
  private final Set<String> teen;

  /** The shared reader (its data is loaded on first use). */
  public static NumberReader get() {
    return Holder.INSTANCE;
  }

  private NumberReader() {
    this(rows("quantity/number-words.tsv", 4, 5), rows("quantity/number-context.tsv", 2, 2));
  }

  /** A reader of the rows of {@code number-words.tsv} and {@code number-context.tsv}, checked here. */
  NumberReader(List<ModelFiles.Row> wordRows, List<ModelFiles.Row> contextRows) {
    Map<String, NumberWord> words = new HashMap<>();
    Set<String> vagueKeys = new HashSet<>();
    Set<String> teenKeys = new HashSet<>();
    for (ModelFiles.Row r : wordRows) {
      Role role;
      try {
        role = Role.valueOf(r.get(3));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown role '" + r.get(3) + "'");
      }
      if (!List.of("m", "f", "-").contains(r.get(2))) {
        throw r.error("gender must be m, f or -: '" + r.get(2) + "'");
      }
      String mark = r.fields().size() > 4 ? r.get(4) : "";
      if (!List.of("", "bound", "vague", "teen").contains(mark)) {
        throw r.error("fifth column must be 'bound', 'vague' or 'teen': '" + mark + "'");
      }
      String key = org.hadath.normalize.ArabicKeys.matchKey(r.get(0));
      words.put(key, new NumberWord(intColumn(r, 1), role, mark.equals("bound")));
      if (mark.equals("vague")) {
        vagueKeys.add(key);
      } else if (mark.equals("teen")) {
        teenKeys.add(key);
      }
    }
    this.numberWords = Map.copyOf(words);
    this.vague = Set.copyOf(vagueKeys);
    this.teen = Set.copyOf(teenKeys);
    Map<String, String> ctx = new HashMap<>();
    for (ModelFiles.Row r : contextRows) {
      String cls = r.get(1);
      if (!cls.equals("YEAR") && !cls.equals("LIST")) {
        throw r.error("class must be YEAR or LIST, found '" + cls + "'");
      }
      ctx.put(org.hadath.normalize.ArabicKeys.matchKey(r.get(0)), cls);
    }
    this.numberContext = Map.copyOf(ctx);
  }

  /** The packaged file's rows; like every data file of the quantity and time layers, no field may be empty. */
  private static List<ModelFiles.Row> rows(String path, int minColumns, int maxColumns) {
    return ModelFiles.packaged().table(path, minColumns, maxColumns).requireNonEmptyFields().rows();
  }

  private static int intColumn(ModelFiles.Row r, int i) {
    try {
      return Integer.parseInt(r.get(i));
    } catch (NumberFormatException e) {
      throw r.error("column " + (i + 1) + " is not an integer: '" + r.get(i) + "'");
    }
  }

  /** The number word with this key, or null. */
  public NumberWord numberWord(String key) {
    return numberWords.get(key);
  }

  /** True when the word before a number makes it a year (عام 2019): {@code number-context.tsv}. */
  public boolean isYearWord(String key) {
    return "YEAR".equals(numberContext.get(key));
  }

  /** True when the word before a number makes it a label (رقم 5، المادة 3). */
  public boolean isListWord(String key) {
    return "LIST".equals(numberContext.get(key));
  }

  /** A number (digits or words) starting exactly at piece {@code i}, or null. */
  public Num number(List<Piece> ps, int i) {
    if (i < 0 || i >= ps.size()) {
      return null;
    }
    Piece p = ps.get(i);
    if (p.isNumber()) {
      Double d = digits(p.key());
      if (d == null) {
        return null;
      }
      int end = i + 1;
      NumberWord w = end < ps.size() ? numberWord(ps.get(end).key()) : null;
      if (w != null && (w.role() == Role.THOUSAND || w.role() == Role.MILLION)) {
        // 3 آلاف، 1.5 مليون: the word multiplies the digits.
        d *= w.role() == Role.THOUSAND ? 1000 : 1_000_000;
        end++;
      }
      if (d != Math.floor(d) || d > Long.MAX_VALUE / 2) {
        return null; // a decimal that is no whole count
      }
      return new Num(d.longValue(), i, end);
    }
    return words(ps, i);
  }

  /**
   * Digits with separators: 1,200 and 1.200 (groups of three after the first) are
   * thousands; otherwise . and ٫ are decimal points.
   */
  static Double digits(String key) {
    String k = key.replace(ArabicGrammar.ARABIC_DECIMAL_SEPARATOR, '.')
        .replace(ArabicGrammar.ARABIC_THOUSANDS_SEPARATOR, ',');
    if (k.matches("\\d{1,3}([,.]\\d{3})+")) {
      return Double.valueOf(k.replaceAll("[,.]", ""));
    }
    k = k.replace(",", "");
    try {
      return Double.valueOf(k);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** True for the conjunction و standing alone. */
  public static boolean isAnd(Piece p) {
    return ArabicGrammar.isWa(p.key());
  }

  /** A compound of number words: ثلاثة وعشرون، خمسة عشر، ألف وخمسمئة، ثلاثة آلاف. */
  private Num words(List<Piece> ps, int i) {
    long total = 0;
    long current = 0;
    int j = i;
    int lastEnd = -1;
    boolean any = false;
    while (j < ps.size()) {
      Piece p = ps.get(j);
      String key = p.key();
      NumberWord w = numberWord(key);
      int next = j + 1;
      if (w == null && any && isAnd(p) && j + 1 < ps.size()
          && numberWord(ps.get(j + 1).key()) != null) {
        // "و" joining two number words
        w = numberWord(ps.get(j + 1).key());
        next = j + 2;
        p = ps.get(j + 1);
      } else if (w == null && p.keyWithoutClitic() != null && key.startsWith(ArabicGrammar.WA)
          && (any || j == i)) {
        w = numberWord(p.keyWithoutClitic());
      }
      if (w == null) {
        break;
      }
      if (!any && vague.contains(p.key())) {
        return null; // آلاف alone is vague, handled by the vague cues
      }
      if (next == j + 2 && !((w.role() == Role.TEN && current > 0 && current < 10)
          || (current == 0 && total > 0) || (current > 0 && current % 100 == 0))) {
        break; // "خمسة وعشرة" are two numbers; و only joins units to tens and after 100s
      }
      if (w.bound()) {
        if (next >= ps.size() || !teen.contains(ps.get(next).key())) {
          break;
        }
      }
      if (any && w.role() == Role.UNIT && current % 100 != 0 && current % 10 != 0
          && !(w.value() == 10)) {
        break; // two units in a row are two numbers
      }
      switch (w.role()) {
        case UNIT, TEN -> current += w.value();
        case HUNDRED -> current = (w.value() == 100 && current > 0 && current < 10)
            ? current * 100 : current + w.value();
        case THOUSAND -> {
          total += current > 0 ? current * 1000 : w.value();
          current = 0;
        }
        case MILLION -> {
          total = (total + current > 0 ? (total + current) * 1_000_000 : w.value());
          current = 0;
        }
        default -> { }
      }
      any = true;
      lastEnd = next;
      j = next;
    }
    if (!any) {
      return null;
    }
    return new Num(total + current, i, lastEnd);
  }
}
