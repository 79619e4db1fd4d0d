package org.hadath.events.triggers;

import org.hadath.events.EventRules.TriggerRule;

/**
 * The one reading of a trigger rule's conditions: which question each scope asks
 * ({@link ConditionEvidence}), and how alternatives combine ({@link TriggerRule#conditionsHold}).
 * Used by the event annotator on parsed sentences and by the parse selector and text filter,
 * which answer the same questions before parsing.
 */
public final class TriggerConditions {
  private TriggerConditions() {}

  /** Whether the rule's conditions hold, judged by {@code e}. */
  public static boolean hold(TriggerRule rule, ConditionEvidence e) {
    return rule.conditionsHold(c -> switch (c.scope()) {
      case SELF -> e.self(c.wordClass());
      case NEAR -> e.near(c.wordClass());
      case GOV -> e.governor(c.wordClass());
      case SUBJ -> e.subjectOf(c.wordClass());
      case DEP -> e.dependency(c.wordClass());
      case CTX -> e.sentence(c.wordClass());
      case DOC -> e.document(c.wordClass());
      case ARMED -> e.armed(c.wordClass());
    });
  }
}
