package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;

/**
 * A strike with no AGENT told as "shelling whose origin is X" (قصف صاروخي مصدره ميليشيا قسد):
 * the parser reads the nominal clause مصدره X on its own (X its predicate), so the rule of
 * {@code arguments.tsv} through the noun misses it. In word order: the trigger, at most a few
 * adjectives or weapon words, a {@link WordClass#FIRE_ORIGIN} noun with its pronoun, then a
 * named actor: that actor is the AGENT.
 */
public final class AgentAfterFireOrigin implements ArgumentFallback {
  /** The origin noun lies at most this many tokens after the trigger. */
  public static final int REACH = 4;
  /** The actor begins at most this many tokens after the origin noun (past its pronoun). */
  public static final int ACTOR_REACH = 2;

  private final WordClasses words;

  public AgentAfterFireOrigin(WordClasses words) {
    this.words = words;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    if (t.rule().type() != EventType.STRIKE || ArgumentFallback.has(out, Role.AGENT)) {
      return;
    }
    int tok = t.token();
    for (int i = tok + 1; i < Math.min(v.size(), tok + REACH + 1); i++) {
      if (words.is(v, i, WordClass.FIRE_ORIGIN)) {
        agentAfter(v, i, out, claimed);
        return;
      }
      if (!v.tag(i).contains("JJ") && !v.tag(i).startsWith("CC") && !words.is(v, i, WordClass.ARTILLERY)
          && !words.is(v, i, WordClass.AIR)) {
        return;
      }
    }
  }

  private static void agentAfter(SentenceView v, int origin, List<Candidate> out, ClaimedTokens claimed) {
    for (int k = origin + 1; k < Math.min(v.size(), origin + ACTOR_REACH + 1); k++) {
      ActorMention am = v.actorAt(k);
      if (am != null && am.isNamed() && !claimed.isClaimed(k)) {
        claimed.claim(am.tokenBegin(), am.tokenEnd());
        out.add(new Candidate(Role.AGENT, k, ArgumentSpans.mentionSpan(v, am.begin(), am.end()),
            v.span(k, k + 1), "fallback:agent-after-fire-origin"));
        return;
      }
      if (!v.tag(k).startsWith("PRP")) {
        return;
      }
    }
  }
}
