package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.ArgumentKinds;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.PlaceRoles;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;

/**
 * A strike without a TARGET: the first thing hit just after the trigger (قصف … مواقع
 * التنظيم، غارات على قرى), a target noun or a place not introduced by في, neither an
 * instrument, a time nor another event's word.
 */
public final class TargetAfterTrigger implements ArgumentFallback {
  /** The scan stops before token trigger + REACH. */
  public static final int REACH = 7;

  private final WordClasses words;
  private final ArgumentKinds kinds;

  public TargetAfterTrigger(ArgumentKinds kinds) {
    this.words = kinds.words();
    this.kinds = kinds;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    if (t.rule().type() != EventType.STRIKE || ArgumentFallback.has(out, Role.TARGET)) {
      return;
    }
    int tok = t.token();
    for (int i = tok + 1; i < Math.min(v.size(), tok + REACH) && !Punctuation.isHardPunct(v, i); i++) {
      if (!claimed.isClaimed(i) && (words.is(v, i, WordClass.TARGET_NOUN)
              || v.placeAt(i) != null && !words.isA(v.caseOf(i), WordClass.IN)
                  && !PlaceRoles.namesActor(v, i, v.placeAt(i)))
          && !kinds.isInstrument(v, i) && !kinds.inTime(v, i) && !words.isTriggerWord(v, i)) {
        claimed.claim(i);
        out.add(ArgumentSpans.candidate(v, Role.TARGET, i, ArgumentSpans.argSpan(v, i), "fallback:target-after-trigger"));
        break;
      }
    }
  }
}
