package org.hadath.robustness;

import java.util.HashMap;
import java.util.Map;

/**
 * Deterministic obfuscation of Arabic text with everything {@code ArabicTextNormalizer}
 * undoes: diacritics, tatweel (inside words and as a word broken by tatweel and spaces),
 * presentation forms (contextual forms and the lam-alef ligature), bidi and zero-width marks,
 * Arabic-Indic and Persian digits, typographic quotes. The normalized form of the result
 * equals the normalized form of the input.
 */
final class Obfuscator {
  private Obfuscator() {}

  private static final char TATWEEL = '\u0640';
  private static final char[] MARKS = {'\u064E', '\u0650', '\u064F', '\u0652', '\u0651', '\u064B'};
  /** letter → {isolated, final, initial, medial} presentation forms (0 = none). */
  private static final Map<Character, char[]> FORMS = new HashMap<>();

  static {
    for (char c = '\uFE70'; c <= '\uFEFC'; c++) {
      String nfkc = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
      String name = Character.getName(c);
      if (nfkc.length() != 1 || name == null || !name.startsWith("ARABIC LETTER")) {
        continue;
      }
      int slot = name.endsWith("ISOLATED FORM") ? 0 : name.endsWith("FINAL FORM") ? 1
          : name.endsWith("INITIAL FORM") ? 2 : name.endsWith("MEDIAL FORM") ? 3 : -1;
      if (slot >= 0) {
        FORMS.computeIfAbsent(nfkc.charAt(0), k -> new char[4])[slot] = c;
      }
    }
  }

  static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A' && c != TATWEEL;
  }

  private static boolean dualJoining(char c) {
    char[] f = FORMS.get(c);
    return f != null && f[2] != 0;
  }

  /** The word in contextual presentation forms (لا as the ligature ﻻ / ﻼ). */
  static String presentationForms(String w) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      char[] f = FORMS.get(c);
      if (f == null) {
        sb.append(c);
        continue;
      }
      boolean joinsPrev = k > 0 && dualJoining(w.charAt(k - 1)) && f[1] != 0;
      if (c == '\u0644' && k + 1 < w.length() && w.charAt(k + 1) == '\u0627') {
        sb.append(joinsPrev ? '\uFEFC' : '\uFEFB');
        k++;
        continue;
      }
      boolean joinsNext = k + 1 < w.length() && f[2] != 0 && FORMS.containsKey(w.charAt(k + 1))
          && FORMS.get(w.charAt(k + 1))[1] != 0;
      int slot = joinsPrev && joinsNext ? 3 : joinsPrev ? 1 : joinsNext ? 2 : 0;
      sb.append(f[slot] != 0 ? f[slot] : c);
    }
    return sb.toString();
  }

  static String diacritize(String w, int seed) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      sb.append(c);
      if (isArabicLetter(c)) {
        sb.append(MARKS[(seed + k) % MARKS.length]);
      }
    }
    return sb.toString();
  }

  /** Tatweel after every second letter that joins onward (مـقـتل). */
  static String stretch(String w) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      sb.append(c);
      if (k % 2 == 0 && k + 1 < w.length() && dualJoining(c) && isArabicLetter(w.charAt(k + 1))) {
        sb.append(TATWEEL).append(TATWEEL);
      }
    }
    return sb.toString();
  }

  /** A word broken by tatweel and spaces: مقتل → مـ ـقـ ـتل. */
  static String breakWord(String w) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      sb.append(c);
      if (k + 1 < w.length() && dualJoining(c) && isArabicLetter(w.charAt(k + 1)) && k % 2 == 0) {
        sb.append(TATWEEL).append(' ').append(TATWEEL);
      }
    }
    return sb.toString();
  }

  private static boolean allArabic(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (!isArabicLetter(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Obfuscates {@code text} with every device, words broken by tatweel and spaces included. */
  static String obfuscate(String text) {
    return obfuscate(text, true);
  }

  /**
   * Obfuscates {@code text}: each word gets one treatment by its position; digits, quotes and
   * marks everywhere. Without {@code breakWords}, no word is broken by tatweel and spaces
   * (مـ ـقـ ـتل); its words get diacritics and tatweel instead.
   */
  static String obfuscate(String text, boolean breakWords) {
    StringBuilder out = new StringBuilder();
    int w = 0;
    int i = 0;
    boolean openQuote = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isArabicLetter(c)) {
        int j = i;
        while (j < text.length() && isArabicLetter(text.charAt(j))) {
          j++;
        }
        String word = text.substring(i, j);
        String o;
        switch (w % 6) {
          case 0: o = diacritize(word, w); break;
          case 1: o = presentationForms(word); break;
          case 2: o = stretch(word); break;
          case 3: o = "\u202B" + word + "\u202C"; break;
          case 4: o = breakWords && allArabic(word) && word.length() >= 3 ? breakWord(word)
              : stretch(diacritize(word, w)); break;
          default: o = word + "\u200F"; break;
        }
        out.append(o);
        if (w % 5 == 2) {
          out.append('\u200B');
        }
        w++;
        i = j;
        continue;
      }
      if (c >= '0' && c <= '9') {
        out.append((char) ((i % 2 == 0 ? '\u0660' : '\u06F0') + (c - '0')));
      } else if (c == '"') {
        out.append(openQuote ? '\u00AB' : '\u00BB');
        openQuote = !openQuote;
      } else {
        out.append(c);
      }
      i++;
    }
    return "\u2067" + out + "\u2069";
  }
}
