package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.arguments.Idafa;
import org.hadath.events.sentence.ArmedActors;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;

/**
 * A strike or bombing with no AGENT, or a clash short of two sides, that an armed group
 * announces (أعلنت الهيئة قصف مواقع النظام، أعلنت فصائل (X) عن إصابات … جراء استهداف نقطة،
 * أعلنت غرفة عمليات "X" قنص عنصر): the guide counts who claims an attack as its doer, and an
 * announcing side as a side of the clash. The trigger must lie in the announcement (below the reporting verb, through no
 * other verb with a subject of its own), and the verb's subject must be a named armed actor
 * (an outlet or a monitor only reports). The announcer stays a SOURCE too.
 */
public final class AnnouncerAsDoer implements ArgumentFallback {
  /** At most this many links between the trigger and the reporting verb. */
  public static final int REACH = 4;

  private final WordClasses words;

  public AnnouncerAsDoer(WordClasses words) {
    this.words = words;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    EventType type = t.rule().type();
    Role role = type == EventType.CLASH ? Role.PARTICIPANT
        : type == EventType.STRIKE || type == EventType.BOMBING ? Role.AGENT : null;
    if (role == null || ArgumentFallback.count(out, role) >= (role == Role.AGENT ? 1 : CLASH_SIDES)) {
      return;
    }
    int verb = announcingVerb(v, t.token());
    if (verb < 0) {
      return;
    }
    for (int s : v.children(verb, "nsubj")) {
      int a = announcer(v, s);
      ActorMention am = a < 0 ? null : v.actorAt(a);
      if (am != null && ArmedActors.armedOrFighters(am) && !claimed.isClaimed(a)) {
        Span span = ArgumentSpans.mentionSpan(v, am.begin(), am.end());
        if (out.stream().noneMatch(c -> c.span().overlaps(span))) {
          claimed.claim(am.tokenBegin(), am.tokenEnd());
          out.add(new Candidate(role, a, span, v.span(a, a + 1), "fallback:announcer-as-doer"));
        }
        return;
      }
    }
  }

  /** The reporting verb whose announcement holds token {@code tok}, or -1. */
  private int announcingVerb(SentenceView v, int tok) {
    int x = tok;
    for (int steps = 0; steps < REACH; steps++) {
      if (x != tok && v.isVerb(x)) {
        if (words.is(v, x, WordClass.REPORT)) {
          return words.is(v, x, WordClass.DENY) ? -1 : x; // قسد تنفي مسؤوليتها: a denial claims nothing
        }
        if (!v.children(x, "nsubj").isEmpty()) {
          return -1; // another verb with its own doer stands between
        }
      }
      x = v.head(x);
      if (x < 0) {
        return -1;
      }
    }
    return x >= 0 && v.isVerb(x) && words.is(v, x, WordClass.REPORT) && !words.is(v, x, WordClass.DENY) ? x : -1;
  }

  /**
   * The named actor a subject stands for: itself, or its name in quotes after a generic head
   * (فصائل (X)); not an actor inside a person's title (قائد عمليات قوات X speaks, X does not).
   */
  private static int announcer(SentenceView v, int s) {
    ActorMention am = v.actorAt(s);
    if (am != null && am.isNamed()) {
      return s;
    }
    return Idafa.quotedNameAfter(v, s);
  }
}
