package org.hadath.events.arguments;

/**
 * The tokens of one sentence already claimed by an argument of one event mention (and the
 * mention's own words): a later rule or fallback does not give a claimed token a second role.
 * The mechanisms run in a fixed order ({@link org.hadath.events.frames.ArgumentAttacher}), so the first to claim a
 * token keeps it.
 */
public final class ClaimedTokens {
  private final boolean[] claimed;

  /** None of {@code n} tokens claimed. */
  public ClaimedTokens(int n) {
    this.claimed = new boolean[n];
  }

  /** Whether token {@code i} is claimed. */
  public boolean isClaimed(int i) {
    return claimed[i];
  }

  /** Claims token {@code i}. */
  public void claim(int i) {
    claimed[i] = true;
  }

  /** Claims tokens {@code [from, to)} (those inside the sentence). */
  public void claim(int from, int to) {
    for (int x = from; x < to && x < claimed.length; x++) {
      claimed[x] = true;
    }
  }
}
