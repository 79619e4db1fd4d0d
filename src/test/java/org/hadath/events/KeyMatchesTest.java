package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hadath.normalize.ArabicKeys;
import org.junit.jupiter.api.Test;

/** The memo of class and trigger answers gives exactly the answers of matching each pattern. */
class KeyMatchesTest {
  private static final EventRules RULES = EventRules.getDefault();

  /** Words of all kinds: triggers, class words, clitic forms, digits, punctuation, Latin, empty. */
  private static final List<String> WORDS = List.of("قصفت", "الغارات", "طايرات", "قتل", "مقتل",
      "جرحي", "اصيب", "وأضاف", "قال", "الجيش", "مدينة", "ارتفع", "حصيلة", "و", "،", ".", "12",
      "hello", "", "اشتباكات", "هجوم", "انتحاري", "تفجير", "نزوح", "استسلام", "امس", "فجر");

  @Test
  void classAnswersEqualThePatterns() {
    for (int round = 0; round < 2; round++) { // the second round reads the memo
      for (String w : WORDS) {
        String key = ArabicKeys.matchKey(w);
        for (String c : RULES.classNames()) {
          assertEquals(RULES.classPattern(c).matcher(key).matches(), RULES.isA(key, c), key + " " + c);
        }
      }
    }
  }

  @Test
  void triggerAnswersArePatternMatchesInRuleOrder() {
    for (int round = 0; round < 2; round++) {
      for (String w : WORDS) {
        String key = ArabicKeys.matchKey(w);
        List<EventRules.TriggerRule> expected = new ArrayList<>();
        for (EventRules.TriggerRule r : RULES.triggers()) {
          if (r.pattern().matcher(key).matches()) {
            expected.add(r);
          }
        }
        assertEquals(expected, RULES.triggersMatching(key), key);
      }
    }
    assertFalse(RULES.triggersMatching(ArabicKeys.matchKey("قصفت")).isEmpty());
    assertTrue(RULES.triggersMatching(null).isEmpty());
  }

  @Test
  void unknownClassAndNullKey() {
    assertThrows(IllegalArgumentException.class, () -> RULES.isA("قتل", "NO_SUCH_CLASS"));
    assertFalse(RULES.isA(null, WordClass.KILLED));
  }

  @Test
  void memoryIsBoundedAndAnswersStayRight() {
    KeyMatches m = new KeyMatches(List.of(Pattern.compile("a+b"), Pattern.compile("x.*")), List.of());
    for (int i = 0; i < KeyMatches.LIMIT + 10; i++) {
      String key = (i % 2 == 0 ? "a" : "x") + i;
      assertEquals(i % 2 == 1, m.isA(key, 1), key);
      assertFalse(m.isA(key, 0), key);
      assertTrue(m.size() <= KeyMatches.LIMIT);
    }
    assertTrue(m.isA("aaab", 0));
    assertTrue(m.triggers("aaab").isEmpty());
    assertThrows(IndexOutOfBoundsException.class, () -> m.isA("aaab", 2));
  }

  @Test
  void catastrophicPatternIsNoMatchEveryTime() {
    KeyMatches m = new KeyMatches(List.of(Pattern.compile("(a+)+$b")), List.of());
    String key = "a".repeat(40);
    assertFalse(m.isA(key, 0));
    assertFalse(m.isA(key, 0));
  }
}
