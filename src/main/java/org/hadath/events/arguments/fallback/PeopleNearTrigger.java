package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.triggers.Trigger;

/**
 * An evacuation or surrender without a THEME: the nearest people noun of the actor layer
 * near the trigger, with no full punctuation between, is who left or surrendered.
 */
public final class PeopleNearTrigger implements ArgumentFallback {
  /** How many tokens before or after the trigger are looked at. */
  public static final int RADIUS = 6;

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    EventType type = t.rule().type();
    if (type != EventType.EVACUATION && type != EventType.SURRENDER || ArgumentFallback.has(out, Role.THEME)) {
      return;
    }
    for (int i : Trees.nearestFirst(v, t.token(), RADIUS)) {
      ActorMention am = v.actorAt(i);
      if (!claimed.isClaimed(i) && am != null && am.noun() != null && !Punctuation.hasPunctBetween(v, i, t.token())) {
        claimed.claim(am.tokenBegin(), am.tokenEnd());
        out.add(new Candidate(Role.THEME, i, ArgumentSpans.mentionSpan(v, am.begin(), am.end()),
            v.span(i, i + 1), "fallback:people-near-trigger"));
        break;
      }
    }
  }
}
