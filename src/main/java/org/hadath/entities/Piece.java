package org.hadath.entities;

import org.hadath.normalize.ArabicGrammar;

/**
 * A sub-token unit the quantity and time matchers work on: a run of digits (with internal
 * thousands separators), a run of Arabic letters, or a single other character.
 *
 * <p>CoreNLP's segmenter does not split every clitic or date ({@code و11}, {@code 3/2019}),
 * so matching on its tokens directly would miss those; pieces keep the link to the token
 * they came from ({@link #tokenIndex}) so that mentions still report token spans.
 *
 * @param text the original characters
 * @param key {@link org.hadath.normalize.ArabicKeys#matchKey} of the text
 * @param begin document character offset of the first character
 * @param end document character offset one past the last character
 * @param tokenIndex sentence-relative index of the CoreNLP token containing the piece
 * @param tag the POS tag of that token (may be null when the pipeline has no POS)
 */
public record Piece(String text, String key, int begin, int end, int tokenIndex, String tag) {

  /** True when the piece is a run of (Latin or Arabic-Indic) digits. */
  public boolean isNumber() {
    return !key.isEmpty() && Character.isDigit(key.charAt(0)) && key.chars()
        .allMatch(c -> Character.isDigit(c) || c == ',' || c == '.' || c == ArabicGrammar.ARABIC_DECIMAL_SEPARATOR
            || c == ArabicGrammar.ARABIC_THOUSANDS_SEPARATOR);
  }

  /** True when the piece is made of letters. */
  public boolean isWord() {
    return !key.isEmpty() && Character.isLetter(key.charAt(0));
  }

  /**
   * The key without one leading proclitic (و ف ب ل) when the segmenter left it attached,
   * or {@code null} when the word is too short to carry one.
   */
  public String keyWithoutClitic() {
    if (key.length() >= 3 && ArabicGrammar.isProclitic(key.charAt(0))) {
      return key.substring(1);
    }
    return null;
  }
}
