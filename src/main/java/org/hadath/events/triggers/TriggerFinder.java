package org.hadath.events.triggers;

import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.EventRules.TriggerRule;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;

/**
 * Decides which words of a parsed sentence are event mentions: the first trigger rule
 * ({@code triggers.tsv}) whose pattern matches the word and whose conditions hold fires; then
 * several trigger words of one mention are merged into one, the others kept as alternatives.
 */
public final class TriggerFinder {
  private final WordClasses words;

  public TriggerFinder(WordClasses words) {
    this.words = words;
  }

  /** The mentions of sentence {@code v} of the document {@code doc}, in token order. */
  public List<Trigger> find(SentenceView v, List<SentenceView> doc) {
    List<Trigger> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      ActorMention am = v.actorAt(i);
      if (am != null && am.isNamed()) {
        continue; // a word inside an organisation's name (غرفة عمليات …) is no event
      }
      for (TriggerRule r : words.rules().triggersMatching(v.key(i))) {
        if (TriggerConditions.hold(r, new ParsedSentenceEvidence(words, v, i, doc))) {
          out.add(new Trigger(i, r));
          break;
        }
      }
    }
    return merge(v, out);
  }

  /**
   * One mention, several trigger words: a verb whose subject is a noun trigger, or that
   * modifies one (غارات استهدفت …، هجوم استهدف فيه …), is the noun's mention; a trigger that
   * directly depends on a trigger of the same type (للفرار هرباً، استهدف … بصاروخ) is the
   * governor's. The absorbed word becomes an alternative trigger. Words are tried in text
   * order, each against the others in text order, and the first test that applies decides: a
   * noun subject before its verb of the same type (غارات استهدفت) is therefore absorbed by the
   * verb, a verb before its noun subject (استهدفت غارات) by the noun.
   */
  static List<Trigger> merge(SentenceView v, List<Trigger> out) {
    List<Trigger> merged = new ArrayList<>(out);
    for (Trigger t : out) {
      for (Trigger n : out) {
        if (n == t || !merged.contains(n)) {
          continue;
        }
        int tt = t.token();
        int nt = n.token();
        boolean verbOfNoun = v.isVerb(tt) && !v.isVerb(nt)
            && (v.head(nt) == tt && v.rel(nt).startsWith("nsubj")
                || v.head(tt) == nt && v.rel(tt).startsWith("acl"));
        boolean sameTypeChild = t.rule().type() == n.rule().type() && v.head(tt) == nt
            && !v.rel(tt).startsWith("conj") && !v.rel(tt).startsWith("parataxis");
        if (verbOfNoun || sameTypeChild) {
          n.absorb(t);
          merged.remove(t);
          break;
        }
      }
    }
    return merged;
  }
}
