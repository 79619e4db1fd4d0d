package org.hadath.entities.people;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.normalize.ArabicKeys;
import org.hadath.util.ModelFiles;

/**
 * The names of people a text writes right after a word that announces one: a title or a noun
 * of age or kin (الشهيد أحمد حاج حسين، الطفلة نارنج سليمان الحافظ) or "called" (يدعى رشيد
 * محك). Reports name their dead and wounded, and two reports naming one victim tell of one
 * incident whatever places and dates they give; read from the words alone, with no tokenizer
 * or tagger, so that the lines the pipeline leaves unanalysed (a list of the dead under a
 * post) are read too.
 *
 * <p>A name is two to {@value #MAX_PARTS} Arabic words after the cue and the adjectives that
 * describe it (words with the article: الشاب الخلوق عبد القادر كيالي; a given name takes
 * none), an opening bracket or quote between them allowed; it ends at any other character between words (a comma, a line
 * break, a digit, a bracket), at a word of the model's STOP role, or at a word that is no
 * Arabic word. A LINK word is one part with the word after it (عبد القادر, أبو صبحي). Parts
 * are compared by their match keys without the article, so الحافظ and حافظ are one part.
 * The words after a cue are not always a name (الطفل ورجل آخر), but such a reading is one no
 * other report repeats, which links nothing. Knowledge in
 * {@code models/entities/person_cues.tsv}. Thread-safe; immutable.
 */
public final class PersonNames {

  /** The model file, under {@link ModelFiles#PREFIX}. */
  public static final String MODEL = "entities/person_cues.tsv";
  /** The most parts a name is read to: given name, father's, grandfather's and family name. */
  public static final int MAX_PARTS = 4;
  /** The fewest parts a name needs: a given name alone is shared by too many people. */
  public static final int MIN_PARTS = 2;

  /**
   * One name a text writes.
   *
   * @param begin first character of the name (after its cue)
   * @param end one past its last character
   * @param parts the name's parts as keys without the article, a LINK word joined to the next
   */
  public record Found(int begin, int end, ImmutableList<String> parts) {}

  /** The conjunctions و and ف, which a cue may carry glued on. */
  private static final String CONJUNCTIONS = ArabicGrammar.PROCLITICS.substring(0, 2);

  /** What may stand between a cue and its name: brackets, quotes, a colon. */
  private static final String OPENERS = "(\"'\u201C\u2018:" + ArabicGrammar.OPENING_GUILLEMET;

  private final ImmutableSet<String> cues;
  private final ImmutableSet<String> links;
  private final ImmutableSet<String> stops;

  /** The first {@value #PREFIX} letters of the cues, a conjunction glued on or not, as {@link #prefix} codes, sorted. */
  private final long[] cuePrefixes;
  /** The most characters a written cue may have: its key, a conjunction, and marks. */
  private final int maxCueChars;

  /** A finder for the given word keys ({@link ArabicKeys#matchKey}). */
  public PersonNames(Iterable<String> cues, Iterable<String> links, Iterable<String> stops) {
    this.cues = ImmutableSet.copyOf(cues);
    this.links = ImmutableSet.copyOf(links);
    this.stops = ImmutableSet.copyOf(stops);
    TreeSet<Long> prefixes = new TreeSet<>();
    int longest = 0;
    for (String c : this.cues) {
      prefixes.add(prefix(c, 0, c.length()));
      for (char conj : CONJUNCTIONS.toCharArray()) {
        prefixes.add(prefix(conj + c, 0, c.length() + 1));
      }
      longest = Math.max(longest, c.length());
    }
    this.cuePrefixes = prefixes.stream().mapToLong(Long::longValue).toArray();
    this.maxCueChars = 2 * (longest + 1);
  }

  /** How many first letters of a word are compared with the cues' before it is keyed. */
  private static final int PREFIX = 3;

  /**
   * The first {@value #PREFIX} letters of {@code text[b, e)}, folded as keys fold them and
   * marks skipped, packed into one number (fewer letters: fewer set).
   */
  private static long prefix(CharSequence text, int b, int e) {
    long code = 0;
    int n = 0;
    for (int i = b; i < e && n < PREFIX; i++) {
      char c = text.charAt(i);
      if (ArabicKeys.isDiacritic(c) || c == ArabicGrammar.TATWEEL) {
        continue;
      }
      code = code << 16 | ArabicKeys.foldLetter(c);
      n++;
    }
    return code;
  }

  /** Words read after a cue: the name's parts, the adjectives before it, and LINK words. */
  private static final int LOOKAHEAD = 3 * MAX_PARTS + 1;

  private static final class Holder {
    static final PersonNames DEFAULT = load(ModelFiles.packaged());
  }

  /** The finder of the packaged model, loaded on first use, once per JVM. */
  public static PersonNames defaults() {
    return Holder.DEFAULT;
  }

  /** Loads and validates {@value #MODEL} of {@code models}. */
  public static PersonNames load(ModelFiles models) {
    List<String> cues = new ArrayList<>();
    List<String> links = new ArrayList<>();
    List<String> stops = new ArrayList<>();
    for (ModelFiles.Row r : models.table(MODEL, List.of("form", "role")).requireNonEmptyFields().rows()) {
      String key = ArabicKeys.matchKey(r.get(0)).trim();
      if (key.isEmpty() || key.contains(" ")) {
        throw r.error("a form is one word: '" + r.get(0) + "'");
      }
      switch (r.get(1)) {
        case "CUE" -> cues.add(key);
        case "LINK" -> links.add(key);
        case "STOP" -> stops.add(key);
        default -> throw r.error("role must be CUE, LINK or STOP: '" + r.get(1) + "'");
      }
    }
    return new PersonNames(cues, links, stops);
  }

  /** The names {@code text} writes, in text order. */
  public ImmutableList<Found> find(CharSequence text) {
    Preconditions.checkNotNull(text);
    ImmutableList.Builder<Found> out = ImmutableList.builder();
    for (int[] w = next(text, 0); w != null; w = next(text, w[1])) {
      int b = w[0];
      int i = w[1];
      // most words cannot be a cue by their length or first letter, and are never keyed: the
      // whole text of every report is read, general news included
      if (i - b > maxCueChars || Arrays.binarySearch(cuePrefixes, prefix(text, b, i)) < 0
          || !cue(ArabicKeys.matchKey(text.subSequence(b, i)))) {
        continue;
      }
      List<int[]> words = new ArrayList<>();
      words.add(w);
      words.addAll(words(text, i, LOOKAHEAD));
      Found f = nameAfter(text, words, 0);
      if (f != null) {
        out.add(f);
      }
    }
    return out.build();
  }

  /**
   * The parts of a name as written ({@link Found#parts()}), read without a cue: for a name
   * read back from a report's JSON.
   */
  public ImmutableList<String> parts(CharSequence name) {
    List<int[]> words = words(name, 0, Integer.MAX_VALUE);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String k = key(name, words.get(i));
      if (links.contains(k) && i + 1 < words.size()) {
        k = k + key(name, words.get(++i));
      }
      parts.add(ArabicKeys.withoutArticle(k));
    }
    return ImmutableList.copyOf(parts);
  }

  /**
   * True when two names (their {@link Found#parts()}) are one person's: the same given name
   * and another part in common. Reports give a victim's name long or short (نارنج سليمان
   * الحافظ / نارنج الحافظ), but rarely spell the given name two ways.
   */
  public static boolean samePerson(List<String> a, List<String> b) {
    return samePerson(a, b, String::equals);
  }

  /**
   * {@link #samePerson(List, List)} with parts compared by {@code samePart}: two spellings of
   * one name (ناظم داشتان / ناظم دشتان) are one part to a caller that knows them.
   */
  public static boolean samePerson(List<String> a, List<String> b, BiPredicate<String, String> samePart) {
    if (a.size() < MIN_PARTS || b.size() < MIN_PARTS || !samePart.test(a.get(0), b.get(0))) {
      return false;
    }
    for (String x : a.subList(1, a.size())) {
      for (String y : b.subList(1, b.size())) {
        if (samePart.test(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean cue(String key) {
    // a conjunction glued on: والطفلة، فالشهيد
    return cues.contains(key) || key.length() > 3 && CONJUNCTIONS.indexOf(key.charAt(0)) >= 0
        && cues.contains(key.substring(1));
  }

  /** The name after the cue at word {@code c}, or null when fewer than {@value #MIN_PARTS} parts follow. */
  private Found nameAfter(CharSequence text, List<int[]> words, int c) {
    List<String> parts = new ArrayList<>();
    int begin = -1;
    int end = -1;
    int prevEnd = words.get(c)[1];
    int adjectives = 0;
    for (int i = c + 1; i < words.size() && parts.size() < MAX_PARTS; i++) {
      int[] w = words.get(i);
      if (!gapAllowed(text, prevEnd, w[0], begin < 0)) {
        break;
      }
      String k = key(text, w);
      if (stops.contains(k) || cue(k) || !arabic(text, w)) {
        break;
      }
      if (links.contains(k) && i + 1 < words.size() && gapAllowed(text, w[1], words.get(i + 1)[0], false)
          && arabic(text, words.get(i + 1))) {
        k = k + key(text, words.get(++i));
        w = new int[] {w[0], words.get(i)[1]};
      }
      if (k.length() < 2) {
        break;
      }
      if (begin < 0 && k.startsWith(ArabicGrammar.ARTICLE) && ++adjectives <= MAX_PARTS) {
        prevEnd = w[1];
        continue; // الشاب الخلوق المهذب عبد القادر: a given name takes no article, an adjective does
      }
      if (begin < 0) {
        begin = w[0];
      }
      parts.add(ArabicKeys.withoutArticle(k));
      end = w[1];
      prevEnd = w[1];
    }
    return parts.size() < MIN_PARTS ? null : new Found(begin, end, ImmutableList.copyOf(parts));
  }

  /**
   * True when the characters between two words keep them in one name: spaces (no line break),
   * and right after the cue an opening bracket or quote too.
   */
  private static boolean gapAllowed(CharSequence text, int from, int to, boolean afterCue) {
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      boolean space = ch == ' ' || ch == '\u00A0' || ch == '\t';
      boolean opener = afterCue && OPENERS.indexOf(ch) >= 0;
      if (!space && !opener) {
        return false;
      }
    }
    return true;
  }

  /** True when every letter of the word is Arabic. */
  private static boolean arabic(CharSequence text, int[] w) {
    for (int i = w[0]; i < w[1]; i++) {
      char ch = text.charAt(i);
      if (Character.isLetter(ch) && Character.UnicodeBlock.of(ch) != Character.UnicodeBlock.ARABIC) {
        return false;
      }
    }
    return true;
  }

  private static String key(CharSequence text, int[] w) {
    return ArabicKeys.matchKey(text.subSequence(w[0], w[1])); // a word holds no space to trim
  }

  /**
   * The words of {@code text} from {@code from} on, at most {@code max} of them: runs of letters
   * with their diacritics and tatweel, as [begin, end).
   */
  private static List<int[]> words(CharSequence text, int from, int max) {
    List<int[]> out = new ArrayList<>();
    for (int[] w = next(text, from); w != null && out.size() < max; w = next(text, w[1])) {
      out.add(w);
    }
    return out;
  }

  /** The first word of {@code text} at or after {@code from}, as [begin, end), or null. */
  private static int[] next(CharSequence text, int from) {
    int n = text.length();
    int b = from;
    while (b < n && !wordChar(text.charAt(b))) {
      b++;
    }
    if (b == n) {
      return null;
    }
    int e = b;
    while (e < n && wordChar(text.charAt(e))) {
      e++;
    }
    return new int[] {b, e};
  }

  private static boolean wordChar(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    if (c >= '\u0621' && c <= '\u065F') {
      return true; // Arabic letters, tatweel and harakat: most of a text, decided at once
    }
    return Character.isLetter(c) || ArabicKeys.isDiacritic(c);
  }
}
