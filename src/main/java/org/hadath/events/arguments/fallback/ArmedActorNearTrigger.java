package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.ArmedActors;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.triggers.Trigger;

/**
 * A clash still short of two sides: armed actors and fighters' groups named near the trigger,
 * in its clause (no full punctuation between), nearest first, become PARTICIPANTs.
 */
public final class ArmedActorNearTrigger implements ArgumentFallback {
  /** How many tokens before or after the trigger are looked at. */
  public static final int RADIUS = 8;

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    if (t.rule().type() != EventType.CLASH || ArgumentFallback.count(out, Role.PARTICIPANT) >= CLASH_SIDES) {
      return;
    }
    for (int i : Trees.nearestFirst(v, t.token(), RADIUS)) {
      if (ArgumentFallback.count(out, Role.PARTICIPANT) >= CLASH_SIDES) {
        break;
      }
      ActorMention am = v.actorAt(i);
      if (am == null || claimed.isClaimed(i) || !ArmedActors.armedOrFighters(am)
          || Punctuation.hasPunctBetween(v, i, t.token())) {
        continue;
      }
      claimed.claim(am.tokenBegin(), am.tokenEnd());
      out.add(new Candidate(Role.PARTICIPANT, i, ArgumentSpans.actorSpan(v, am),
          v.span(i, i + 1), "fallback:armed-actor-near-trigger"));
    }
  }
}
