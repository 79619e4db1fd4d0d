package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;

/**
 * The doer of an attack told in the passive way news tells it: "by X" after the attack word
 * (استهداف آلية عسكرية من قبل فصائل «الجيش الوطني»، تعرضت البلدة لقصف مدفعي من قبل قوات
 * النظام). The parser hangs من قبل X on whatever noun stands before it, so the rule through
 * the trigger misses it. In word order: a {@link WordClass#BY_AGENT} word after a preposition
 * within {@value #REACH} tokens after the trigger, with no full punctuation between, then the
 * first actor mention within {@value #ACTOR_REACH} tokens (past a head noun or a quote): a
 * strike's AGENT, or a clash's PARTICIPANT.
 */
public final class DoerAfterBy implements ArgumentFallback {
  /** The "by" word lies at most this many tokens after the trigger. */
  public static final int REACH = 6;
  /** The actor begins at most this many tokens after the "by" word. */
  public static final int ACTOR_REACH = 3;

  private final WordClasses words;

  public DoerAfterBy(WordClasses words) {
    this.words = words;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    EventType type = t.rule().type();
    Role role = type == EventType.STRIKE ? Role.AGENT : type == EventType.CLASH ? Role.PARTICIPANT : null;
    if (role == null || ArgumentFallback.count(out, role) >= (role == Role.AGENT ? 1 : CLASH_SIDES)) {
      return;
    }
    int tok = t.token();
    for (int i = tok + 2; i < Math.min(v.size(), tok + REACH + 1); i++) {
      if (Punctuation.isHardPunct(v, i)) {
        return;
      }
      if (words.is(v, i, WordClass.BY_AGENT) && v.tag(i - 1).equals("IN")) {
        doerAfter(v, i, role, out, claimed);
        return;
      }
    }
  }

  private static void doerAfter(SentenceView v, int by, Role role, List<Candidate> out, ClaimedTokens claimed) {
    for (int k = by + 1; k < Math.min(v.size(), by + ACTOR_REACH + 1); k++) {
      ActorMention am = v.actorAt(k);
      if (am != null) {
        if (!claimed.isClaimed(k) && am.tokenBegin() >= by + 1) {
          claimed.claim(am.tokenBegin(), am.tokenEnd());
          out.add(new Candidate(role, k, ArgumentSpans.actorSpan(v, am), v.span(k, k + 1),
              "fallback:doer-after-by"));
        }
        return;
      }
      if (Punctuation.isHardPunct(v, k)) {
        return;
      }
    }
  }
}
