package org.hadath.events.factuality;

import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.sentence.WordClasses;

/** Whether an event is only claimed (زعم، ادعى): a claim verb on or below a word of the trigger's chain. */
public final class ClaimDecider {
  private final WordClasses words;

  public ClaimDecider(WordClasses words) {
    this.words = words;
  }

  /** True when the event whose trigger is token {@code t} is introduced by a claim. */
  public boolean claimed(SentenceView v, int t) {
    for (int x : Trees.governorChain(v, t)) {
      if (words.is(v, x, WordClass.CLAIM)) {
        return true;
      }
      for (int c : v.children(x)) {
        if (words.is(v, c, WordClass.CLAIM)) {
          return true;
        }
      }
    }
    return false;
  }
}
