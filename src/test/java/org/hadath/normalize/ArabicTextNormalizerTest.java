package org.hadath.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicTextNormalizerTest {
  private final ArabicTextNormalizer n = ArabicTextNormalizer.getInstance();

  /** Every normalized character must map back to an in-range, ordered original span. */
  private static void assertMapValid(NormalizedText t) {
    int prevBegin = 0;
    for (int i = 0; i < t.normalized().length(); i++) {
      int b = t.originalBegin(i);
      int e = t.originalEnd(i);
      assertTrue(b >= prevBegin && b < e && e <= t.original().length(), "bad map at " + i);
      prevBegin = b;
    }
  }

  @Test
  void nullIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> n.normalize(null));
  }

  @Test
  void emptyAndPlainTextAreUnchanged() {
    assertEquals("", n.normalize("").normalized());
    NormalizedText t = n.normalize("قصفت الطائرات البلدة");
    assertTrue(t.isIdentity());
  }

  @Test
  void diacriticsAreRemovedAndBelongToTheirLetter() {
    NormalizedText t = n.normalize("قُتِلَ مدنياً");
    assertEquals("قتل مدنيا", t.normalized());
    assertEquals("قُتِلَ", t.originalSpan(0, 3));
    assertEquals("مدنياً", t.originalSpan(4, 9));
    assertMapValid(t);
  }

  @Test
  void superscriptAlefIsRemoved() {
    assertEquals("هذا", n.normalize("هٰذا").normalized());
  }

  @Test
  void tatweelIsRemoved() {
    NormalizedText t = n.normalize("الغـــارات");
    assertEquals("الغارات", t.normalized());
    assertEquals("الغـــارات", t.originalSpan(0, 7));
  }

  @Test
  void wordBrokenByTatweelAndSpacesIsJoined() {
    String s = "أعلن عن مـ ـقـ ـتل ثلاثة";
    NormalizedText t = n.normalize(s);
    assertEquals("أعلن عن مقتل ثلاثة", t.normalized());
    int b = t.normalized().indexOf("مقتل");
    assertEquals("مـ ـقـ ـتل", t.originalSpan(b, b + 4));
    assertMapValid(t);
  }

  @Test
  void latinChromeGluedToAnArabicWordIsSetApartWithOffsetsKept() {
    String s = "قصف على بلدة الغاريةAll reactions وPublicمقتل رجلين";
    NormalizedText t = n.normalize(s);
    assertEquals("قصف على بلدة الغارية All reactions و Public مقتل رجلين", t.normalized());
    int b = t.normalized().indexOf("الغارية");
    assertEquals("الغارية", t.originalSpan(b, b + 7));
    b = t.normalized().indexOf("All");
    assertEquals("All", t.originalSpan(b, b + 3));
    b = t.normalized().indexOf("مقتل");
    assertEquals("مقتل", t.originalSpan(b, b + 4));
    assertMapValid(t);
    assertEquals("ISIS and HTS", n.normalize("ISIS and HTS").normalized(), "Latin text alone is untouched");
  }

  @Test
  void aWordGluedAfterAWordFinalLetterIsSetApartWithOffsetsKept() {
    // a post's title run into its body: ة and ى only end words
    String s = "قصف على قرية الحميديةقتل طفل وأصيب آخر في قرية الهدىاستهدفت";
    NormalizedText t = n.normalize(s);
    assertEquals("قصف على قرية الحميدية قتل طفل وأصيب آخر في قرية الهدى استهدفت", t.normalized());
    int b = t.normalized().indexOf("قتل");
    assertEquals("قتل", t.originalSpan(b, b + 3));
    b = t.normalized().indexOf("الحميدية");
    assertEquals("الحميدية", t.originalSpan(b, b + 8));
    b = t.normalized().indexOf("استهدفت");
    assertEquals("استهدفت", t.originalSpan(b, b + 7));
    assertMapValid(t);
    assertEquals("مدرسة المستشفى", n.normalize("مدرسة المستشفى").normalized(), "words ending in ة and ى stay whole");
  }

  @Test
  void wordsHiddenWithTatweelAndDotsAreJoinedWithOffsetsKept() {
    String s = "تجدد القـ.ـصف على القرية وسط الاشتـ .ـباكات في عملـ.ـيتين";
    NormalizedText t = n.normalize(s);
    assertEquals("تجدد القصف على القرية وسط الاشتباكات في عمليتين", t.normalized());
    int b = t.normalized().indexOf("القصف");
    assertEquals("القـ.ـصف", t.originalSpan(b, b + 5));
    b = t.normalized().indexOf("الاشتباكات");
    assertEquals("الاشتـ .ـباكات", t.originalSpan(b, b + 10));
    b = t.normalized().indexOf("عمليتين");
    assertEquals("عملـ.ـيتين", t.originalSpan(b, b + 7));
    assertMapValid(t);
  }

  @Test
  void dotsWithATatweelOnOneSideJoinButOrdinaryDotsStay() {
    assertEquals("قصف المدينة", n.normalize("قـ.صف المدينة").normalized());
    assertEquals("قصف المدينة", n.normalize("ق.ـصف المدينة").normalized());
    // a sentence end, an abbreviation and a number keep their dots
    assertEquals("انتهى. ثم بدأ", n.normalize("انتهى. ثم بدأ").normalized());
    assertEquals("د.ب.أ 3.5", n.normalize("د.ب.أ 3.5").normalized());
  }

  @Test
  void aDotCuttingOffAWordsLastLetterJoinsButSentenceEndsAndAbbreviationsStay() {
    NormalizedText t = n.normalize("قص.ف للطيران على حي السبيل وجر.ح ثلاثة");
    assertEquals("قصف للطيران على حي السبيل وجرح ثلاثة", t.normalized());
    assertEquals("قص.ف", t.originalSpan(0, 3));
    assertMapValid(t);
    // two words glued at a sentence end, an abbreviation, a glued و: the dot stays
    assertEquals("في البلدة.وقال المصدر", n.normalize("في البلدة.وقال المصدر").normalized());
    assertEquals("انتهى.ثم بدأ", n.normalize("انتهى.ثم بدأ").normalized());
    assertEquals("وكالة د.ب.أ", n.normalize("وكالة د.ب.أ").normalized());
    assertEquals("سوريا.و قال", n.normalize("سوريا.و قال").normalized());
  }

  @Test
  void spaceAfterATrailingTatweelIsKeptWhenTheNextWordIsWhole() {
    assertEquals("قصف مدفعي", n.normalize("قصف مدفعي").normalized());
    assertEquals("قصف مدفعي", n.normalize("قصفـ مدفعي").normalized());
    assertEquals("قصف مدفعي", n.normalize("قصف ـمدفعي").normalized());
  }

  @Test
  void presentationFormsBecomeBaseLetters() {
    // ﻗﺼﻒ = presentation forms of قصف; ﻻ = lam-alef ligature
    NormalizedText t = n.normalize("\uFED7\uFEBC\uFED2 \uFEFB");
    assertEquals("قصف لا", t.normalized());
    assertEquals("\uFEFB", t.originalSpan(4, 6));
    assertMapValid(t);
  }

  @Test
  void isolatedHarakatFormsVanish() {
    assertEquals("قتل", n.normalize("قت\uFE77ل").normalized());
  }

  @Test
  void bidiAndZeroWidthMarksAreRemoved() {
    String s = "\u202Bقصف\u200F \u2066الطيران\u2069\u200B\uFEFF";
    NormalizedText t = n.normalize(s);
    assertEquals("قصف الطيران", t.normalized());
    assertEquals("قصف", t.originalSpan(0, 3));
    assertEquals("الطيران", t.originalSpan(4, 11));
    assertMapValid(t);
  }

  @Test
  void arabicIndicAndPersianDigitsBecomeAscii() {
    NormalizedText t = n.normalize("مقتل ١٢ و۳۴ شخصاً في ٢٠١٩");
    assertEquals("مقتل 12 و34 شخصا في 2019", t.normalized());
    assertEquals("١٢", t.originalSpan(5, 7));
  }

  @Test
  void typographicQuotesBecomeAsciiQuotes() {
    NormalizedText t = n.normalize("«قسد» “داعش” „النصرة‟ ‹حزب›");
    assertEquals("\"قسد\" \"داعش\" \"النصرة\" \"حزب\"", t.normalized());
    assertEquals("«", t.originalSpan(0, 1));
  }

  @Test
  void controlCharactersBecomeSpacesButLineBreaksStay() {
    NormalizedText t = n.normalize("قصف\u0000مدفعي\nغارة\u0007جوية\ttext");
    assertEquals("قصف مدفعي\nغارة جوية\ttext", t.normalized());
  }

  @Test
  void mixedObfuscationMapsBackToTheUsersCharacters() {
    String s = "\u202Bقَـصَـفَ\u202C ﻃﺎﺋﺮﺍﺕ «التحالف» ٣ مرات";
    NormalizedText t = n.normalize(s);
    assertEquals("قصف طائرات \"التحالف\" 3 مرات", t.normalized());
    assertEquals("قَـصَـفَ", t.originalSpan(0, 3));
    assertEquals("ﻃﺎﺋﺮﺍﺕ", t.originalSpan(4, 10));
    assertMapValid(t);
  }

  @Test
  void textOfOnlyDiacriticsNormalizesToEmpty() {
    NormalizedText t = n.normalize("\u064E\u064F\u0650\u0651");
    assertEquals("", t.normalized());
    assertEquals(0, t.toOriginal(0, 0)[0]);
  }

  @Test
  void surrogatePairsArePassedThrough() {
    NormalizedText t = n.normalize("قصف 💥 عنيف");
    assertEquals("قصف 💥 عنيف", t.normalized());
    assertMapValid(t);
  }

  /** Regression (found while writing the fuzz tests): ﷺ grows 18× under NFKC and overflowed the map. */
  @Test
  void ligaturesThatExpandALotDoNotOverflowTheOffsetMap() {
    String s = "\uFDFA\uFDFA\uFDFA x\uFDFB\uFDFB\uFDFB\uFDFB";
    NormalizedText t = n.normalize(s);
    assertTrue(t.normalized().startsWith("\u0635\u0644\u0649 \u0627\u0644\u0644\u0647"), t.normalized());
    assertEquals("\uFDFA", t.originalSpan(0, 3));
    assertMapValid(t);
    String big = "\uFDFA".repeat(5000);
    assertEquals(18 * 5000, n.normalize(big).normalized().length());
  }

  @Test
  void spacesInsideAMultiWordLigatureAreKept() {
    assertEquals("\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064A\u0647 \u0648\u0633\u0644\u0645",
        n.normalize("\uFDFA").normalized());
    assertEquals("\u062C\u0644 \u062C\u0644\u0627\u0644\u0647", n.normalize("\uFDFB").normalized());
  }

  /** Regression (NormalizerFuzzTest): a zero-width mark between the spaces of a tatweel break. */
  @Test
  void tatweelBreakWithInvisibleMarksBetweenTheSpacesIsJoined() {
    String s = "\u0645\u0640\u2000\u200B \u0640\u0642\u062A\u0644";
    NormalizedText t = n.normalize(s);
    assertEquals("\u0645\u0642\u062A\u0644", t.normalized());
    assertEquals(s, t.originalSpan(0, 4));
    assertMapValid(t);
  }

  /** Regression (InvarianceTest): entity layers key original characters; keys must not see the obfuscation. */
  @Test
  void matchKeysOfOriginalCharactersEqualKeysOfTheNormalizedText() {
    String[] originals = {"\uFE83\uFEDC\uFE9C\uFEAE", "\u202B\u0623\u0643\u062B\u0631\u202C", "\u0623\u0643\u200B\u062B\u0631",
        "\uFEFB\u062C\u0626\u064A\u0646", "\u0623\u064E\u0643\u0640\u0640\u062B\u0631"};
    for (String o : originals) {
      assertEquals(ArabicKeys.matchKey(n.normalize(o).normalized()), ArabicKeys.matchKey(o), o);
    }
    assertEquals("\u0627\u0643\u062B\u0631", ArabicKeys.matchKey("\uFE83\uFEDC\uFE9C\uFEAE"));
  }
}
