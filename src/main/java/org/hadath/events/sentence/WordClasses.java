package org.hadath.events.sentence;

import org.hadath.events.EventRules;
import org.hadath.events.WordClass;

/**
 * Whether a sentence's tokens are words of the rules' classes ({@code classes.tsv}) or could
 * be trigger words, memoized per sentence: the mechanisms ask the same question of the same
 * words many times. Thread-safe (the memo lives in each {@link SentenceView}).
 */
public final class WordClasses {
  private final EventRules rules;

  public WordClasses(EventRules rules) {
    this.rules = rules;
  }

  /** The rules whose classes these are. */
  public EventRules rules() {
    return rules;
  }

  /** Memo key of one class's words in a sentence. */
  private record ClassKey(String cls) {}

  /** Memo key of the trigger words of a sentence. */
  private enum TriggerWordsKey { INSTANCE }

  /** Which tokens of the sentence are words of class {@code cls}. */
  public ClassWords words(SentenceView v, String cls) {
    return v.memo(new ClassKey(cls), k -> ClassWords.of(v.size(), t -> rules.isA(v.key(t), cls)));
  }

  /** Whether token {@code i} is a word of class {@code cls} (a name from the rule files). */
  public boolean is(SentenceView v, int i, String cls) {
    return words(v, cls).is(i);
  }

  /** Whether token {@code i} is a word of class {@code c}. */
  public boolean is(SentenceView v, int i, WordClass c) {
    return is(v, i, c.name());
  }

  /**
   * Whether token {@code i} is a weapon fired from afar, aircraft or artillery (الطائرة،
   * المسيرة، القذيفة): what makes an attack a strike rather than a clash or a bombing.
   */
  public boolean isRemoteWeapon(SentenceView v, int i) {
    return is(v, i, WordClass.AIR) || is(v, i, WordClass.ARTILLERY);
  }

  /** True when the sentence has a word of the class other than token {@code except}. */
  public boolean hasOther(SentenceView v, String cls, int except) {
    return words(v, cls).anyBut(except);
  }

  /** True when the sentence has a word of the class other than token {@code except}. */
  public boolean hasOther(SentenceView v, WordClass c, int except) {
    return hasOther(v, c.name(), except);
  }

  /** Whether a match key is a word of class {@code c}. */
  public boolean isA(String key, WordClass c) {
    return rules.isA(key, c);
  }

  /** True when some trigger rule could fire on this word, ignoring conditions. */
  public boolean isTriggerCandidate(String key) {
    return !rules.triggersMatching(key).isEmpty();
  }

  /**
   * Whether token {@code i} could be a trigger (some rule's pattern matches it), unless the
   * time layer reads it as part of a time expression: فجر اليوم is dawn, not فجّر (blew up);
   * or unless it is an aircraft (class AIR), which a rule makes a mention only as the doer of
   * a killing (مسيرة تقتل …): between a strike word and what it hit, an aircraft is the
   * strike's means (قصف تنفذه طائرات التحالف على مدينة X), so it stops no argument search.
   */
  public boolean isTriggerWord(SentenceView v, int i) {
    boolean[] words = v.memo(TriggerWordsKey.INSTANCE, k -> {
      boolean[] b = new boolean[v.size()];
      for (int t = 0; t < v.size(); t++) {
        b[t] = isTriggerCandidate(v.key(t)) && !isA(v.key(t), WordClass.AIR); // by key: no memo inside a memo
      }
      for (org.hadath.entities.time.TimeMention tm : v.times()) {
        for (int t = Math.max(0, tm.tokenBegin()); t < Math.min(v.size(), tm.tokenEnd()); t++) {
          b[t] = false;
        }
      }
      return b;
    });
    return words[i];
  }
}
