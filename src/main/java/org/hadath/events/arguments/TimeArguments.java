package org.hadath.events.arguments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hadath.entities.actors.ActorMention;
import org.hadath.entities.time.Granularity;
import org.hadath.entities.time.TimeMention;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.triggers.Trigger;
import org.hadath.normalize.ArabicGrammar;

/**
 * Which event mentions a time expression dates: the mentions in its clause (below the trigger
 * or the trigger's clause head), the closest of them in the tree when there are several, else
 * the nearest mention in the text. Time expressions that follow each other with at most a
 * comma between (صباح اليوم الأربعاء 8 أيلول، اليوم، الاثنين) name one time and give one
 * argument, except a clock time, which the guide counts apart from its day (الساعة 11، مساء أمس);
 * a time word inside a name (قناة "حلب اليوم") dates nothing.
 */
public final class TimeArguments {
  /** Characters that may separate two time expressions of one time: spaces and a comma. */
  private static final String JOINERS = " \t\u00a0" + ArabicGrammar.COMMAS;

  private TimeArguments() {}

  /** One time of the sentence: its first and last mention's tokens and characters. */
  record TimeSpan(int tokenBegin, int tokenEnd, int begin, int end) {}

  /** Adds each time expression of {@code v} as a TIME candidate to the arguments of its mentions. */
  public static void assign(SentenceView v, List<Trigger> trigs, Map<Trigger, List<Candidate>> args) {
    for (TimeSpan tm : joined(v)) {
      int h = Trees.mentionHead(v, tm.tokenBegin(), tm.tokenEnd());
      Span span = Span.of(v.text(), tm.begin(), tm.end());
      List<Trigger> targets = new ArrayList<>();
      for (Trigger t : trigs) {
        int clause = Trees.clauseHead(v, t.token());
        if (v.dominates(t.token(), h) || v.dominates(clause, h)) {
          targets.add(t);
        }
      }
      if (targets.isEmpty()) {
        trigs.stream().min(Comparator.comparingInt(t -> Math.abs(t.token() - h))).ifPresent(targets::add);
      } else if (targets.size() > 1) {
        // several events in the clause: the time goes to the closest in the tree
        int best = targets.stream().mapToInt(t -> Trees.treeDistance(v, t.token(), h)).min().getAsInt();
        targets.removeIf(t -> Trees.treeDistance(v, t.token(), h) > best);
      }
      for (Trigger t : targets) {
        args.get(t).add(new Candidate(Role.TIME, h, span, span, "time:clause"));
      }
    }
  }

  /**
   * The sentence's times in text order: adjacent time mentions joined, those inside a named
   * actor's mention left out.
   */
  static List<TimeSpan> joined(SentenceView v) {
    List<TimeMention> sorted = new ArrayList<>(v.times());
    sorted.sort(Comparator.comparingInt(TimeMention::begin));
    List<TimeSpan> out = new ArrayList<>();
    boolean lastClock = false;
    for (TimeMention tm : sorted) {
      if (insideName(v, tm)) {
        continue;
      }
      TimeSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
      // a clock time beside its day (الساعة 11، مساء أمس) is a time of its own, as the guide counts it
      boolean clock = tm.granularity() == Granularity.MINUTE;
      boolean join = !clock && !lastClock;
      lastClock = clock;
      if (join && last != null && tm.begin() >= last.end() && onlyJoiners(v.text(), last.end(), tm.begin())) {
        out.set(out.size() - 1, new TimeSpan(last.tokenBegin(), tm.tokenEnd(), last.begin(), tm.end()));
      } else {
        out.add(new TimeSpan(tm.tokenBegin(), tm.tokenEnd(), tm.begin(), tm.end()));
      }
    }
    return out;
  }

  /** A time word inside a quoted name (قناة "حلب اليوم"), not in a name read unquoted (جامعة حلب اليوم). */
  private static boolean insideName(SentenceView v, TimeMention tm) {
    for (ActorMention am : v.actors()) {
      if (am.isNamed() && am.begin() <= tm.begin() && tm.end() <= am.end()) {
        for (int i = am.begin(); i < tm.begin(); i++) {
          if (Punctuation.isQuote(v.text().charAt(i))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean onlyJoiners(String text, int from, int to) {
    int commas = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (JOINERS.indexOf(c) < 0) {
        return false;
      }
      if (ArabicGrammar.COMMAS.indexOf(c) >= 0) {
        commas++;
      }
    }
    return commas <= 1 && to - from <= 3;
  }
}
