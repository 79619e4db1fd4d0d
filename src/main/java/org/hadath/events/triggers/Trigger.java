package org.hadath.events.triggers;

import java.util.ArrayList;
import java.util.List;
import org.hadath.events.EventRules.TriggerRule;

/**
 * A trigger candidate before its frame is built: the word, the rule that fired, and the words
 * of the same mention it absorbed ({@link TriggerFinder}), which become alternative triggers.
 */
public final class Trigger {
  private final int token;
  private final TriggerRule rule;
  private final List<Integer> alts = new ArrayList<>();
  private final List<Trigger> absorbed = new ArrayList<>();

  public Trigger(int token, TriggerRule rule) {
    this.token = token;
    this.rule = rule;
  }

  /** The trigger word's token index. */
  public int token() {
    return token;
  }

  public TriggerRule rule() {
    return rule;
  }

  /** Token indices of the absorbed words, in the order absorbed. */
  public List<Integer> alts() {
    return alts;
  }

  /** The absorbed triggers (their arguments are this mention's too). */
  public List<Trigger> absorbed() {
    return absorbed;
  }

  /** Makes {@code t} a word of this mention. */
  void absorb(Trigger t) {
    alts.add(t.token);
    absorbed.add(t);
  }
}
