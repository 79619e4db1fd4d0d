package org.hadath.events;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.RangeSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which of a sentence's frames are mentions of specific events, and settles their
 * type against each other (GUIDE.md, "What is an event mention, and what is not"):
 * <ul>
 *   <li>a frame whose trigger lies in page furniture ({@link PageFurniture}) is dropped;</li>
 *   <li>a trigger governed by a call to stop (class {@code STOP}: وقف القصف، لوقف الهجمات)
 *       is dropped;</li>
 *   <li>a plural trigger in a sentence that counts over a period (a {@code STAT_SINCE} word
 *       followed by a {@code STAT_PERIOD} word: منذ مطلع العام، خلال الأشهر) is a statistic
 *       and dropped;</li>
 *   <li>a generic attack word ({@code GENERIC_ATTACK}: هجوم، استهدف، عملية) in a sentence
 *       that names a bombing is that bombing told again: it takes the BOMBING type;</li>
 *   <li>a verb with no subject of its own that follows a noun trigger of the same type in
 *       the same clause (غارة … استهدفت منزلاً) restates that mention: it becomes the noun's
 *       alternative trigger.</li>
 * </ul>
 * The word classes are data in {@code classes.tsv}. Stateless apart from the rules; thread-safe.
 */
final class MentionFilter {
  /** Most words between a noun trigger and the subjectless verb that restates it. */
  static final int RESTATE_REACH = 10;

  private final EventRules rules;

  MentionFilter(EventRules rules) {
    this.rules = rules;
  }

  /** The frames of sentence {@code v} that are specific mentions, typed consistently. */
  List<EventFrame> filter(SentenceView v, List<EventFrame> frames, RangeSet<Integer> furniture) {
    if (frames.isEmpty()) {
      return frames;
    }
    List<EventFrame> kept = new ArrayList<>();
    List<Integer> toks = new ArrayList<>();
    for (EventFrame f : frames) {
      int t = tokenAt(v, f.trigger().begin());
      if (furniture.contains(f.trigger().begin()) || t >= 0 && (stopped(v, t) || statistic(v, t))) {
        continue;
      }
      kept.add(f);
      toks.add(t);
    }
    boolean bombing = kept.stream().anyMatch(f -> f.type() == EventType.BOMBING);
    List<EventFrame> out = new ArrayList<>();
    List<Integer> outToks = new ArrayList<>();
    for (int k = 0; k < kept.size(); k++) {
      EventFrame f = kept.get(k);
      int t = toks.get(k);
      if (bombing && t >= 0 && f.type() != EventType.BOMBING && f.type() != EventType.EVACUATION
          && f.type() != EventType.SURRENDER && is(v, t, "GENERIC_ATTACK") && !hasInstrumentFromAfar(v, f)) {
        f = retype(f, EventType.BOMBING);
      }
      int host = t < 0 ? -1 : restated(v, t, f.type(), out, outToks);
      if (host >= 0) {
        EventFrame h = out.get(host);
        out.set(host, withAlt(h, f.trigger()));
        continue;
      }
      out.add(f);
      outToks.add(t);
    }
    return out;
  }

  /** The token whose span starts at {@code begin}, or -1. */
  private static int tokenAt(SentenceView v, int begin) {
    for (int i = 0; i < v.size(); i++) {
      if (v.begin(i) == begin) {
        return i;
      }
    }
    return -1;
  }

  private boolean is(SentenceView v, int i, String cls) {
    return rules.hasClass(cls) && rules.isA(v.keys[i], cls);
  }

  /** وقف القصف: the trigger's governor (or the word before it) is a call to stop. */
  private boolean stopped(SentenceView v, int t) {
    return v.head[t] >= 0 && is(v, v.head[t], "STOP") && v.head[t] < t
        || t > 0 && is(v, t - 1, "STOP");
  }

  /** A plural trigger counted over a period: منذ مطلع العام، خلال الأشهر الماضية. */
  private boolean statistic(SentenceView v, int t) {
    String k = v.keys[t];
    if (!(k.endsWith("ات") || k.endsWith("ين") || k.endsWith("ان"))) {
      return false;
    }
    for (int i = 0; i + 1 < v.size(); i++) {
      if (is(v, i, "STAT_SINCE")) {
        for (int j = i + 1; j <= Math.min(v.size() - 1, i + 2); j++) {
          if (is(v, j, "STAT_PERIOD")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** An attack with aircraft or artillery is not a bombing told again. */
  private boolean hasInstrumentFromAfar(SentenceView v, EventFrame f) {
    for (EventFrame.Argument a : f.arguments(Role.INSTRUMENT)) {
      int h = tokenAt(v, a.head().begin());
      if (h >= 0 && (is(v, h, "AIR") || is(v, h, "ARTILLERY"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index in {@code out} of the noun mention a subjectless verb trigger restates, or -1:
   * the nearest earlier noun trigger of the same type within {@link #RESTATE_REACH} words with
   * no sentence-internal stop (. ؛ :) and no other verb trigger between.
   */
  private int restated(SentenceView v, int t, EventType type, List<EventFrame> out, List<Integer> outToks) {
    if (!v.isVerb(t) || !v.children(t, "nsubj").isEmpty()) {
      return -1;
    }
    for (int k = out.size() - 1; k >= 0; k--) {
      int n = outToks.get(k);
      if (n < 0 || n >= t || t - n > RESTATE_REACH) {
        continue;
      }
      if (v.isVerb(n)) {
        return -1;
      }
      if (out.get(k).type() != type) {
        continue;
      }
      for (int i = n + 1; i < t; i++) {
        String w = v.tokens.get(i).word();
        if (w.equals(".") || w.equals("؛") || w.equals(":") || w.equals(";")) {
          return -1;
        }
      }
      return k;
    }
    return -1;
  }

  private static EventFrame retype(EventFrame f, EventType type) {
    List<EventFrame.Argument> args = new ArrayList<>();
    for (EventFrame.Argument a : f.arguments()) {
      args.add(a.role() == Role.PARTICIPANT ? new EventFrame.Argument(Role.AGENT, a.span(), a.head(), a.actorId(),
          a.actorCategory(), a.placeId(), a.governorate(), a.country(), a.lat(), a.lon(), a.time(), a.rule()) : a);
    }
    return new EventFrame(type, f.trigger(), f.sentenceIndex(), f.triggerNorm(), f.altTriggers(),
        ImmutableList.copyOf(args), f.casualties(), f.count(), f.polarity(), f.modality(), f.claimed(),
        f.rule() + "+bombing");
  }

  private static EventFrame withAlt(EventFrame f, Span alt) {
    return new EventFrame(f.type(), f.trigger(), f.sentenceIndex(), f.triggerNorm(),
        ImmutableList.<Span>builder().addAll(f.altTriggers()).add(alt).build(), f.arguments(),
        f.casualties(), f.count(), f.polarity(), f.modality(), f.claimed(), f.rule());
  }
}
