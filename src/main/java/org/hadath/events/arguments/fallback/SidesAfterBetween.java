package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;

/**
 * A clash with fewer than two sides: the actors after the first بين/مع/ضد following the
 * trigger (اشتباكات بين قسد وداعش), up to full punctuation or another event's word, are its
 * PARTICIPANTs (an actor named twice in a row, «قوات سورية الديمقراطية» (قسد), once).
 */
public final class SidesAfterBetween implements ArgumentFallback {
  /** The scan stops before token trigger + REACH. */
  public static final int REACH = 24;

  private final WordClasses words;

  public SidesAfterBetween(WordClasses words) {
    this.words = words;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    if (t.rule().type() != EventType.CLASH || ArgumentFallback.count(out, Role.PARTICIPANT) >= CLASH_SIDES) {
      return;
    }
    int end = Math.min(v.size(), t.token() + REACH);
    String lastActor = null;
    for (int i = t.token() + 1; i < end; i++) {
      if (Punctuation.isHardPunct(v, i) || words.isTriggerWord(v, i)) {
        break;
      }
      if (!words.is(v, i, WordClass.SIDES)) {
        continue;
      }
      for (int k = i + 1; k < end; k++) {
        if (Punctuation.isHardPunct(v, k) || words.isTriggerWord(v, k)) {
          break;
        }
        ActorMention am = v.actorAt(k);
        if (am != null && !claimed.isClaimed(k) && (am.actorId() != null || am.noun() != null)
            && !words.is(v, k, WordClass.KILLED) && !words.is(v, k, WordClass.INJURED)) {
          claimed.claim(am.tokenBegin(), am.tokenEnd());
          if (am.actorId() != null && am.actorId().equals(lastActor)) {
            k = am.tokenEnd() - 1;
            continue; // «قوات سورية الديمقراطية» (قسد): one side named twice
          }
          lastActor = am.actorId();
          out.add(new Candidate(Role.PARTICIPANT, k, ArgumentSpans.mentionSpan(v, am.begin(), am.end()),
              v.span(k, k + 1), "fallback:sides-after-between"));
          k = am.tokenEnd() - 1;
        }
      }
      break;
    }
  }
}
