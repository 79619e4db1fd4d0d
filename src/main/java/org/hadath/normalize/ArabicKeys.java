package org.hadath.normalize;

/**
 * Lookup keys for Arabic words: the single place that decides which spelling variants
 * count as the same word when matching lexicons and gazetteers.
 *
 * <p>News spells the same name many ways (سورية/سوريا، أ/إ/آ/ا، ى/ي، ة/ه, with or without
 * diacritics and tatweel). {@link #matchKey(CharSequence)} folds these variants so that a
 * lexicon entry written one way matches text written another way. Keys are for comparison
 * only; they are never shown to users and never used for offsets.
 */
public final class ArabicKeys {

  private ArabicKeys() {}

  /**
   * Returns the matching key of a word or phrase: diacritics and tatweel removed, alef
   * forms (أ إ آ ٱ) folded to ا, alef maqsura ى to ي, ta marbuta ة to ه, hamza carriers
   * ؤ to و and ئ to ي, Arabic-Indic and Persian digits to ASCII, runs of white space to one
   * space, Latin letters lower-cased; presentation forms folded to their letters (as
   * {@link ArabicTextNormalizer} does) and bidi / zero-width marks dropped, so that the key of
   * a user's original characters equals the key of their normalized form.
   */
  public static String matchKey(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDiacritic(c) || c == '\u0640' || ArabicTextNormalizer.isInvisible(c)) {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      if (ArabicTextNormalizer.isPresentationForm(c)) {
        // ﻗ → ق, ﻻ → لا: a key of original characters must equal the key of normalized ones
        String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
        for (int k = 0; k < base.length(); k++) {
          char b = base.charAt(k);
          if (!isDiacritic(b) && b != '\u0640' && b != ' ') {
            sb.append(foldLetter(b));
          }
        }
        continue;
      }
      sb.append(foldLetter(c));
    }
    return sb.toString();
  }

  /**
   * Folds the Arabic letters of a pattern (a regular expression or a Semgrex pattern written
   * in a model file) as {@link #matchKey} folds words, leaving every other character alone,
   * so that a rule may be written with أ، ة، ى and still match keys.
   */
  public static String foldPattern(String pattern) {
    StringBuilder sb = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        if (isDiacritic(c) || c == '\u0640') {
          continue;
        }
        sb.append(foldLetter(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Folds one letter as {@link #matchKey} does, without removing anything. */
  public static char foldLetter(char c) {
    switch (c) {
      case '\u0623': case '\u0625': case '\u0622': case '\u0671': return '\u0627';
      case '\u0649': return '\u064A';
      case '\u0629': return '\u0647';
      case '\u0624': return '\u0648';
      case '\u0626': return '\u064A';
      default:
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
        if (c < 128) return Character.toLowerCase(c);
        return c;
    }
  }

  /** True for Arabic harakat, tanwin, shadda, sukun, the small high marks and dagger alef. */
  public static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
        || (c >= '\u06D6' && c <= '\u06DC') || (c >= '\u06DF' && c <= '\u06E4')
        || c == '\u06E7' || c == '\u06E8' || (c >= '\u06EA' && c <= '\u06ED');
  }

  /**
   * Key with a leading definite article ال removed (and the key itself when too short to
   * carry one), so that قوات التحالف and تحالف can be related when a lexicon wants it.
   */
  public static String withoutArticle(String key) {
    if (key.length() > 3 && ArabicGrammar.hasArticle(key)) {
      return key.substring(2);
    }
    return key;
  }
}
