package org.hadath.events.arguments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hadath.entities.time.TimeMention;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.triggers.Trigger;

/**
 * Which event mentions a time expression dates: the mentions in its clause (below the trigger
 * or the trigger's clause head), the closest of them in the tree when there are several, else
 * the nearest mention in the text.
 */
public final class TimeArguments {
  private TimeArguments() {}

  /** Adds each time expression of {@code v} as a TIME candidate to the arguments of its mentions. */
  public static void assign(SentenceView v, List<Trigger> trigs, Map<Trigger, List<Candidate>> args) {
    for (TimeMention tm : v.times()) {
      int h = Trees.mentionHead(v, tm.tokenBegin(), tm.tokenEnd());
      Span span = Span.of(v.text(), tm.begin(), tm.end());
      List<Trigger> targets = new ArrayList<>();
      for (Trigger t : trigs) {
        int clause = Trees.clauseHead(v, t.token());
        if (v.dominates(t.token(), h) || v.dominates(clause, h)) {
          targets.add(t);
        }
      }
      if (targets.isEmpty()) {
        trigs.stream().min(Comparator.comparingInt(t -> Math.abs(t.token() - h))).ifPresent(targets::add);
      } else if (targets.size() > 1) {
        // several events in the clause: the time goes to the closest in the tree
        int best = targets.stream().mapToInt(t -> Trees.treeDistance(v, t.token(), h)).min().getAsInt();
        targets.removeIf(t -> Trees.treeDistance(v, t.token(), h) > best);
      }
      for (Trigger t : targets) {
        args.get(t).add(new Candidate(Role.TIME, h, span, span, "time:clause"));
      }
    }
  }
}
