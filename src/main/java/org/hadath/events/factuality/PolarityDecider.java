package org.hadath.events.factuality;

import java.util.List;
import org.hadath.events.Polarity;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.sentence.WordClasses;

/**
 * Whether the text says an event did not happen or was refused (NEGATIVE): a denial or
 * refusal shortly before the trigger, a negation particle before the verb of the trigger or
 * of a close governor (unless the trigger is what على or عن introduce: لم ترد على القصف), or a
 * denying governor ({@link Trees#governorChain}).
 */
public final class PolarityDecider {
  /** A denial or refusal this many tokens before the trigger or fewer, with no punctuation between. */
  public static final int DENY_WINDOW = 6;
  /** A negated verb among the trigger and this many of the first words of its chain counts. */
  public static final int NEGATED_VERB_LEVELS = 3;
  /** A negation particle attached to the trigger or to this many levels of the chain counts. */
  public static final int NEGATION_CHILD_LEVELS = 2;

  private final WordClasses words;

  public PolarityDecider(WordClasses words) {
    this.words = words;
  }

  /** The polarity of the event whose trigger is token {@code t}. */
  public Polarity of(SentenceView v, int t) {
    // رفض متزعمو التنظيم … الاستسلام: a refusal or denial shortly before the trigger, in the
    // same stretch of text, also when the parse attaches the trigger elsewhere
    for (int k = t - 1; k >= Math.max(0, t - DENY_WINDOW) && !v.tag(k).equals("PUNC"); k--) {
      if (words.is(v, k, WordClass.DENY)) {
        return Polarity.NEGATIVE;
      }
    }
    List<Integer> ch = Trees.governorChain(v, t);
    // لم ترد على القصف، لم تعلق على الغارة، لم تعلن مسؤوليتها عن الهجوم: a trigger introduced by
    // على or عن is what a negated reaction or claim is about; the event itself took place
    boolean about = v.children(t, "case").stream()
        .anyMatch(c -> c < t && (words.is(v, c, WordClass.ON) || words.is(v, c, WordClass.REPORTED_FROM)));
    for (int k = 0; k < Math.min(NEGATED_VERB_LEVELS, ch.size()) && !about; k++) {
      int x = ch.get(k);
      // لم تسجل أي اشتباكات: a negation particle right before the trigger's verb
      if (x > 0 && v.isVerb(x) && words.is(v, x - 1, WordClass.NEG)) {
        return Polarity.NEGATIVE;
      }
    }
    for (int k = 0; k < ch.size(); k++) {
      int x = ch.get(k);
      if (k > 0 && words.is(v, x, WordClass.DENY)) {
        return Polarity.NEGATIVE;
      }
      if (k < NEGATION_CHILD_LEVELS && (k == 0 || !about)) {
        for (int c : v.children(x)) {
          if ((v.rel(c).startsWith("advmod") || v.rel(c).startsWith("case") || v.rel(c).startsWith("det"))
              && c < x && words.is(v, c, WordClass.NEG)) {
            return Polarity.NEGATIVE;
          }
        }
      }
    }
    return Polarity.POSITIVE;
  }
}
