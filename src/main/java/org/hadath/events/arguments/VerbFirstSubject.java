package org.hadath.events.arguments;

import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.Role;
import org.hadath.events.sentence.ArmedActors;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;

/**
 * Arabic puts the verb first (استهدفت الميليشيا بالقذائف قرى …) and the parser often reads the
 * subject right after a strike verb as its object. When a strike verb has no AGENT, and the
 * TARGET read right after it is an armed group's name while another TARGET follows, that
 * first one is the doer: its role becomes AGENT.
 */
public final class VerbFirstSubject {
  private VerbFirstSubject() {}

  /** Relabels, in {@code out}, the subject the parse took for an object of verb {@code tok}. */
  public static void relabel(SentenceView v, int tok, List<Candidate> out) {
    if (!v.isVerb(tok) || out.stream().anyMatch(c -> c.role() == Role.AGENT)) {
      return;
    }
    int next = tok + 1;
    while (next < v.size() && Punctuation.isQuote(v.text().charAt(v.begin(next))) && v.end(next) - v.begin(next) == 1) {
      next++;
    }
    for (int i = 0; i < out.size(); i++) {
      Candidate c = out.get(i);
      ActorMention am = next < v.size() ? v.actorAt(next) : null;
      if (c.role() != Role.TARGET || am == null || c.head() < am.tokenBegin() || c.head() >= am.tokenEnd()
          || !am.isNamed() || !ArmedActors.armedOrFighters(am)) {
        continue;
      }
      boolean otherTarget = out.stream().anyMatch(o -> o != c && o.role() == Role.TARGET && o.head() > c.head());
      if (otherTarget) {
        out.set(i, new Candidate(Role.AGENT, c.head(), c.span(), c.headSpan(), c.rule() + "+verb-first-subject"));
      }
      return;
    }
  }
}
