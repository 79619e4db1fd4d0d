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
 * of a close governor, or a denying governor ({@link Trees#governorChain}).
 *
 * <p>A governor's negation denies the event only when the event is that predicate's own
 * subject, object or noun: not when the trigger is what على، عن or في introduce (لم ترد على
 * القصف، لم يصب في الهجوم: the attack took place), nor across a complement, adverbial or
 * parenthetical clause (لم تسمه، أن الطيران قصف) or from a verb to a past-tense verb joined to
 * it (لم يسفرا عن ضحايا وقد استهدف أحدهما). A negated bound on a number (ما لا يقل عن 15 قتيلاً)
 * and a negation restricted by إلا (لا تملكها إلا القوات) deny nothing.
 */
public final class PolarityDecider {
  /** A denial or refusal this many tokens before the trigger or fewer, with no punctuation between. */
  public static final int DENY_WINDOW = 6;
  /** A negated verb among the trigger and this many of the first words of its chain counts. */
  public static final int NEGATED_VERB_LEVELS = 3;
  /** A negation particle attached to the trigger or to this many levels of the chain counts. */
  public static final int NEGATION_CHILD_LEVELS = 2;
  /** An exception particle this many tokens after a negated word or fewer restricts it (لا تملكها إلا). */
  public static final int EXCEPT_WINDOW = 4;

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
    // لم ترد على القصف، لم تعلن مسؤوليتها عن الهجوم، لم يصب في الهجوم: a trigger introduced by
    // على، عن or في is what a negated reaction, claim or harm is about; the event took place
    boolean about = v.children(t, "case").stream().anyMatch(c -> c < t && (words.is(v, c, WordClass.ON)
        || words.is(v, c, WordClass.REPORTED_FROM) || words.is(v, c, WordClass.IN)));
    int reach = about ? 1 : reach(v, ch);
    for (int k = 0; k < Math.min(NEGATED_VERB_LEVELS, reach) && !about; k++) {
      int x = ch.get(k);
      // لم تسجل أي اشتباكات: a negation particle right before the trigger's verb
      if (x > 0 && v.isVerb(x) && words.is(v, x - 1, WordClass.NEG) && denies(v, x)) {
        return Polarity.NEGATIVE;
      }
    }
    for (int k = 0; k < ch.size(); k++) {
      int x = ch.get(k);
      if (k > 0 && words.is(v, x, WordClass.DENY)) {
        return Polarity.NEGATIVE;
      }
      if (k < Math.min(NEGATION_CHILD_LEVELS, reach) && denies(v, x)) {
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

  /**
   * How many words of {@code chain} (the trigger first) a negation on one of them reaches: up to
   * the first that hangs on the next by a complement, adverbial or parenthetical clause, or a
   * past-tense verb joined to the next (not under its لم).
   */
  private static int reach(SentenceView v, List<Integer> chain) {
    for (int k = 0; k + 1 < chain.size(); k++) {
      int x = chain.get(k);
      String rel = v.rel(x);
      if (rel.startsWith("ccomp") || rel.startsWith("advcl") || rel.startsWith("parataxis")
          || rel.startsWith("conj") && v.tag(x).equals("VBD")) {
        return k + 1;
      }
    }
    return chain.size();
  }

  /**
   * False when the negation of {@code x} denies nothing: {@code x} bounds a number (لا يقل عن)
   * or an exception particle follows it in its stretch of text (لا تملكها إلا).
   */
  private boolean denies(SentenceView v, int x) {
    if (words.is(v, x, WordClass.BOUND)) {
      return false;
    }
    for (int k = x + 1; k < Math.min(v.size(), x + EXCEPT_WINDOW) && !v.tag(k).equals("PUNC"); k++) {
      if (words.is(v, k, WordClass.EXCEPT)) {
        return false;
      }
    }
    return true;
  }
}
