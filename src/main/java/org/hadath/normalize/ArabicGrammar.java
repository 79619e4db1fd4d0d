package org.hadath.normalize;

/**
 * The fixed, closed-class mechanics of Arabic writing that mechanisms of every layer test for:
 * the definite article, the one-letter clitics, the preposition من, the suffixes of number and
 * the Arabic punctuation marks. One home for them, so that no class spells these letters itself.
 *
 * <p>These are not word lists: like the letter constants of Lucene's {@code ArabicNormalizer},
 * they are the language's orthography and morphology, the same in every text, and no user
 * extends them. Words a user might add to (cues, nouns, phrases) stay data in {@code models/},
 * and so do closed sets that already are word classes there ({@code IN} for في,
 * {@code TOWARDS} for إلى, …). Constants that are compared with tokens are written as match keys
 * ({@link ArabicKeys#matchKey}: ة is ه, ى is ي, أ/إ/آ are ا); each is spelled with Unicode escapes
 * so that the exact code points are plain, and its glyph is in its comment. Lives in the first
 * layer so that every later layer may use it.
 */
public final class ArabicGrammar {

  private ArabicGrammar() {}

  /** The definite article ال (alif, lām), written joined to the front of its noun or adjective. */
  public static final String ARTICLE = "\u0627\u0644";

  /** The preposition بـ ("with, by, in"), a one-letter proclitic; the segmenter splits it off as a token. */
  public static final String BI = "\u0628";

  /** The preposition لـ ("to, for"), a one-letter proclitic; the segmenter splits it off as a token. */
  public static final String LI = "\u0644";

  /** The conjunction و ("and"), a one-letter proclitic; the segmenter splits it off as a token. */
  public static final String WA = "\u0648";

  /** The tatweel ـ (kashida): written after a proclitic set apart from a quoted name (لـ"X"). */
  public static final char TATWEEL = '\u0640';

  /**
   * The one-letter proclitics a word may carry when the segmenter left them on (وقصف، فقتل، بريف،
   * لقرية): the conjunctions و ف and the prepositions ب ل, in this order.
   */
  public static final String PROCLITICS = "\u0648\u0641\u0628\u0644";

  /**
   * The one-letter proclitics the segmenter may wrongly split off the first letter of a name
   * (كدورة، بنش، لطمين، وادي، فافين): the prepositions ك ب ل and the conjunctions و ف, in this order.
   */
  public static final String NAME_PROCLITICS = "\u0643\u0628\u0644\u0648\u0641";

  /** The preposition من ("from, of"), also the partitive "of" (ثلاثة من المدنيين، 4 من تموز). */
  public static final String MIN = "\u0645\u0646";

  /** The sound feminine plural suffix ـات (غارات، مدنيات). */
  public static final String FEMININE_PLURAL = "\u0627\u062A";

  /** The sound masculine plural suffix of the nominative ـون (مدنيون). */
  public static final String NOMINATIVE_PLURAL = "\u0648\u0646";

  /** The suffix ـين: the sound masculine plural (مدنيين) and the dual (طفلين) outside the nominative. */
  public static final String OBLIQUE_PLURAL = "\u064A\u0646";

  /** The dual suffix of the nominative ـان (طفلان). */
  public static final String DUAL = "\u0627\u0646";

  /** The alif that carries the accusative tanwin (شخصاً, keyed شخصا); also a dual's end in construct (طفلا+هما). */
  public static final String ALIF = "\u0627";

  /** The nisba suffix ـي (مدني، سوري); also a dual's oblique end in construct (طفلي+هما). */
  public static final String NISBA = "\u064A";

  /** The nisba suffix with the accusative alif, ـيا (مدنياً keyed مدنيا). */
  public static final String NISBA_ACCUSATIVE = "\u064A\u0627";

  /** The feminine nisba suffix ـية as a match key, ـيه (مدنية keyed مدنيه). */
  public static final String NISBA_FEMININE = "\u064A\u0647";

  /** The ta marbuta ة as a match key folds it: ه. */
  public static final String TA_MARBUTA_KEY = "\u0647";

  /** The open ta ت that ة becomes before a suffix (زوجة + ه is written زوجته). */
  public static final String TA = "\u062A";

  /** The letters of long vowels, ا و ي and the alif maqsura ى, that spellings of one name add or drop. */
  public static final String LONG_VOWEL_LETTERS = "\u0627\u0648\u064A\u0649";

  /** How an initial ع heard as a glottal stop is written: ا (keys fold أ إ آ to it) or ع itself. */
  public static final String INITIAL_AYN_SPELLINGS = "\u0627\u0639";

  /**
   * ض and ظ, one sound in the spoken Arabic of Syria and Iraq, so that writers put one for the
   * other in names (أبو حامضة / أبو حامظة).
   */
  public static final String MERGED_EMPHATICS = "\u0636\u0638";

  /** The Arabic comma ، (U+060C). */
  public static final String ARABIC_COMMA = "\u060C";

  /** The Arabic semicolon ؛ (U+061B). */
  public static final String ARABIC_SEMICOLON = "\u061B";

  /** The Arabic question mark ؟ (U+061F). */
  public static final String ARABIC_QUESTION_MARK = "\u061F";

  /** The Arabic decimal separator ٫ (U+066B): ٣٫٥ is 3.5. */
  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';

  /** The Arabic thousands separator ٬ (U+066C): ١٬٢٠٠ is 1,200. */
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

  /** The opening guillemet « of Arabic quotations. */
  public static final String OPENING_GUILLEMET = "\u00AB";

  /** The closing guillemet » of Arabic quotations. */
  public static final String CLOSING_GUILLEMET = "\u00BB";

  /** Both commas, Latin then Arabic (",،"), for {@code indexOf} tests and regex character classes. */
  public static final String COMMAS = "," + ARABIC_COMMA;

  /** True when the key starts with the definite article ال. */
  public static boolean hasArticle(String key) {
    return key.startsWith(ARTICLE);
  }

  /** True for a comma, Arabic ، or Latin ,. */
  public static boolean isComma(String s) {
    return ARABIC_COMMA.equals(s) || ",".equals(s);
  }

  /** True for a semicolon, Arabic ؛ or Latin ;. */
  public static boolean isSemicolon(String s) {
    return ARABIC_SEMICOLON.equals(s) || ";".equals(s);
  }

  /** True for a question mark, Arabic ؟ or Latin ?. */
  public static boolean isQuestionMark(String s) {
    return ARABIC_QUESTION_MARK.equals(s) || "?".equals(s);
  }

  /** True for a question mark character, Arabic ؟ or Latin ?. */
  public static boolean isQuestionMark(char c) {
    return c == '?' || c == '\u061F';
  }

  /** True for the preposition ب standing alone. */
  public static boolean isBi(String s) {
    return BI.equals(s);
  }

  /** True for the preposition ل standing alone. */
  public static boolean isLi(String s) {
    return LI.equals(s);
  }

  /** True for the preposition ل as written glued to a name, alone or with a tatweel (لـ). */
  public static boolean isLiWritten(String s) {
    return LI.equals(s) || (LI + TATWEEL).equals(s);
  }

  /** True for the conjunction و standing alone. */
  public static boolean isWa(String s) {
    return WA.equals(s);
  }

  /** True for the preposition من standing alone. */
  public static boolean isMin(String s) {
    return MIN.equals(s);
  }

  /** True when {@code c} is one of the {@link #PROCLITICS} و ف ب ل. */
  public static boolean isProclitic(char c) {
    return PROCLITICS.indexOf(c) >= 0;
  }

  /** True when the key ends with a sound masculine plural suffix, ـين or ـون (also the oblique dual ـين). */
  public static boolean hasMasculinePluralSuffix(String key) {
    return key.endsWith(OBLIQUE_PLURAL) || key.endsWith(NOMINATIVE_PLURAL);
  }

  /** True when the key ends with a nisba suffix: ـي، ـيا (accusative) or ـية (keyed ـيه). */
  public static boolean hasNisbaSuffix(String key) {
    return key.endsWith(NISBA) || key.endsWith(NISBA_ACCUSATIVE) || key.endsWith(NISBA_FEMININE);
  }

  /** The key with a final ة (keyed ه) written as the ت it becomes before a suffix; other keys unchanged. */
  public static String openTa(String key) {
    return key.endsWith(TA_MARBUTA_KEY) ? key.substring(0, key.length() - 1) + TA : key;
  }
}
