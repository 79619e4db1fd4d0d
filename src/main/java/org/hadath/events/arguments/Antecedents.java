package org.hadath.events.arguments;

import org.hadath.entities.actors.ActorMention;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.ArmedActors;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;

/** What a plural pronoun (هم، هن) stands for, so that a pronoun argument names its people. */
public final class Antecedents {
  private final WordClasses words;

  public Antecedents(WordClasses words) {
    this.words = words;
  }

  /**
   * The people a plural pronoun points back to: the nearest people or armed-group mention
   * before it in the sentence (خروج الإيزيديين … بعد خروجهم), or -1.
   */
  public int of(SentenceView v, int pron) {
    if (!words.is(v, pron, WordClass.PLURAL_PRONOUN)) {
      return -1;
    }
    for (int i = pron - 1; i >= 0; i--) {
      ActorMention am = v.actorAt(i);
      if (am != null && (am.noun() != null || ArmedActors.armedOrFighters(am))) {
        return i;
      }
    }
    return -1;
  }
}
