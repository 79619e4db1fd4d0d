package org.hadath.events.frames;

import java.util.ArrayList;
import java.util.List;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;

/**
 * CLASH → STRIKE: a nominal attack made from a distance (هجوم بطائرة مسيرة، هجوم بقذائف
 * الهاون، الهجوم … القوات الجوية) is a strike, unless ground fighting is in the sentence; its
 * sides become the strike's AGENT, or TARGET after على.
 */
final class RemoteAttacks {
  private final WordClasses words;

  RemoteAttacks(WordClasses words) {
    this.words = words;
  }

  /** Whether the CLASH mention {@code t} with arguments {@code args} is a strike. */
  boolean isStrike(SentenceView v, Trigger t, List<Candidate> args) {
    int tok = t.token();
    return t.rule().type() == EventType.CLASH && !v.isVerb(tok) && (remoteInstrument(v, args)
        || words.is(v, tok, WordClass.ATTACK) && words.hasOther(v, WordClass.AIR, tok)
            && !words.hasOther(v, WordClass.GROUND, tok));
  }

  /** The arguments read as a strike's: each PARTICIPANT an AGENT, or a TARGET after على. */
  List<Candidate> asStrike(SentenceView v, List<Candidate> args) {
    List<Candidate> mapped = new ArrayList<>();
    for (Candidate c : args) {
      Role r = c.role() == Role.PARTICIPANT
          ? (words.isA(v.caseOf(c.head()), WordClass.ON) ? Role.TARGET : Role.AGENT) : c.role();
      mapped.add(new Candidate(r, c.head(), c.span(), c.headSpan(), c.rule() + "+remote"));
    }
    return mapped;
  }

  private boolean remoteInstrument(SentenceView v, List<Candidate> args) {
    for (Candidate c : args) {
      if (c.role() == Role.INSTRUMENT
          && words.isRemoteWeapon(v, c.head())) {
        return true;
      }
    }
    return false;
  }
}
