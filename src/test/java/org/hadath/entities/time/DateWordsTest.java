package org.hadath.entities.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hadath.util.ModelFiles;
import org.hadath.util.ModelFormatException;
import org.junit.jupiter.api.Test;

/** The rows of {@code date-words.tsv} and the LINK words of {@code clock-words.tsv}. */
class DateWordsTest {

  private static Map<String, TimeLexicon.DateWord> words(String... lines) {
    return TimeLexicon.dateWords(ModelFiles.parse("time/date-words.tsv", List.of(lines), ModelFiles.Layout.fields(2, 2)));
  }

  @Test
  void rowsAreReadAsMatchKeysWithTheirKind() {
    Map<String, TimeLexicon.DateWord> w = words("# words", "يوم\tDAY_NOUN", "مِن\tOF");
    assertEquals(Map.of("يوم", TimeLexicon.DateWord.DAY_NOUN, "من", TimeLexicon.DateWord.OF), w);
  }

  @Test
  void anUnknownKindIsAnErrorNamingFileAndLine() {
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> words("# words", "يوم\tDAY_NOUN", "من\tPREP"));
    assertTrue(e.getMessage().startsWith("time/date-words.tsv:3: "), e.getMessage());
    assertTrue(e.getMessage().contains("PREP"), e.getMessage());
  }

  @Test
  void anEmptyKindIsAnErrorNamingFileAndLine() {
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> words("يوم\t "));
    assertTrue(e.getMessage().startsWith("time/date-words.tsv:1: "), e.getMessage());
  }

  @Test
  void thePackagedWordsAreReadThroughTheLexicon() {
    TimeLexicon lex = TimeLexicon.get();
    assertTrue(lex.isDayNoun("يوم"));
    assertFalse(lex.isDayNoun("من"));
    assertTrue(lex.isDateOf("من"));
    assertTrue(lex.isDateOf("مـن"), "any spelling: tatweel needs no entry");
    assertFalse(lex.isDateOf("يوم"));
    String leads = lex.clockLeadAlternation();
    assertTrue(leads.indexOf("الساعة") < leads.indexOf("في"), "HOUR nouns first, then LINK words: " + leads);
    assertTrue(java.util.regex.Pattern.compile("(?:" + leads + ")").matcher("في").matches());
  }
}
