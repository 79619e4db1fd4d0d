package org.hadath.pipeline;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.normalize.ArabicKeys;
import org.hadath.util.ModelFiles;

/**
 * The tokens CoreNLP's Arabic segmenter can cut from a written word, predicted without
 * running it: a cheap over-approximation that lets a prefilter ask, before segmentation,
 * whether a line can contain a given word (a trigger, a class word).
 *
 * <p>The segmenter splits a word into proclitics, a stem and enclitics, and may restore a
 * letter the writing dropped at the stem's edges (للهجوم → ل + الهجوم, غارتها → غارة + ها).
 * {@link #forEachStem} lists every stem the rules in {@code models/pipeline/segmenter-forms.tsv}
 * allow, as match keys ({@link ArabicKeys#matchKey}). The list is generous by design: an
 * extra stem costs a lookup, a missing one would make the prefilter skip text the full
 * pipeline reads. The rules are checked against the segmenter's real output by a test over
 * every corpus the project has. Immutable and thread-safe.
 */
public final class SegmenterForms {
  /** Class-path resource of the default rules. */
  public static final String RESOURCE = "pipeline/segmenter-forms.tsv";

  private final String proclitics;
  private final int maxProclitics;
  private final String enclitics;
  private final int maxEnclitics;
  private final ImmutableList<String[]> afterProclitic;
  private final ImmutableList<String[]> beforeEnclitic;

  private static final class Holder {
    static final SegmenterForms DEFAULT = load(ModelFiles.packaged());
  }

  private SegmenterForms(String proclitics, int maxProclitics, String enclitics, int maxEnclitics,
      List<String[]> afterProclitic, List<String[]> beforeEnclitic) {
    this.proclitics = proclitics;
    this.maxProclitics = maxProclitics;
    this.enclitics = enclitics;
    this.maxEnclitics = maxEnclitics;
    this.afterProclitic = ImmutableList.copyOf(afterProclitic);
    this.beforeEnclitic = ImmutableList.copyOf(beforeEnclitic);
  }

  /** The packaged rules, loaded once per JVM. */
  public static SegmenterForms getDefault() {
    return Holder.DEFAULT;
  }

  /** The rules of {@code models}: the shared default for the packaged models, else loaded. */
  public static SegmenterForms of(ModelFiles models) {
    return models == ModelFiles.packaged() ? getDefault() : load(models);
  }

  /** Loads the rules ({@link #RESOURCE}) of {@code models}; errors name file and line. */
  public static SegmenterForms load(ModelFiles models) {
    String name = RESOURCE;
    String pro = null;
    String enc = null;
    int maxPro = 0;
    int maxEnc = 0;
    List<String[]> after = new ArrayList<>();
    List<String[]> before = new ArrayList<>();
    for (ModelFiles.Row r : models.table(name, 3, 3)) {
      String a = ArabicKeys.matchKey(r.get(1));
      switch (r.get(0)) {
        case "proclitics" -> {
          pro = a;
          maxPro = count(r);
        }
        case "enclitics" -> {
          enc = a;
          maxEnc = count(r);
        }
        case "after_proclitic" -> after.add(new String[] {a, ArabicKeys.matchKey(r.get(2))});
        case "before_enclitic" -> before.add(new String[] {a, ArabicKeys.matchKey(r.get(2))});
        default -> throw r.error("unknown kind " + r.get(0)
            + " (expected proclitics, enclitics, after_proclitic, before_enclitic)");
      }
      if (a.isEmpty()) {
        throw r.error("empty value");
      }
    }
    if (pro == null || enc == null) {
      throw new org.hadath.util.ModelFormatException(name, 0, "needs a proclitics and an enclitics line");
    }
    return new SegmenterForms(pro, maxPro, enc, maxEnc, after, before);
  }

  private static int count(ModelFiles.Row r) {
    try {
      int n = Integer.parseInt(r.get(2));
      if (n < 0 || n > 6) {
        throw r.error("count must be between 0 and 6: " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw r.error("not a number: " + r.get(2));
    }
  }

  /**
   * Calls {@code out} with every stem (as a match key) the segmenter could cut from
   * {@code word}, a match key of letters and digits without spaces; the word itself is
   * among them. A stem may be reported more than once.
   */
  public void forEachStem(String word, Consumer<String> out) {
    Preconditions.checkNotNull(word);
    int n = word.length();
    for (int p = 0; p <= Math.min(maxProclitics, n - 1); p++) {
      if (p > 0 && proclitics.indexOf(word.charAt(p - 1)) < 0) {
        break; // the prefix is no longer made of proclitics
      }
      String rest = word.substring(p);
      stems(rest, out);
      if (p > 0) {
        for (String[] r : afterProclitic) {
          if (rest.startsWith(r[0])) {
            stems(r[1] + rest.substring(r[0].length()), out);
          }
        }
      }
    }
  }

  private void stems(String s, Consumer<String> out) {
    int n = s.length();
    out.accept(s);
    for (int q = 1; q <= Math.min(maxEnclitics, n - 1); q++) {
      if (enclitics.indexOf(s.charAt(n - q)) < 0) {
        break; // the suffix is no longer made of enclitics
      }
      String stem = s.substring(0, n - q);
      out.accept(stem);
      for (String[] r : beforeEnclitic) {
        if (stem.endsWith(r[0])) {
          out.accept(stem.substring(0, stem.length() - r[0].length()) + r[1]);
        }
      }
    }
  }

  /** Every stem of {@code word}, in a set (for tests and diagnostics). */
  public Set<String> stems(String word) {
    Set<String> s = new LinkedHashSet<>();
    forEachStem(word, s::add);
    return s;
  }

  /**
   * The written words of a text as the prefilter sees them: match keys of maximal runs of
   * letters and digits; each also shortened as the segmenter's tokenizer may shorten it
   * (runs of three or more equal characters to one, {@code removeLengthening}; seen also for
   * two). The same as {@link #forms} of each word of {@link #forEachWritten}.
   */
  public static void forEachWord(CharSequence text, Consumer<String> out) {
    forEachWritten(text, w -> forms(w, out));
  }

  /**
   * The written words of a text as they stand: maximal runs of letters and digits, with the
   * diacritics and tatweel inside them.
   */
  public static void forEachWritten(CharSequence text, Consumer<String> out) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !isWordChar(text.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < n && (isWordChar(text.charAt(i)) || ArabicKeys.isDiacritic(text.charAt(i))
          || text.charAt(i) == ArabicGrammar.TATWEEL)) {
        i++;
      }
      if (i > b) {
        out.accept(text.subSequence(b, i).toString());
      }
    }
  }

  /**
   * The forms {@link #forEachWord} gives for one written word (of {@link #forEachWritten}):
   * its match key, and the key shortened where the tokenizer may shorten it; none when the
   * key is empty.
   */
  public static void forms(String written, Consumer<String> out) {
    String key = ArabicKeys.matchKey(written);
    if (key.isEmpty()) {
      return;
    }
    out.accept(key);
    String shortened = shorten(key, 3);
    if (!shortened.equals(key)) {
      out.accept(shortened);
    }
    String single = shorten(key, 2); // a doubled letter is sometimes dropped too
    if (!single.equals(shortened)) {
      out.accept(single);
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** {@code s} with every run of at least {@code min} equal characters shortened to one. */
  private static String shorten(String s, int min) {
    if (!hasRun(s)) {
      return s; // most words: no letter twice in a row
    }
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int j = i;
      while (j < s.length() && s.charAt(j) == s.charAt(i)) {
        j++;
      }
      sb.append(s, i, j - i >= min ? i + 1 : j);
      i = j;
    }
    return sb.toString();
  }

  /** Whether some character of {@code s} is followed by the same character. */
  private static boolean hasRun(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) == s.charAt(i - 1)) {
        return true;
      }
    }
    return false;
  }
}
