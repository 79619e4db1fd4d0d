package org.hadath.entities.time;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hadath.entities.NumberReader;
import org.hadath.entities.PhraseTable;
import org.hadath.entities.Piece;
import org.hadath.entities.Pieces;
import org.hadath.entities.time.AbsoluteDates.Abs;
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
 * Absolute dates are read by {@link AbsoluteDates}, times counted from the document date
 * resolved by {@link RelativeDates}.
 */
public final class TimeExtractor {

  /** A dash between the two days of a night (ليل الخميس – الجمعة). */
  private static final Pattern DASH = Pattern.compile("[-\u2010-\u2015]+");

  private final TimeLexicon lex;
  private final NumberReader numbers;
  private final AbsoluteDates dates;

  /** An extractor over the shared lexicons. */
  public TimeExtractor() {
    this.lex = TimeLexicon.get();
    this.numbers = NumberReader.get();
    this.dates = new AbsoluteDates(lex, numbers);
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
    if (j < ps.size() && lex.isDayNoun(ps.get(j).key())
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
        // ليل الأحد الإثنين: a night between two named days, often written with a dash between
        int k = j < ps.size() && DASH.matcher(ps.get(j).key()).matches() ? j + 1 : j;
        PhraseTable.Match<Integer> wm2 = lex.weekdays.match(ps, k, false);
        if (wm2 != null) {
          w2 = wm2.value();
          j = k + wm2.length();
        }
      }
    }
    Abs abs = null;
    if (rel == null) {
      abs = dates.read(ps, j, sub != null, docDate);
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
    DaySpan span = null;
    Granularity g;
    if (abs != null) {
      g = abs.granularity();
      span = AbsoluteDates.span(abs);
    } else if (rel != null) {
      g = rel.unit();
      span = docDate == null ? null : RelativeDates.relative(rel, docDate);
      if (span != null && w1 != null && w2 == null && rel.unit() == Granularity.DAY) {
        // أمس الأربعاء: the day the writer named; a page date a day off does not move it
        span = DaySpan.day(RelativeDates.nearest(w1, span.start()));
      }
    } else if (w1 != null) {
      g = Granularity.DAY;
      span = docDate == null ? null : RelativeDates.weekdays(w1, w2, docDate);
    } else {
      g = dur.unit();
      if (docDate != null && durN > 0) {
        LocalDate from = RelativeDates.minus(docDate, dur.unit(), durN);
        span = prefix == Prefix.AGO ? DaySpan.day(from) : new DaySpan(from, docDate);
      }
    }
    if (prefix == Prefix.SINCE && dur == null && span != null) {
      // منذ X: from the start of X up to the document date (open when unknown)
      span = new DaySpan(span.start(), docDate);
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
}
