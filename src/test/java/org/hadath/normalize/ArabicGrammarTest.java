package org.hadath.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The orthography and grammar constants: exact code points and the predicates, without models. */
class ArabicGrammarTest {

  @Test
  void constantsAreTheExactLettersAndMarks() {
    assertEquals("ال", ArabicGrammar.ARTICLE);
    assertEquals("ب", ArabicGrammar.BI);
    assertEquals("ل", ArabicGrammar.LI);
    assertEquals("و", ArabicGrammar.WA);
    assertEquals("من", ArabicGrammar.MIN);
    assertEquals("وفبل", ArabicGrammar.PROCLITICS);
    assertEquals("كبلوف", ArabicGrammar.NAME_PROCLITICS);
    assertEquals("ات", ArabicGrammar.FEMININE_PLURAL);
    assertEquals("ون", ArabicGrammar.NOMINATIVE_PLURAL);
    assertEquals("ين", ArabicGrammar.OBLIQUE_PLURAL);
    assertEquals("ان", ArabicGrammar.DUAL);
    assertEquals("،", ArabicGrammar.ARABIC_COMMA);
    assertEquals("؛", ArabicGrammar.ARABIC_SEMICOLON);
    assertEquals("؟", ArabicGrammar.ARABIC_QUESTION_MARK);
    assertEquals("«", ArabicGrammar.OPENING_GUILLEMET);
    assertEquals("»", ArabicGrammar.CLOSING_GUILLEMET);
    assertEquals(",،", ArabicGrammar.COMMAS);
    assertEquals("اويى", ArabicGrammar.LONG_VOWEL_LETTERS);
  }

  @Test
  void constantsComparedWithTokensAreMatchKeys() {
    for (String c : new String[] {ArabicGrammar.ARTICLE, ArabicGrammar.BI, ArabicGrammar.LI, ArabicGrammar.WA,
        ArabicGrammar.MIN, ArabicGrammar.FEMININE_PLURAL, ArabicGrammar.NOMINATIVE_PLURAL,
        ArabicGrammar.OBLIQUE_PLURAL, ArabicGrammar.DUAL, ArabicGrammar.NISBA_FEMININE, ArabicGrammar.TA_MARBUTA_KEY}) {
      assertEquals(c, ArabicKeys.matchKey(c), "not a match key: " + c);
    }
  }

  @Test
  void articleIsFoundAtTheStartOnly() {
    assertTrue(ArabicGrammar.hasArticle(ArabicKeys.matchKey("المدينة")));
    assertFalse(ArabicGrammar.hasArticle("مدينه"));
    assertFalse(ArabicGrammar.hasArticle("بال"));
    assertEquals("مدينه", ArabicKeys.withoutArticle("المدينه"));
    assertEquals("الي", ArabicKeys.withoutArticle("الي"), "too short to carry an article");
  }

  @Test
  void punctuationPredicatesTakeBothScripts() {
    assertTrue(ArabicGrammar.isComma("،"));
    assertTrue(ArabicGrammar.isComma(","));
    assertFalse(ArabicGrammar.isComma("؛"));
    assertFalse(ArabicGrammar.isComma(null));
    assertTrue(ArabicGrammar.isSemicolon("؛"));
    assertTrue(ArabicGrammar.isSemicolon(";"));
    assertFalse(ArabicGrammar.isSemicolon(":"));
    assertTrue(ArabicGrammar.isQuestionMark("؟"));
    assertTrue(ArabicGrammar.isQuestionMark("?"));
    assertFalse(ArabicGrammar.isQuestionMark("!"));
    assertTrue(ArabicGrammar.isQuestionMark('؟'));
    assertTrue(ArabicGrammar.isQuestionMark('?'));
    assertFalse(ArabicGrammar.isQuestionMark('.'));
    assertEquals('٫', ArabicGrammar.ARABIC_DECIMAL_SEPARATOR);
    assertEquals('٬', ArabicGrammar.ARABIC_THOUSANDS_SEPARATOR);
    assertEquals('ـ', ArabicGrammar.TATWEEL);
  }

  @Test
  void cliticsStandAloneOrAsWritten() {
    assertTrue(ArabicGrammar.isBi("ب"));
    assertFalse(ArabicGrammar.isBi("بـ"));
    assertFalse(ArabicGrammar.isBi("بريف"));
    assertTrue(ArabicGrammar.isLi("ل"));
    assertFalse(ArabicGrammar.isLi("لـ"));
    assertTrue(ArabicGrammar.isLiWritten("ل"));
    assertTrue(ArabicGrammar.isLiWritten("لـ"));
    assertFalse(ArabicGrammar.isLiWritten("لل"));
    assertTrue(ArabicGrammar.isWa("و"));
    assertFalse(ArabicGrammar.isWa("ف"));
    assertTrue(ArabicGrammar.isMin("من"));
    assertFalse(ArabicGrammar.isMin("منذ"));
    for (char c : "وفبل".toCharArray()) {
      assertTrue(ArabicGrammar.isProclitic(c));
    }
    assertFalse(ArabicGrammar.isProclitic('ك'), "ك starts no word the segmenter leaves glued");
  }

  @Test
  void suffixesOfNumberAndNisba() {
    assertTrue(ArabicGrammar.hasMasculinePluralSuffix("مدنيين"));
    assertTrue(ArabicGrammar.hasMasculinePluralSuffix("مدنيون"));
    assertFalse(ArabicGrammar.hasMasculinePluralSuffix("مدنيات"));
    assertTrue(ArabicGrammar.hasNisbaSuffix("مدني"));
    assertTrue(ArabicGrammar.hasNisbaSuffix("مدنيا"));
    assertTrue(ArabicGrammar.hasNisbaSuffix(ArabicKeys.matchKey("مدنية")));
    assertFalse(ArabicGrammar.hasNisbaSuffix("شخص"));
    assertEquals("زوجت", ArabicGrammar.openTa(ArabicKeys.matchKey("زوجة")));
    assertEquals("طفل", ArabicGrammar.openTa("طفل"));
  }
}
