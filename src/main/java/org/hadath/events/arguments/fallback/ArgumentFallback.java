package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.triggers.Trigger;

/**
 * One fallback on word order or tree distance for what the parse often gets wrong. It only
 * fills roles no earlier mechanism filled, and only tokens no earlier one claimed; the
 * fallbacks run in a fixed order ({@link org.hadath.events.frames.ArgumentAttacher}).
 */
public interface ArgumentFallback {
  /** A clash has two sides: the clash fallbacks look for PARTICIPANTs until there are this many. */
  int CLASH_SIDES = 2;

  /** Adds to {@code out} what this fallback finds for trigger {@code t}, claiming its tokens. */
  void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed);

  /** How many candidates of {@code out} have role {@code r}. */
  static long count(List<Candidate> out, org.hadath.events.Role r) {
    return out.stream().filter(c -> c.role() == r).count();
  }

  /** Whether some candidate of {@code out} has role {@code r}. */
  static boolean has(List<Candidate> out, org.hadath.events.Role r) {
    return out.stream().anyMatch(c -> c.role() == r);
  }
}
