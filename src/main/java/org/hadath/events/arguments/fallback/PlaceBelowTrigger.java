package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.arguments.PlaceRoles;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.triggers.Trigger;

/**
 * An event without a LOCATION: the first place mention (in text order) a few links below the
 * trigger that no candidate overlaps and that no clause of its own holds
 * ({@link PlaceRoles#inOtherClause}), in the role its preposition gives ({@link PlaceRoles#below}).
 */
public final class PlaceBelowTrigger implements ArgumentFallback {
  /** At most this many links below the trigger. */
  public static final int MAX_DEPTH = 3;

  private final PlaceRoles placeRoles;

  public PlaceBelowTrigger(PlaceRoles placeRoles) {
    this.placeRoles = placeRoles;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    if (ArgumentFallback.has(out, Role.LOCATION)) {
      return;
    }
    for (PlaceMention p : v.places()) {
      int h = Trees.mentionHead(v, p.tokenBegin(), p.tokenEnd());
      int depth = v.depthBelow(t.token(), h);
      if (depth > 0 && depth <= MAX_DEPTH && !covered(out, v, p.tokenBegin(), p.tokenEnd())
          && !PlaceRoles.namesActor(v, h, p) && !placeRoles.inOtherClause(v, t, h)) {
        Role role = placeRoles.below(v, t.rule().type(), h, p);
        if (role != null) {
          out.add(ArgumentSpans.candidate(v, role, h, Span.of(v.text(), p.begin(), p.end()),
              "fallback:place-below-trigger"));
          break;
        }
      }
    }
  }

  private static boolean covered(List<Candidate> cands, SentenceView v, int from, int to) {
    Span s = v.span(from, to);
    return cands.stream().anyMatch(c -> c.span().overlaps(s));
  }
}
