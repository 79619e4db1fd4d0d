package org.hadath.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The glued-word mechanism over a small hand-made lexicon: no model files. */
class GlueSplitterTest {
  private static final GlueLexicon LEX = GlueLexicon.of(
      List.of("كفرنبل", "تل حمام", "مدينة تل حمام", "الكرم", "جسر النهر", "بير"),
      List.of("(قصف|قصفت|يقصف)", "(أصيب|أصيبت)", "مدينة", "عاودت"),
      List.<String[]>of(new String[] {"و", ""}, new String[] {"ب", ""}, new String[] {"لل", "ال"}));
  private static final GlueSplitter SPLIT = new GlueSplitter(LEX);
  private static final ArabicTextNormalizer NORM = ArabicTextNormalizer.getInstance();

  private static String split(String text) {
    return SPLIT.split(NORM.normalize(text)).normalized();
  }

  @Test
  void aOneWordNameGluedToAVerbIsCut() {
    assertEquals("غارة على كفرنبل قصفت الطائرات", split("غارة على كفرنبلقصفت الطائرات"));
    assertEquals("قرب كفرنبل أصيب رجل", split("قرب كفرنبلأصيب رجل"));
  }

  @Test
  void aNameOfSeveralWordsIsCutOnlyAfterItsOtherWords() {
    assertEquals("قصف على تل حمام عاودت القوات", split("قصف على تل حمامعاودت القوات"));
    // حمام alone is no name: the word stays whole
    assertEquals("في حمامعاودت", split("في حمامعاودت"));
    // #تل_حمام: the hashtag's words are the name's words
    assertEquals("#تل حمام قصفت", split("#تل_حمامقصفت"));
    // a line break between the words parts them
    assertEquals("تل\nحمامقصفت", split("تل\nحمامقصفت"));
  }

  @Test
  void proclitics() {
    assertEquals("وكفرنبل قصفت", split("وكفرنبلقصفت"));
    assertEquals("بتل حمام أصيبت", split("بتل حمامأصيبت"));
    assertEquals("كفرنبل وقصفت", split("كفرنبلوقصفت")); // the tail's own proclitic
    // لل + كرم: the article's alef, dropped after لل, is restored to find the name
    assertEquals("للكرم قصف", split("للكرمقصف"));
  }

  @Test
  void partsShorterThanThreeLettersAreNotCut() {
    assertEquals("بيرقص", split("بيرقص")); // tail قص: two letters
    assertEquals("كفرنبلمد", split("كفرنبلمد"));
  }

  @Test
  void aKnownWordOrAnUnknownRestIsNeverCut() {
    assertEquals("كفرنبلات", split("كفرنبلات")); // ات is no tail word
    assertEquals(-1, SPLIT.cut("كفرنبل", List.of())); // a name itself
    assertEquals(-1, SPLIT.cut("وكفرنبل", List.of()));
    assertEquals(-1, SPLIT.cut("مدينه", List.of())); // a tail word itself
    assertEquals(-1, SPLIT.cut("كفرنبلالقوات", List.of()));
  }

  @Test
  void theLongestNameWins() {
    assertEquals(6, SPLIT.cut("كفرنبلقصف", List.of()));
    assertEquals(3, SPLIT.cut("بيرعاودت", List.of()));
    assertEquals("بير مدينة", split("بيرمدينة"));
  }

  @Test
  void offsetsMapEachPartBackToItsOwnLetters() {
    String original = "ريف تل حمامقصـ ـفت الطائرات";
    NormalizedText t = SPLIT.split(NORM.normalize(original));
    assertEquals("ريف تل حمام قصفت الطائرات", t.normalized());
    int name = t.normalized().indexOf("حمام");
    assertEquals("حمام", t.originalSpan(name, name + 4));
    int verb = t.normalized().indexOf("قصفت");
    assertEquals("قصـ ـفت", t.originalSpan(verb, verb + 4));
    int space = verb - 1;
    assertEquals(t.originalBegin(verb), t.originalBegin(space)); // the space shares the next letter's span
    for (int i = 1; i < t.normalized().length(); i++) {
      assertTrue(t.originalBegin(i) >= t.originalBegin(i - 1), "map out of order at " + i);
    }
    assertEquals(original, t.original());
  }

  @Test
  void offsetsMapBackThroughAKashidaInTheNameAndCrlfLineEnds() {
    // a Windows file: CRLF line ends before and after, a tatweel inside the glued name
    String original = "خبر عاجل\r\nغارة على كفرنبـلقصفت الطائرات\r\nالبلدة";
    NormalizedText t = SPLIT.split(NORM.normalize(original));
    String n = t.normalized();
    int name = n.indexOf("كفرنبل");
    int verb = n.indexOf("قصفت");
    assertTrue(name > 0 && verb == name + "كفرنبل".length() + 1, n);
    assertEquals("كفرنبـل", t.originalSpan(name, name + "كفرنبل".length()));
    assertEquals("قصفت", t.originalSpan(verb, verb + 4));
    assertEquals(original.indexOf("قصفت"), t.originalBegin(verb));
    // the words after the cut, on the next CRLF line, still map to their own letters
    int town = n.indexOf("البلدة");
    assertEquals(original.indexOf("البلدة"), t.originalBegin(town));
    assertEquals("البلدة", t.originalSpan(town, town + "البلدة".length()));
    int planes = n.indexOf("الطائرات");
    assertEquals("الطائرات", t.originalSpan(planes, planes + "الطائرات".length()));
    assertEquals(original, t.original());
  }

  @Test
  void textWithNothingGluedIsReturnedAsItIs() {
    NormalizedText t = NORM.normalize("قصفت الطائرات كفرنبل صباح اليوم");
    assertSame(t, SPLIT.split(t));
    NormalizedText empty = NORM.normalize("");
    assertSame(empty, SPLIT.split(empty));
  }

  @Test
  void aBadTailRegexIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> GlueLexicon.of(List.of("كفرنبل"), List.of("(قصف"), List.of()));
  }
}
