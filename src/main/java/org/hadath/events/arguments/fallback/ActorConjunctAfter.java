package org.hadath.events.arguments.fallback;

import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.Role;
import org.hadath.events.arguments.ArgumentKinds;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.triggers.Trigger;
import org.hadath.normalize.ArabicGrammar;

/**
 * A doer coordinated with the doer found (بقصف لقوات النظام وروسيا، غارات للتحالف و«قسد»)
 * when the parse did not link the two: the actor or country right after "و" that follows an
 * AGENT's or a PARTICIPANT's mention takes the same role.
 */
public final class ActorConjunctAfter implements ArgumentFallback {

  private final ArgumentKinds kinds;

  public ActorConjunctAfter(ArgumentKinds kinds) {
    this.kinds = kinds;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    for (Candidate c : new ArrayList<>(out)) {
      if (c.role() != Role.AGENT && c.role() != Role.PARTICIPANT || c.head() < 0 || c.head() >= v.size()
          || v.begin(c.head()) != c.headSpan().begin()) {
        continue; // a doer of another sentence (a carried reporter) or of no token
      }
      int next = end(v, c);
      while (next < v.size() && v.tag(next).equals("PUNC") && v.end(next) - v.begin(next) == 1
          && "»\"”)".indexOf(v.text().charAt(v.begin(next))) >= 0) {
        next++; // a closing quote of the first name
      }
      if (next + 1 >= v.size() || !ArabicGrammar.isWa(v.key(next))) {
        continue;
      }
      int k = next + 1;
      while (k < v.size() && v.tag(k).equals("PUNC") && v.end(k) - v.begin(k) == 1) {
        k++; // an opening quote of the second name
      }
      if (k >= v.size() || claimed.isClaimed(k) || !kinds.isActor(v, k) || kinds.isInstrument(v, k)) {
        continue;
      }
      if (c.role() == Role.PARTICIPANT && ArgumentFallback.count(out, Role.PARTICIPANT) >= CLASH_SIDES) {
        continue;
      }
      ActorMention am = v.actorAt(k);
      int from = am != null ? am.tokenBegin() : k;
      int to = am != null ? am.tokenEnd() : k + 1;
      claimed.claim(from, to);
      out.add(ArgumentSpans.candidate(v, c.role(), k, ArgumentSpans.argSpan(v, k), "fallback:actor-conjunct-after"));
    }
  }

  /** One past the last token of the candidate's span. */
  private static int end(SentenceView v, Candidate c) {
    int i = c.head();
    while (i < v.size() && v.begin(i) < c.span().end()) {
      i++;
    }
    return i;
  }
}
