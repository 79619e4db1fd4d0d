package org.hadath.normalize;

import com.google.common.base.Preconditions;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Normalizes Arabic news text before CoreNLP sees it, keeping a map back to the original
 * characters ({@link NormalizedText}).
 *
 * <p>What it does, and why:
 * <ul>
 *   <li>Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) become their base letters
 *       (NFKC), because the segmenter and tagger were trained on base letters; a ligature
 *       such as ﻻ becomes two letters, both mapped to the one original character.</li>
 *   <li>Diacritics (U+064B–U+065F, U+0670) and tatweel (U+0640) are removed; they carry no
 *       lexical information for the models. A word broken up by tatweel and spaces
 *       ({@code مـ ـقـ ـتل}) is joined again, and so is one whose last letter a dot cuts off
 *       ({@code قص.ف}).</li>
 *   <li>Bidi controls and zero-width characters (U+200B–U+200F, U+202A–U+202E,
 *       U+2066–U+2069, U+FEFF, U+00AD, U+2060) are removed.</li>
 *   <li>Arabic-Indic and Persian digits become ASCII digits; the Arabic decimal and
 *       thousands separators become {@code .} and {@code ,}.</li>
 *   <li>Typographic quotes « » “ ” „ ‹ › become {@code "}, which the tagger knows as
 *       punctuation (it tags « » as nouns).</li>
 *   <li>Control characters other than tab and line breaks, NUL, and lone surrogates (broken
 *       UTF-16) become spaces.</li>
 *   <li>Where an Arabic letter and a Latin letter meet with no space ({@code الرقةAll},
 *       {@code Publicمقتل}: page chrome glued to a word), a space is put between them; it
 *       maps to the original letter after it. The same where a letter follows ة or ى, which
 *       only end words ({@code حليصةاستشهد}: a post's title run into its body).</li>
 * </ul>
 * The class is stateless and thread-safe. Modelled on Lucene's {@code ArabicNormalizer},
 * but offset-preserving.
 */
public final class ArabicTextNormalizer {

  private static final ArabicTextNormalizer INSTANCE = new ArabicTextNormalizer();

  /** The shared instance. */
  public static ArabicTextNormalizer getInstance() {
    return INSTANCE;
  }

  /**
   * Normalizes {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is null
   */
  public NormalizedText normalize(String text) {
    Preconditions.checkArgument(text != null, "text must not be null");
    int n = text.length();
    Out out = new Out(n);
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if ((Character.isWhitespace(c) && !isLineBreak(c) || isObfuscationDot(c)) && tatweelBreak(text, i)) {
        // A run of spaces (and invisible marks) between "ـ" and "ـ" is inside one word: drop
        // it, and let the letter before it cover the dropped characters. Dots in the run
        // (قـ.ـصف، الاشتـ .ـباكات: written to slip past moderation) are dropped with it.
        int j = i;
        while (j < n && isBreakFiller(text.charAt(j))) {
          j++; // the whole break, as tatweelBreak saw it: spaces, dots and invisible marks
        }
        out.extendLast(j);
        i = j;
        continue;
      }
      if (isRemovedMark(c)) {
        out.extendLast(i + 1);
        i++;
        continue;
      }
      if (isInvisible(c)) {
        i++;
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c, i, i + 2); // a supplementary character (emoji …): both halves, one span
        out.append(text.charAt(i + 1), i, i + 2);
        i += 2;
        continue;
      }
      if (Character.isSurrogate(c)) {
        out.append(' ', i, i + 1); // a lone surrogate is no character: CoreNLP's lexer fails on it
        i++;
        continue;
      }
      if (c == '_' && i > 0 && i + 1 < n && isArabicLetter(text.charAt(i - 1))
          && isArabicLetter(text.charAt(i + 1))) {
        // #دير_الزور، #ريف_حلب_الغربي: a hashtag joins its words with _; reading it as a
        // space lets the later layers see the words (one character for one: offsets hold)
        out.append(' ', i, i + 1);
        i++;
        continue;
      }
      String rep = replacement(c);
      if (rep == null) {
        appendApart(out, c, i);
      } else {
        // Isolated-form harakat (U+FE70…, U+FC5E…) decompose to a space and marks: drop the
        // space with the marks. Spaces inside a multi-word ligature (U+FDFA ﷺ) are kept.
        boolean onlyMarks = isPresentationForm(c) && allDropped(rep);
        for (int k = 0; k < rep.length(); k++) {
          char r = rep.charAt(k);
          if (isRemovedMark(r) || (onlyMarks && r == ' ')) {
            continue;
          }
          appendApart(out, r, i);
        }
        if (onlyMarks) {
          out.extendLast(i + 1);
        }
      }
      i++;
    }
    return new NormalizedText(text, out.sb.toString(), out.begins(), out.ends());
  }

  /**
   * Appends {@code c}, which stands for original character {@code i}. Where it is a Latin
   * letter right after an Arabic one or the other way round ("الرقةAll reactions",
   * "Publicمقتل": a social page's chrome glued to a word), a space goes first: it keeps the
   * word whole for the segmenter and the gazetteer, stands for no original character and
   * shares the span of the letter after it, as the letters of a ligature share one. Checked
   * on output characters, so a ligature's expansion is judged as a second pass would see it.
   */
  private static void appendApart(Out out, char c, int i) {
    if (scriptsMeet(out, c)) {
      out.append(' ', i, i + 1);
    }
    out.append(c, i, i + 1);
  }

  /** True when {@code c} is a Latin letter right after an Arabic one, or the other way round. */
  private static boolean scriptsMeet(Out out, char c) {
    int last = out.sb.length() - 1;
    if (last < 0) {
      return false;
    }
    char p = out.sb.charAt(last);
    return isArabicLetter(p) && isLatinLetter(c) || isLatinLetter(p) && isArabicLetter(c)
        || isWordFinalOnly(p) && isArabicLetter(c);
  }

  /**
   * ة and ى end a word in Arabic spelling: a letter glued after one starts the next word
   * (a post's title run into its body: قرية حليصةاستشهد مواطن).
   */
  private static boolean isWordFinalOnly(char c) {
    return c == '\u0629' || c == '\u0649';
  }

  private static boolean isLatinLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  /** True when a replacement is nothing but spaces and removed marks (or empty). */
  private static boolean allDropped(String rep) {
    for (int k = 0; k < rep.length(); k++) {
      char r = rep.charAt(k);
      if (!isRemovedMark(r) && r != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * The normalized characters and their original ranges. Grows as needed: one original
   * character may become many (U+FDFA ﷺ is 18 characters under NFKC).
   */
  private static final class Out {
    final StringBuilder sb;
    int[] begins;
    int[] ends;

    Out(int capacity) {
      sb = new StringBuilder(capacity);
      begins = new int[Math.max(16, capacity)];
      ends = new int[begins.length];
    }

    void append(char c, int b, int e) {
      int pos = sb.length();
      if (pos == begins.length) {
        int cap = begins.length + (begins.length >> 1) + 16;
        begins = Arrays.copyOf(begins, cap);
        ends = Arrays.copyOf(ends, cap);
      }
      sb.append(c);
      begins[pos] = b;
      ends[pos] = e;
    }

    /** Lets the last output character cover original characters up to {@code end}. */
    void extendLast(int end) {
      int last = sb.length() - 1;
      if (last >= 0 && !Character.isWhitespace(sb.charAt(last))) {
        ends[last] = Math.max(ends[last], end);
      }
    }

    int[] begins() {
      return Arrays.copyOf(begins, sb.length());
    }

    int[] ends() {
      return Arrays.copyOf(ends, sb.length());
    }
  }

  /**
   * Whether the run of break fillers starting at {@code i} lies inside one word: it follows a
   * tatweel and is followed by one; a run of dots alone (no space) also joins when a tatweel
   * stands on one side and an Arabic letter on the other ({@code قـ.صف}), or when it cuts a
   * word's last letter off ({@code قص.ف}, {@link #lastLetterCutOff}).
   */
  private static boolean tatweelBreak(String text, int i) {
    int p = i - 1;
    while (p >= 0 && isInvisible(text.charAt(p))) {
      p--;
    }
    int q = i;
    boolean spaced = false;
    boolean dotted = false;
    while (q < text.length() && isBreakFiller(text.charAt(q))) {
      spaced |= Character.isWhitespace(text.charAt(q));
      dotted |= isObfuscationDot(text.charAt(q));
      q++;
    }
    if (p < 0 || q >= text.length()) {
      return false;
    }
    char before = text.charAt(p);
    char after = text.charAt(q);
    if (before == '\u0640' && after == '\u0640') {
      return true;
    }
    return dotted && !spaced && (before == '\u0640' && isArabicLetter(after)
        || after == '\u0640' && isArabicLetter(before)
        || lastLetterCutOff(text, p, q));
  }

  /**
   * A dot with no tatweel that cuts a word's last letter off ({@code قص.ف}، {@code وجر.ح}):
   * letters on both sides, at least two before it and one alone after it. A sentence never
   * starts with one letter standing alone, so a dot there cannot end a sentence; an
   * abbreviation ({@code د.ب.أ}) has one letter before each dot, and و is left alone because
   * a glued sentence may start with it and a space ({@code سوريا.و قال}).
   */
  private static boolean lastLetterCutOff(String text, int p, int q) {
    char after = text.charAt(q);
    if (!isArabicLetter(after) || after == '\u0648' || p < 1 || !isArabicLetter(text.charAt(p))
        || !isArabicLetter(text.charAt(p - 1))) {
      return false;
    }
    return q + 1 >= text.length() || !isArabicLetter(text.charAt(q + 1)) && text.charAt(q + 1) != '\u0640';
  }

  /** What may fill a break inside an obfuscated word: spaces (not line breaks), dots, invisible marks. */
  private static boolean isBreakFiller(char c) {
    return (Character.isWhitespace(c) && !isLineBreak(c)) || isObfuscationDot(c) || isInvisible(c);
  }

  /** Dots written inside words to hide them from keyword filters: . · • ٠ is a digit, so not here. */
  private static boolean isObfuscationDot(char c) {
    return c == '.' || c == '\u00B7' || c == '\u2022' || c == '\u06D4';
  }

  /**
   * True for a character that ends a line: \n, \r, U+2028, U+2029. The one definition the
   * whole pipeline uses (normalizer, line-by-line segmentation, sentence splitting). U+0085
   * (NEL) is left out: Java does not count it as whitespace, and CoreNLP's lexer treats it
   * as an ordinary character.
   */
  public static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  /** Marks removed from words: diacritics and tatweel. */
  static boolean isRemovedMark(char c) {
    return c == '\u0640' || ArabicKeys.isDiacritic(c);
  }

  /** Bidi controls and zero-width characters: removed, belonging to no word. */
  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD' || c == '\u2060'
        || c == '\u061C';
  }

  /** True for an Arabic letter (not a mark, digit or punctuation sign). */
  static boolean isArabicLetter(char c) {
    return c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3';
  }

  static boolean isPresentationForm(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
  }

  /** The replacement of one character, or null to keep it. */
  private static String replacement(char c) {
    if (isPresentationForm(c)) {
      return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return String.valueOf((char) ('0' + (c - '\u0660')));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return String.valueOf((char) ('0' + (c - '\u06F0')));
    }
    switch (c) {
      case '\u066B': return ".";
      case '\u066C': return ",";
      case '\u00AB': case '\u00BB': case '\u201C': case '\u201D': case '\u201E':
      case '\u2039': case '\u203A': case '\u201F':
        return "\"";
      case '\t': case '\n': case '\r':
        return null;
      default:
        if (c == 0 || (c < 0x20) || (c >= 0x7F && c < 0xA0)) {
          return " ";
        }
        return null;
    }
  }
}
