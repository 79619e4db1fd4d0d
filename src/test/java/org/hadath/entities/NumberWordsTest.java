package org.hadath.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hadath.normalize.ArabicKeys;
import org.hadath.util.ModelFiles;
import org.hadath.util.ModelFormatException;
import org.junit.jupiter.api.Test;

/** The marks of {@code number-words.tsv} (bound, teen, vague), read from a small table without the packaged models. */
class NumberWordsTest {

  private static NumberReader reader(String... wordLines) {
    ModelFiles.Table words = ModelFiles.parse("quantity/number-words.tsv", List.of(wordLines), ModelFiles.Layout.fields(4, 5));
    ModelFiles.Table context = ModelFiles.parse("quantity/number-context.tsv", List.of("عام\tYEAR"), ModelFiles.Layout.fields(2, 2));
    return new NumberReader(words.requireNonEmptyFields().rows(), context.requireNonEmptyFields().rows());
  }

  private static final NumberReader SMALL = reader("# a few words", "ثلاثة\t3\tm\tUNIT", "أحد\t1\tm\tUNIT\tbound",
      "عشر\t10\tf\tUNIT\tteen", "خمسة\t5\tm\tUNIT", "آلاف\t1000\t-\tTHOUSAND\tvague", "ألف\t1000\t-\tTHOUSAND");

  /** One piece per space-separated word, offsets in the joined text. */
  private static List<Piece> pieces(String text) {
    List<Piece> out = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      out.add(new Piece(w, ArabicKeys.matchKey(w), at, at + w.length(), out.size(), "CD"));
      at += w.length() + 1;
    }
    return out;
  }

  private static Long value(String text) {
    NumberReader.Num n = SMALL.number(pieces(text), 0);
    return n == null ? null : n.value();
  }

  @Test
  void aVaguePluralAloneIsNoNumberButCountsAfterOne() {
    assertNull(value("آلاف"));
    assertEquals(3000L, value("ثلاثة آلاف"));
    assertEquals(1000L, value("ألف"));
  }

  @Test
  void aBoundUnitCountsOnlyBeforeATeenWord() {
    assertEquals(11L, value("أحد عشر"));
    assertNull(value("أحد"));
    assertNull(value("أحد خمسة"), "أحد before a unit that is no teen word stays 'one of'");
  }

  @Test
  void anUnknownMarkIsAnErrorNamingFileAndLine() {
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> reader("# words", "ثلاثة\t3\tm\tUNIT", "آلاف\t1000\t-\tTHOUSAND\tmany"));
    assertTrue(e.getMessage().startsWith("quantity/number-words.tsv:3: "), e.getMessage());
    assertTrue(e.getMessage().contains("'many'"), e.getMessage());
  }

  @Test
  void thePackagedTableMarksTheVaguePluralsAndTheTeenWords() {
    NumberReader r = NumberReader.get();
    assertNull(r.number(pieces("آلاف"), 0));
    assertNull(r.number(pieces("ملايين"), 0));
    assertEquals(3000L, r.number(pieces("ثلاثة آلاف"), 0).value());
    assertEquals(12L, r.number(pieces("اثنا عشر"), 0).value());
    assertEquals(13L, r.number(pieces("ثلاثة عشرة"), 0).value());
  }
}
