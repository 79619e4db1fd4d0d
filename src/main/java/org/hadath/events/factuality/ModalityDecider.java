package org.hadath.events.factuality;

import java.util.List;
import org.hadath.events.Modality;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.sentence.WordClasses;
import org.hadath.normalize.ArabicGrammar;

/**
 * Whether an event is planned, expected, agreed, demanded, conditional or future
 * (HYPOTHETICAL): a plan word above the trigger or as its governor's subject, or a future or
 * conditional particle (a plan word on the trigger itself) before a word of its chain, an
 * expecting adjective after the trigger (الهجوم المرتقب), or a purpose under a noun above it
 * (تجنيد النساء لتنفيذ عمليات).
 */
public final class ModalityDecider {
  private final WordClasses words;

  public ModalityDecider(WordClasses words) {
    this.words = words;
  }

  /** The modality of the event whose trigger is token {@code t}. */
  public Modality of(SentenceView v, int t) {
    List<Integer> ch = Trees.governorChain(v, t);
    for (int k = 0; k < ch.size(); k++) {
      int x = ch.get(k);
      if (k > 0 && words.is(v, x, WordClass.HYPO)) {
        return Modality.HYPOTHETICAL;
      }
      // تجنيد النساء لتنفيذ عمليات، ذريعة لتنفيذ القصف: a purpose under a noun (under a verb,
      // عاد لشن غارات tells a resumed attack)
      if (k > 0 && purpose(v, x)) {
        return Modality.HYPOTHETICAL;
      }
      // وينص الاتفاق على خروج …: the plan is the governor's subject
      if (k == 1 && v.children(x, "nsubj").stream().anyMatch(c -> words.is(v, c, WordClass.HYPO))) {
        return Modality.HYPOTHETICAL;
      }
      for (int c : v.children(x)) {
        if (c < x && (words.is(v, c, WordClass.FUTURE) && !v.rel(c).equals("punct")
            || v.rel(c).equals("mark") && words.is(v, c, WordClass.COND) && !words.is(v, c, WordClass.COMPLEMENTIZER))) {
          return Modality.HYPOTHETICAL;
        }
        if (k == 0 && c < x && words.is(v, c, WordClass.HYPO) && !v.rel(c).equals("punct")) {
          return Modality.HYPOTHETICAL;
        }
        // الهجوم المرتقب، الضربة المحتملة: an expecting adjective after the trigger
        if (k == 0 && c > x && v.rel(c).startsWith("amod") && words.is(v, c, WordClass.HYPO)) {
          return Modality.HYPOTHETICAL;
        }
      }
    }
    return Modality.ASSERTED;
  }

  /** Whether {@code x} is a masdar of doing introduced by ل under a noun (تجنيد … لتنفيذ). */
  private boolean purpose(SentenceView v, int x) {
    int h = v.head(x);
    return words.is(v, x, WordClass.DOING) && !v.isVerb(x) && h >= 0 && !v.isVerb(h)
        && v.children(x, "case").stream().anyMatch(c -> c < x && ArabicGrammar.isLi(v.key(c)));
  }
}
