package org.hadath.events;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which word classes and trigger rules of an {@link EventRules} match a word's match key,
 * each answer computed once per key and kept: the event layer asks the same question of the
 * same few thousand words many times (every token against every trigger rule, every token near
 * a trigger against every class for the specificity features), and each answer is a regular
 * expression match. The answers are exactly {@link EventRules#matches}'s.
 *
 * <p>Memory is bounded: past {@value #LIMIT} keys the memo is emptied (common words come back
 * at once). Thread-safe: a class's answer for a key is one byte written once with the value
 * any thread would compute, so a thread that does not yet see it only computes it again.
 */
final class KeyMatches {
  /** Keys remembered before the memo is emptied (a key costs about a hundred bytes). */
  static final int LIMIT = 50_000;

  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  private final ImmutableList<Pattern> classes;
  private final ImmutableList<EventRules.TriggerRule> triggers;
  private final ConcurrentHashMap<String, Entry> memo = new ConcurrentHashMap<>();

  /** What is known of one key: a byte per class, and the matching trigger rules once asked. */
  private static final class Entry {
    final byte[] classes;
    volatile List<EventRules.TriggerRule> triggers;

    Entry(int n) {
      this.classes = new byte[n];
    }
  }

  /** A memo over the class patterns (by index) and trigger rules (in order). */
  KeyMatches(List<Pattern> classes, List<EventRules.TriggerRule> triggers) {
    this.classes = ImmutableList.copyOf(classes);
    this.triggers = ImmutableList.copyOf(triggers);
  }

  /** Whether class {@code c}'s pattern (by index) matches all of {@code key}. */
  boolean isA(String key, int c) {
    Preconditions.checkElementIndex(c, classes.size());
    Entry e = entry(key);
    byte b = e.classes[c];
    if (b == UNKNOWN) {
      b = EventRules.matches(classes.get(c), key) ? YES : NO;
      e.classes[c] = b;
    }
    return b == YES;
  }

  /** The trigger rules whose pattern matches all of {@code key}, in rule order. */
  List<EventRules.TriggerRule> triggers(String key) {
    Entry e = entry(key);
    List<EventRules.TriggerRule> t = e.triggers;
    if (t == null) {
      ImmutableList.Builder<EventRules.TriggerRule> b = ImmutableList.builder();
      for (EventRules.TriggerRule r : triggers) {
        if (EventRules.matches(r.pattern(), key)) {
          b.add(r);
        }
      }
      t = b.build();
      e.triggers = t;
    }
    return t;
  }

  /** Keys remembered now (for tests). */
  int size() {
    return memo.size();
  }

  private Entry entry(String key) {
    Entry e = memo.get(key);
    if (e == null) {
      if (memo.size() >= LIMIT) {
        memo.clear(); // bounded memory over an archive
      }
      e = memo.computeIfAbsent(key, k -> new Entry(classes.size()));
    }
    return e;
  }
}
