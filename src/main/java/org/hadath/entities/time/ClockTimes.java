package org.hadath.entities.time;

import java.util.List;
import org.hadath.entities.PhraseTable;
import org.hadath.entities.Piece;

/**
 * A clock time told in a sentence (في تمام الساعة 23:35 مساء، الساعة الـ 15.20): a clock noun
 * of {@code clock-words.tsv}, an article written apart if any, the hour with its minutes
 * (15.20، 23:35) or alone, and a day part after it if any. It dates an event to the hour but
 * names no day, so its mention has no value; beside a day (الساعة 11، مساء أمس) the two are
 * read as one time by the argument layer.
 */
final class ClockTimes {
  private ClockTimes() {}

  /**
   * A clock time read at piece {@code i}.
   *
   * @param end one past its last piece
   * @param part the day part after it, or null
   * @param clitic whether the clock noun carried a proclitic the mention leaves out
   */
  record Clock(int end, PartOfDay part, boolean clitic) {}

  /** The clock time starting at piece {@code i}, or null. */
  static Clock at(List<Piece> ps, int i, TimeLexicon lex) {
    PhraseTable.Match<Boolean> noun = lex.clockNouns.match(ps, i, true);
    if (noun == null) {
      return null;
    }
    int j = i + noun.length();
    if (j < ps.size() && lex.clockArticles.contains(ps.get(j).key())) {
      j++;
    }
    if (j >= ps.size() || !ps.get(j).isNumber() || !hour(ps.get(j).key())) {
      return null;
    }
    j++;
    // 23:35: the minutes glued after a colon
    if (j + 1 < ps.size() && ps.get(j).key().equals(":") && ps.get(j + 1).isNumber()
        && ps.get(j - 1).end() == ps.get(j).begin() && ps.get(j).end() == ps.get(j + 1).begin()) {
      j += 2;
    }
    PartOfDay part = null;
    PhraseTable.Match<TimeLexicon.DayPart> dp = lex.dayParts.match(ps, j, false);
    if (dp != null) {
      part = dp.value().part();
      j += dp.length();
    }
    return new Clock(j, part, noun.cliticStripped());
  }

  /** An hour, with or without its minutes after a point: 0 to 24. */
  private static boolean hour(String key) {
    String h = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
    if (h.isEmpty() || h.length() > 2 || !h.chars().allMatch(Character::isDigit)) {
      return false;
    }
    return Integer.parseInt(h) <= 24;
  }
}
