package org.hadath.entities.time;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.NumberReader;
import org.hadath.entities.PhraseTable;
import org.hadath.entities.Piece;
import org.hadath.entities.Pieces;
import org.hadath.entities.time.TimeLexicon.DayPart;
import org.hadath.entities.time.TimeLexicon.Duration;
import org.hadath.entities.time.TimeLexicon.Prefix;
import org.hadath.entities.time.TimeLexicon.Relative;

/**
 * Finds time expressions in one sentence and resolves them against a document date.
 * Stateless apart from the shared immutable lexicons, so one instance may serve many
 * threads.
 *
 * <p>An expression is read left to right as: [span prefix (منذ، خلال، قبل)] [مطلع/أواخر]
 * [part of day] [يوم] [relative day (أمس، اليوم)] [weekday [weekday]] [absolute date], or a
 * relative period (الأسبوع الماضي) or a duration after a prefix (منذ يومين). At least one
 * anchor must be present; a part of day alone counts only in its adverb form (صباحاً).
 */
public final class TimeExtractor {

  private final TimeLexicon lex;
  private final NumberReader numbers;

  /** An extractor over the shared lexicons. */
  public TimeExtractor() {
    this.lex = TimeLexicon.get();
    this.numbers = NumberReader.get();
  }

  /** An absolute date read from the text; day and/or month may be missing. */
  private record Abs(Integer year, int month, Integer day, Granularity granularity, int end) {}

  /** Inclusive date interval; a single day has start == end; end null = open. */
  private record Span(LocalDate start, LocalDate end) {
    String iso() {
      if (end == null) {
        return start + "/..";
      }
      return start.equals(end) ? start.toString() : start + "/" + end;
    }
  }

  /**
   * Time mentions of one sentence, in text order. {@code docDate} may be null: relative
   * expressions then keep their text with a null value. Never throws on odd input.
   */
  public List<TimeMention> extract(List<CoreLabel> tokens, String docText, int sentenceIndex,
      LocalDate docDate) {
    List<Piece> ps = Pieces.split(tokens, docText);
    List<TimeMention> out = new ArrayList<>();
    int i = 0;
    while (i < ps.size()) {
      int[] endPiece = new int[1];
      ClockTimes.Clock clock = ClockTimes.at(ps, i, lex);
      TimeMention m = clock == null ? at(ps, i, docText, sentenceIndex, docDate, endPiece)
          : mention(ps, i, clock.end(), clock.clitic(), docText, sentenceIndex, null, Granularity.MINUTE,
              clock.part(), endPiece);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = Math.max(endPiece[0], i + 1);
      }
    }
    return out;
  }

  private TimeMention at(List<Piece> ps, int i, String doc, int sent, LocalDate docDate,
      int[] endOut) {
    int j = i;
    boolean clitic = false;
    Prefix prefix = null;
    Prefix sub = null;
    // a relative time that opens with a prefix word (قبل قليل) is read whole
    PhraseTable.Match<Prefix> pm = lex.relative.match(ps, j, true) != null ? null : lex.prefixes.match(ps, j, true);
    if (pm != null) {
      clitic = pm.cliticStripped();
      j += pm.length();
      if (pm.value() == Prefix.START || pm.value() == Prefix.MID || pm.value() == Prefix.END) {
        sub = pm.value();
      } else {
        prefix = pm.value();
        PhraseTable.Match<Prefix> pm2 = lex.prefixes.match(ps, j, false);
        if (pm2 != null && (pm2.value() == Prefix.START || pm2.value() == Prefix.MID
            || pm2.value() == Prefix.END)) {
          sub = pm2.value();
          j += pm2.length();
        }
      }
    }
    PartOfDay part = null;
    PhraseTable.Match<DayPart> dp = lex.dayParts.match(ps, j, j == i);
    if (dp != null) {
      clitic |= j == i && dp.cliticStripped();
      part = dp.value().part();
      j += dp.length();
    }
    // "يوم" before a day name or أمس: يوم الأحد، من يوم أمس
    if (j < ps.size() && ps.get(j).key().equals("يوم")
        && (lex.weekdays.match(ps, j + 1, false) != null
        || lex.relative.match(ps, j + 1, false) != null)) {
      j++;
    }
    Relative rel = null;
    PhraseTable.Match<Relative> rm = lex.relative.match(ps, j, j == i);
    if (rm != null) {
      clitic |= j == i && rm.cliticStripped();
      rel = rm.value();
      j += rm.length();
    }
    Integer w1 = null;
    Integer w2 = null;
    if (rel == null || rel.unit() == Granularity.DAY) {
      PhraseTable.Match<Integer> wm = lex.weekdays.match(ps, j, j == i);
      if (wm != null) {
        clitic |= j == i && wm.cliticStripped();
        w1 = wm.value();
        j += wm.length();
        // ليل الأحد الإثنين: a night between two named days
        PhraseTable.Match<Integer> wm2 = lex.weekdays.match(ps, j, false);
        if (wm2 != null) {
          w2 = wm2.value();
          j += wm2.length();
        }
      }
    }
    Abs abs = null;
    if (rel == null) {
      abs = absolute(ps, j, sub != null, docDate);
      if (abs != null) {
        j = abs.end();
      }
    }
    Duration dur = null;
    long durN = 0;
    if (rel == null && w1 == null && abs == null && prefix != null) {
      NumberReader.Num n = numbers.number(ps, j);
      int k = n != null ? n.end() : j;
      PhraseTable.Match<Duration> du = lex.durations.match(ps, k, false);
      // a number needs a plural unit (ثلاثة أيام); a bare plural stays vague (منذ أيام)
      if (du != null && (n == null || du.value().count() == 0)) {
        dur = du.value();
        durN = n != null ? n.value() : du.value().count();
        j = k + du.length();
      }
    }
    boolean anchor = rel != null || w1 != null || abs != null || dur != null;
    if (!anchor) {
      if (prefix == null && sub == null && dp != null && dp.value().standalone()) {
        return mention(ps, i, j, clitic, doc, sent, null, null, part, endOut);
      }
      return null;
    }
    if (prefix == Prefix.AGO && dur == null) {
      return null; // قبل + a day is "before Sunday", not a time we resolve; the day alone is
    }
    // a trailing adverb: يوم الأحد صباحاً
    if (part == null) {
      PhraseTable.Match<DayPart> tail = lex.dayParts.match(ps, j, false);
      if (tail != null && tail.value().standalone()) {
        part = tail.value().part();
        j += tail.length();
      }
    }
    // ---- resolution -------------------------------------------------------------------
    Span span = null;
    Granularity g;
    if (abs != null) {
      g = abs.granularity();
      span = absoluteSpan(abs, docDate);
    } else if (rel != null) {
      g = rel.unit();
      span = docDate == null ? null : relativeSpan(rel, docDate);
    } else if (w1 != null) {
      g = Granularity.DAY;
      if (docDate != null) {
        if (w2 != null) {
          LocalDate d2 = mostRecent(w2, docDate);
          LocalDate d1 = d2.minusDays(1);
          if (d1.getDayOfWeek().getValue() != w1) {
            d1 = mostRecent(w1, docDate);
          }
          span = d1.isAfter(d2) ? new Span(d2, d1) : new Span(d1, d2);
        } else {
          LocalDate d = mostRecent(w1, docDate);
          span = new Span(d, d);
        }
      }
    } else {
      g = dur.unit();
      if (docDate != null && durN > 0) {
        LocalDate from = minus(docDate, dur.unit(), durN);
        span = prefix == Prefix.AGO ? new Span(from, from) : new Span(from, docDate);
      }
    }
    if (prefix == Prefix.SINCE && dur == null && span != null) {
      // منذ X: from the start of X up to the document date (open when unknown)
      span = new Span(span.start(), docDate);
    }
    return mention(ps, i, j, clitic, doc, sent, span == null ? null : span.iso(), g, part,
        endOut);
  }

  private TimeMention mention(List<Piece> ps, int i, int j, boolean clitic, String doc,
      int sent, String value, Granularity g, PartOfDay part, int[] endOut) {
    Piece first = ps.get(i);
    Piece last = ps.get(j - 1);
    int begin = first.begin() + (clitic ? 1 : 0);
    endOut[0] = j;
    return new TimeMention(doc.substring(begin, last.end()), begin, last.end(), sent,
        first.tokenIndex(), last.tokenIndex() + 1, value, g, part);
  }

  // ---- absolute dates ---------------------------------------------------------------------

  /**
   * An absolute date at piece {@code j}: 5/3/2019، 2019-03-02، 02 مارس 2019، 13 نوفمبر/تشرين
   * الثاني 2017، 11 كانون الثاني، كانون الأول من عام 2018، عام 2014. A month name without day
   * or year is taken only after مطلع/أواخر (allowMonthAlone), because several month names
   * are also common words (آب "father").
   */
  private Abs absolute(List<Piece> ps, int j, boolean allowMonthAlone, LocalDate docDate) {
    if (j >= ps.size()) {
      return null;
    }
    Piece p = ps.get(j);
    // numeric dates: d/m/y or y-m-d, pieces glued together
    if (p.isNumber() && j + 4 < ps.size() && glued(ps, j, j + 4)) {
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
          return new Abs(c, b, a, Granularity.DAY, j + 5);
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
    // 13 نوفمبر/تشرين الثاني: the second name repeats the month in the other system
    if (k + 1 < ps.size() && ps.get(k).key().equals("/")) {
      PhraseTable.Match<Integer> alt = lex.months.match(ps, k + 1, false);
      if (alt != null) {
        k += 1 + alt.length();
      }
    }
    int afterMonth = k;
    if (k < ps.size() && ps.get(k).key().equals("من")) {
      k++;
    }
    if (k < ps.size() && numbers.isYearWord(ps.get(k).key())) {
      k++;
    }
    Integer y = year(ps, k);
    if (y != null) {
      return new Abs(y, month, day, day != null ? Granularity.DAY : Granularity.MONTH, k + 1);
    }
    if (day != null || allowMonthAlone) {
      Integer inferred = null;
      if (docDate != null) {
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

  private static boolean glued(List<Piece> ps, int from, int to) {
    for (int x = from; x < to; x++) {
      if (ps.get(x).end() != ps.get(x + 1).begin()) {
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

  private static Span absoluteSpan(Abs a, LocalDate docDate) {
    if (a.year() == null) {
      return null;
    }
    try {
      return switch (a.granularity()) {
        case DAY -> {
          LocalDate d = LocalDate.of(a.year(), a.month(), a.day());
          yield new Span(d, d);
        }
        case MONTH -> {
          YearMonth ym = YearMonth.of(a.year(), a.month());
          yield new Span(ym.atDay(1), ym.atEndOfMonth());
        }
        default -> new Span(LocalDate.of(a.year(), 1, 1), LocalDate.of(a.year(), 12, 31));
      };
    } catch (DateTimeException e) {
      return null; // 31/02/2019: keep the text, no value
    }
  }

  // ---- relative times -------------------------------------------------------------------

  private static Span relativeSpan(Relative r, LocalDate doc) {
    switch (r.unit()) {
      case DAY -> {
        LocalDate d = doc.plusDays(r.offset());
        return new Span(d, d);
      }
      case WEEK -> {
        if (r.offset() == 0) {
          return new Span(doc.minusDays(6), doc);
        }
        LocalDate end = doc.minusDays(1 + 7L * (-r.offset() - 1));
        return new Span(end.minusDays(6), end);
      }
      case MONTH -> {
        YearMonth ym = YearMonth.from(doc).plusMonths(r.offset());
        return new Span(ym.atDay(1), r.offset() == 0 ? doc : ym.atEndOfMonth());
      }
      case YEAR -> {
        int y = doc.getYear() + r.offset();
        return new Span(LocalDate.of(y, 1, 1), r.offset() == 0 ? doc : LocalDate.of(y, 12, 31));
      }
      default -> {
        return null;
      }
    }
  }

  /** The most recent given ISO weekday on or before {@code doc}. */
  static LocalDate mostRecent(int isoDay, LocalDate doc) {
    return doc.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(isoDay)));
  }

  private static LocalDate minus(LocalDate d, Granularity unit, long n) {
    return switch (unit) {
      case MINUTE, HOUR -> d.minusDays(n / 24);
      case DAY -> d.minusDays(n);
      case WEEK -> d.minusWeeks(n);
      case MONTH -> d.minusMonths(n);
      case YEAR -> d.minusYears(n);
    };
  }
}
