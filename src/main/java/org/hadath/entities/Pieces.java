package org.hadath.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.normalize.ArabicKeys;

/** Splits a sentence's CoreNLP tokens into {@link Piece}s (see there for why). */
public final class Pieces {

  private Pieces() {}

  /**
   * Pieces of {@code tokens}, in order. Offsets come from the tokens' begin/end positions
   * into {@code docText}; tokens whose offsets do not fit the text are skipped rather than
   * failing, since they cannot yield a mention with valid offsets anyway.
   */
  public static List<Piece> split(List<CoreLabel> tokens, String docText) {
    List<Piece> out = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      CoreLabel tok = tokens.get(t);
      int b = tok.beginPosition();
      int e = tok.endPosition();
      if (b < 0 || e > docText.length() || b >= e) {
        continue;
      }
      int i = b;
      while (i < e) {
        char c = docText.charAt(i);
        int j = i + 1;
        if (isDigit(c)) {
          // Digits with internal separators (1,200 / 1.200 / ١٬٢٠٠); a separator must sit
          // between digits, so "15." at a sentence end stays "15" + ".".
          while (j < e) {
            char d = docText.charAt(j);
            if (isDigit(d)) {
              j++;
            } else if (isSeparator(d) && j + 1 < e && isDigit(docText.charAt(j + 1))) {
              j++;
            } else {
              break;
            }
          }
        } else if (isWordChar(c)) {
          // inside one token, spaces belong to the word: the normalizer joined a word broken
          // up by tatweel (مـ ـدنـ ـيين) into one token
          while (j < e && (isWordChar(docText.charAt(j)) || Character.isWhitespace(docText.charAt(j)))) {
            j++;
          }
        }
        String text = docText.substring(i, j);
        String key = ArabicKeys.matchKey(text).replace(" ", "");
        if (!key.isEmpty()) {
          out.add(new Piece(text, key, i, j, t, tok.tag()));
        }
        i = j;
      }
    }
    return out;
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669')
        || (c >= '\u06F0' && c <= '\u06F9');
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '.' || c == ArabicGrammar.ARABIC_DECIMAL_SEPARATOR || c == ArabicGrammar.ARABIC_THOUSANDS_SEPARATOR;
  }

  private static boolean isWordChar(char c) {
    return (Character.isLetter(c) && !isDigit(c)) || ArabicKeys.isDiacritic(c) || c == ArabicGrammar.TATWEEL;
  }
}
