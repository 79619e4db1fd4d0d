package org.hadath.events.sources;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hadath.events.Span;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;

/**
 * Which of a sentence's reporters report one mention. A reporter named as the subject of a
 * reporting verb reports what that verb's clause says: when a sentence has two reports
 * (أعلنت X قنص عنصرين، وأعلنت Y قصف مواقع), each mention takes the reporter of the nearest
 * reporting verb above it; a mention told before a report that has a clause of its own
 * (قصف … أمس، وذكر X أن القصف أسفر عن …) is not that report's. Reporters without a verb
 * (بحسب X، a post's account, a headline's speaker) and reporters carried from an earlier
 * sentence report every mention. Stateless and thread-safe.
 */
public final class ReportScope {
  /** How many links above a reporter's head its reporting verb may be (subject, its outlet). */
  static final int VERB_REACH = 3;
  /** The rules of SourceFinder whose reporters are a reporting verb's subject or its عن-source. */
  private static final String VERB_RULES = "source:report";

  private final WordClasses words;

  public ReportScope(WordClasses words) {
    this.words = words;
  }

  /** The sentence's reporters {@code sources} that report trigger {@code t}, never the trigger word itself. */
  public List<Candidate> sourcesFor(SentenceView v, Trigger t, List<Candidate> sources) {
    int tok = t.token();
    Span trigger = v.span(tok, tok + 1);
    int[] verbs = new int[sources.size()];
    Set<Integer> reportVerbs = new HashSet<>();
    for (int i = 0; i < sources.size(); i++) {
      Candidate s = sources.get(i);
      verbs[i] = s.rule().startsWith(VERB_RULES) && inSentence(v, s) ? verbOf(v, s.head()) : -1;
      if (verbs[i] >= 0) {
        reportVerbs.add(verbs[i]);
      }
    }
    int nearest = nearestAbove(v, tok, reportVerbs);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      Candidate s = sources.get(i);
      if (!s.span().overlaps(trigger) && (verbs[i] < 0 || reports(v, verbs[i], tok, nearest))) {
        out.add(s);
      }
    }
    return out;
  }

  /** Whether the report of verb {@code verb} covers the mention at {@code tok}. */
  private boolean reports(SentenceView v, int verb, int tok, int nearest) {
    if (nearest >= 0) {
      return nearest == verb;
    }
    // a mention above or outside every report: told before a report with a content of its own
    // (a clause, or a noun: أعلنت X تحييد عنصرين), it is not reported by it
    return !(tok < verb && hasContent(v, verb));
  }

  /**
   * Whether reporting verb {@code verb} says something of its own: a clause, or an object
   * after it (not one right after it: that is often the subject of a verb-first clause).
   */
  private static boolean hasContent(SentenceView v, int verb) {
    for (int c : v.children(verb)) {
      String r = v.rel(c);
      if (r.startsWith("ccomp") || r.startsWith("xcomp")
          || r.equals("obj") && c > verb + SourceFinder.VERB_FIRST_SUBJECT_REACH) {
        return true;
      }
    }
    return false;
  }

  /** The nearest of the reporting verbs {@code verbs} that dominates token {@code tok}, or -1. */
  static int nearestAbove(SentenceView v, int tok, Set<Integer> verbs) {
    int steps = 0;
    for (int x = v.head(tok); x >= 0 && steps <= v.size(); x = v.head(x), steps++) {
      if (verbs.contains(x)) {
        return x;
      }
    }
    return -1;
  }

  /** The reporting verb whose subject (or that subject's outlet, its named correspondent) is {@code h}, or -1. */
  int verbOf(SentenceView v, int h) {
    int x = h;
    for (int steps = 0; steps < VERB_REACH && x >= 0; steps++) {
      x = v.head(x);
      if (x >= 0 && isReportVerb(v, x)) {
        return outerReport(v, x);
      }
    }
    return -1;
  }

  /**
   * A report told inside another (قال X في تصريح أوردته قناة Y: أوردت qualifies the statement
   * of قال) is part of that other report: the reporting verb that governs the noun the relative
   * clause qualifies, else {@code verb} itself.
   */
  private int outerReport(SentenceView v, int verb) {
    int noun = v.head(verb);
    if (!v.rel(verb).startsWith("acl") || noun < 0) {
      return verb;
    }
    int outer = v.head(noun);
    return outer >= 0 && isReportVerb(v, outer) ? outer : verb;
  }

  private boolean isReportVerb(SentenceView v, int i) {
    return v.isVerb(i) && words.is(v, i, WordClass.REPORT);
  }

  private static boolean inSentence(SentenceView v, Candidate c) {
    int at = c.headSpan().begin();
    return v.size() > 0 && c.head() >= 0 && c.head() < v.size() && at >= v.begin(0) && at < v.end(v.size() - 1)
        && v.begin(c.head()) <= at && at < v.end(c.head());
  }
}
