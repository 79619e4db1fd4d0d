package org.hadath.normalize;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.List;
import org.hadath.util.ModelFiles;

/**
 * Puts back the space a social post lost between a place name and the word after it
 * ({@code سد تشرينعاودت} → {@code سد تشرين عاودت}, {@code ريف منبجأصيب} → {@code ريف منبج أصيب}):
 * a post's title, hashtag or caption run into its first sentence. Without the space the
 * segmenter sees one unknown word, and the place and the verb after it are both lost.
 *
 * <p>A written word is cut in two when all of these hold ({@link #cut}):
 * <ul>
 *   <li>the word itself is no name word and no known tail word, bare or after a proclitic
 *       (a word that is a name or a word is never cut);</li>
 *   <li>after an optional proclitic ({@code و، ب، لل}…) it starts with a name's last word of at
 *       least {@value GlueLexicon#MIN_PART} letters; for a name of several words the words right
 *       before it in the text are the name's other words ({@code تل} before {@code رفعتقصفت}),
 *       so that a name's last word alone ({@code أبيض}) cuts nothing;</li>
 *   <li>the rest, of at least {@value GlueLexicon#MIN_PART} letters (an optional proclitic not
 *       counted), is a tail word: a trigger, a place cue or a family of
 *       {@code normalize/glued-words.tsv} ({@link GlueLexicon}).</li>
 * </ul>
 * The longest name wins. Runs after {@link ArabicTextNormalizer}, so a word it re-joined from
 * tatweel pieces ({@code رفعتقـ ـصـ ـفت}) is cut like any other.
 *
 * <p>Offsets stay true: the inserted space stands for no original character and shares the
 * original span of the letter after it, as the spaces {@link ArabicTextNormalizer} puts
 * between scripts do, so each part maps back to its own original letters. A space, though the
 * post had lost a line break there: a title that names the place (مدينة X غربي حلب) and the
 * sentence run into it (قصف مدفعي يستهدف المدينة) tie the place to the event only as one
 * sentence. Immutable and thread-safe.
 */
public final class GlueSplitter {
  /** Most words before a name's last word that a name of several words may need. */
  private static final int MAX_BEFORE = 4;

  private final GlueLexicon lexicon;

  /** A splitter over {@code lexicon}. */
  public GlueSplitter(GlueLexicon lexicon) {
    this.lexicon = Preconditions.checkNotNull(lexicon);
  }

  /** The splitter of {@code models}' lexicon ({@link GlueLexicon#of(ModelFiles)}). */
  public static GlueSplitter of(ModelFiles models) {
    return new GlueSplitter(GlueLexicon.of(models));
  }

  /**
   * {@code text} with a space put into every glued word, or {@code text} itself when no word
   * is glued. The result maps back to the same original as {@code text}.
   */
  public NormalizedText split(NormalizedText text) {
    String s = text.normalized();
    List<Integer> cuts = cuts(s);
    if (cuts.isEmpty()) {
      return text;
    }
    int n = s.length() + cuts.size();
    StringBuilder sb = new StringBuilder(n);
    int[] begins = new int[n];
    int[] ends = new int[n];
    int next = 0;
    for (int i = 0; i < s.length(); i++) {
      if (next < cuts.size() && cuts.get(next) == i) {
        begins[sb.length()] = text.originalBegin(i); // the space shares the next letter's span
        ends[sb.length()] = text.originalEnd(i);
        sb.append(' ');
        next++;
      }
      begins[sb.length()] = text.originalBegin(i);
      ends[sb.length()] = text.originalEnd(i);
      sb.append(s.charAt(i));
    }
    return new NormalizedText(text.original(), sb.toString(), begins, ends);
  }

  /**
   * The positions in {@code s} where a space goes, ascending. Runs on every text: a word is
   * looked at closely (its key built, the words before it read) only when it is long enough
   * and its first letters may start a name.
   */
  List<Integer> cuts(String s) {
    List<Integer> out = new ArrayList<>(0);
    int[] starts = new int[MAX_BEFORE]; // the words before, as a ring of [start, end)
    int[] ends = new int[MAX_BEFORE];
    int held = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (!ArabicTextNormalizer.isArabicLetter(c)) {
        if (!continuesName(c)) {
          held = 0; // a name's words stand apart by spaces, a hashtag's # or quotes only
        }
        i++;
        continue;
      }
      int j = i;
      while (j < n && ArabicTextNormalizer.isArabicLetter(s.charAt(j))) {
        j++;
      }
      if (j - i >= 2 * GlueLexicon.MIN_PART && mayStartHead(s, i, j)) {
        List<String> before = new ArrayList<>(Math.min(held, MAX_BEFORE));
        for (int k = Math.max(0, held - MAX_BEFORE); k < held; k++) {
          before.add(key(s, starts[k % MAX_BEFORE], ends[k % MAX_BEFORE]));
        }
        int at = cut(key(s, i, j), before);
        if (at > 0) {
          out.add(i + at);
        }
      }
      starts[held % MAX_BEFORE] = i;
      ends[held % MAX_BEFORE] = j;
      held++;
      i = j;
    }
    return out;
  }

  /** {@link #mayStartHead(String)} on the word {@code s[b, e)}, folding letters in place. */
  private boolean mayStartHead(String s, int b, int e) {
    if (lexicon.mayStartHead(fold(s, b), fold(s, b + 1), fold(s, b + 2))) {
      return true;
    }
    for (GlueLexicon.Proclitic p : lexicon.proclitics()) {
      String g = p.glued();
      int rest = b + g.length();
      if (e - rest < GlueLexicon.MIN_PART || !startsWith(s, b, g)) {
        continue;
      }
      if (p.restore().isEmpty() ? lexicon.mayStartHead(fold(s, rest), fold(s, rest + 1), fold(s, rest + 2))
          : lexicon.mayStartHead(p.restore() + key(s, rest, rest + GlueLexicon.MIN_PART))) {
        return true;
      }
    }
    return false;
  }

  private static char fold(String s, int i) {
    return ArabicKeys.foldLetter(s.charAt(i));
  }

  /** Whether the letters of {@code s} at {@code b}, folded, start with {@code prefix}. */
  private static boolean startsWith(String s, int b, String prefix) {
    for (int k = 0; k < prefix.length(); k++) {
      if (fold(s, b + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** What may stand between the words of one name: a space on the line, {@code #}, quotes. */
  private static boolean continuesName(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '#' || c == '"';
  }

  /**
   * Where the written word {@code key} (a matching key) is cut: the length of its name part,
   * proclitic included, or -1 when it stays whole. {@code before} holds the keys of the words
   * right before it, nearest last.
   */
  public int cut(String key, List<String> before) {
    if (key.length() < 2 * GlueLexicon.MIN_PART || !mayStartHead(key)) {
      return -1; // the cheap test first: most words start no name
    }
    int at = cutAfter(key, "", "", before);
    for (GlueLexicon.Proclitic p : lexicon.proclitics()) {
      if (at > 0) {
        break;
      }
      if (key.startsWith(p.glued())) {
        at = cutAfter(key, p.glued(), p.restore(), before);
      }
    }
    // a word that is a name or a known word itself stays whole (asked last: it is the dearest test)
    return at > 0 && !lexicon.isKnown(key) ? at : -1;
  }

  /** Whether {@code key} could start with a name, bare or after a proclitic. */
  private boolean mayStartHead(String key) {
    if (lexicon.mayStartHead(key)) {
      return true;
    }
    for (GlueLexicon.Proclitic p : lexicon.proclitics()) {
      if (key.startsWith(p.glued())
          && lexicon.mayStartHead(p.restore() + key.substring(p.glued().length()))) {
        return true;
      }
    }
    return false;
  }

  /** {@link #cut} with the proclitic {@code glued} (restored as {@code restore}) taken off. */
  private int cutAfter(String key, String glued, String restore, List<String> before) {
    String rest = restore + key.substring(glued.length());
    if (!lexicon.mayStartHead(rest)) {
      return -1;
    }
    for (int k = rest.length() - GlueLexicon.MIN_PART; k >= GlueLexicon.MIN_PART; k--) {
      String head = rest.substring(0, k);
      if (head.length() - restore.length() < GlueLexicon.MIN_PART) {
        break;
      }
      if (fitsName(head, before) && lexicon.isTail(rest.substring(k))) {
        return glued.length() + k - restore.length();
      }
    }
    return -1;
  }

  /** Whether {@code head} ends a name whose other words stand right before it in {@code before}. */
  private boolean fitsName(String head, List<String> before) {
    for (List<String> words : lexicon.namesEndingIn(head)) {
      int m = words.size();
      if (m > before.size()) {
        continue;
      }
      boolean fits = true;
      for (int w = 0; w < m && fits; w++) {
        String written = before.get(before.size() - m + w);
        fits = written.equals(words.get(w)) || w == 0 && withProclitic(written, words.get(0));
      }
      if (fits) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code written} is {@code word} with a proclitic glued before it ({@code بتل}). */
  private boolean withProclitic(String written, String word) {
    for (GlueLexicon.Proclitic p : lexicon.proclitics()) {
      if (written.startsWith(p.glued())
          && (p.restore() + written.substring(p.glued().length())).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** The matching key of {@code s[b, e)}: letters folded one for one, so positions hold. */
  private static String key(String s, int b, int e) {
    char[] k = new char[e - b];
    for (int i = b; i < e; i++) {
      k[i - b] = ArabicKeys.foldLetter(s.charAt(i));
    }
    return new String(k);
  }
}
