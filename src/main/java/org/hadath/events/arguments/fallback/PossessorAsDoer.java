package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.ArmedActors;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.triggers.Trigger;

/**
 * A trigger with a possessive pronoun (استأنفت قسد عملياتها، كثف الاحتلال قصفه): "its
 * operations" are the operations of the armed actor named last before it in the sentence, the
 * doer of a strike or bombing that has no AGENT, a side of a clash that has fewer than two.
 */
public final class PossessorAsDoer implements ArgumentFallback {
  /** The actor is named at most this many tokens before the trigger. */
  public static final int REACH = 20;

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    EventType type = t.rule().type();
    Role role = type == EventType.CLASH ? Role.PARTICIPANT
        : type == EventType.STRIKE || type == EventType.BOMBING ? Role.AGENT : null;
    int tok = t.token();
    if (role == null || !possessed(v, tok)
        || ArgumentFallback.count(out, role) >= (role == Role.AGENT ? 1 : CLASH_SIDES)) {
      return;
    }
    for (int i = tok - 1; i >= Math.max(0, tok - REACH); i--) {
      ActorMention am = v.actorAt(i);
      if (am == null || !am.isNamed() || !ArmedActors.armedOrFighters(am)) {
        continue;
      }
      Span s = ArgumentSpans.mentionSpan(v, am.begin(), am.end());
      if (claimed.isClaimed(i) || out.stream().anyMatch(c -> c.span().overlaps(s))) {
        return; // already this event's (a side, the target's owner): not read twice
      }
      claimed.claim(am.tokenBegin(), am.tokenEnd());
      out.add(new Candidate(role, i, s, v.span(i, i + 1), "fallback:possessor-as-doer"));
      return;
    }
  }

  /** Whether the trigger carries a possessive pronoun (the segmenter splits it off right after). */
  private static boolean possessed(SentenceView v, int tok) {
    return tok + 1 < v.size() && v.tag(tok + 1).equals("PRP$") && v.head(tok + 1) == tok;
  }
}
