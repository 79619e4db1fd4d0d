package org.hadath.entities.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hadath.normalize.ArabicKeys;

/**
 * Finds a document's date in its first lines: a front-matter line {@code date: 2017-12-20},
 * or the first date with a year in the first three non-blank lines (2019-03-02، 5/3/2019،
 * 02 مارس 2019، 13 نوفمبر/تشرين الثاني 2017). News datelines put the date there; a date
 * deeper in the body is usually an event date, not the publication date.
 */
public final class Dateline {

  private Dateline() {}

  private static final Pattern FRONT = Pattern.compile("^\\s*date\\s*:\\s*[\"']?(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?!\\d)");
  private static final Pattern WORDS = Pattern.compile(
      "(?<!\\d)(\\d{1,2})\\s+([^\\d\\s/]+(?:\\s+[^\\d\\s/]+)?)(?:\\s*/\\s*[^\\d\\s/]+(?:\\s+[^\\d\\s/]+)?)?\\s+(\\d{4})(?!\\d)");

  /** The dateline date of {@code text}, if any. Never throws. */
  public static Optional<LocalDate> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] lines = text.split("\\R", 40);
    // front matter: any "date:" line among the first lines
    for (int i = 0; i < Math.min(lines.length, 20); i++) {
      Matcher m = FRONT.matcher(lines[i]);
      if (m.find()) {
        Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    int seen = 0;
    for (String raw : lines) {
      if (raw.isBlank()) {
        continue;
      }
      if (++seen > 3) {
        break;
      }
      String line = ArabicKeys.matchKey(raw);
      Matcher m = ISO.matcher(line);
      if (m.find()) {
        Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
        if (d.isPresent()) {
          return d;
        }
      }
      m = DMY.matcher(line);
      if (m.find()) {
        Optional<LocalDate> d = of(m.group(3), m.group(2), m.group(1));
        if (d.isPresent()) {
          return d;
        }
      }
      m = WORDS.matcher(line);
      while (m.find()) {
        Integer month = TimeLexicon.get().month(m.group(2));
        if (month == null && m.group(2).contains(" ")) {
          month = TimeLexicon.get().month(m.group(2).substring(0, m.group(2).indexOf(' ')));
        }
        if (month != null) {
          Optional<LocalDate> d = of(m.group(3), String.valueOf(month), m.group(1));
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> of(String y, String m, String d) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m),
          Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
