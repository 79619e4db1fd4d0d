package org.hadath.events.arguments.fallback;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hadath.events.EventRules.TriggerRule;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.triggers.Trigger;

/** Runs one argument fallback on a hand-built sentence the way the attacher does, for the fallback tests. */
final class FallbackRuns {
  private FallbackRuns() {}

  /** A trigger of {@code type} at {@code token}, with a rule that asks for nothing. */
  static Trigger trigger(int token, EventType type) {
    return new Trigger(token, new TriggerRule(type, type + "_N", Pattern.compile(".*"), List.of(), "test"));
  }

  /** What {@code f} adds for the trigger, the trigger's own word claimed as in the attacher. */
  static List<Candidate> fill(ArgumentFallback f, SentenceView v, Trigger t, List<Candidate> before) {
    List<Candidate> out = new ArrayList<>(before);
    ClaimedTokens claimed = new ClaimedTokens(v.size());
    claimed.claim(t.token());
    f.fill(v, t, out, claimed);
    return out;
  }

  /** The texts of the candidates in role {@code r}, in order. */
  static List<String> texts(List<Candidate> cs, Role r) {
    return cs.stream().filter(c -> c.role() == r).map(c -> c.span().text()).toList();
  }
}
