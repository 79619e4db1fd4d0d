package org.hadath.normalize;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.hadath.util.ModelFiles;

/**
 * What {@link GlueSplitter} needs to know to cut a place name off the word glued after it:
 * the names (heads), the words that may follow one (tails) and the proclitics either may
 * carry. All matching keys ({@link ArabicKeys#matchKey}).
 *
 * <p>Loaded from files other layers also read, so that a name added to the gazetteer or a
 * trigger added to the event rules is split off without a second list: the names are the
 * aliases of {@code entities/places.tsv}, the proclitics those of {@code entities/clitics.tsv},
 * the tails the trigger regexes of {@code events/triggers.tsv}, the cues of
 * {@code entities/place_cues.tsv} and the families of {@value #RESOURCE}. No code of those
 * layers is used: normalization runs before them. Immutable and thread-safe.
 */
public final class GlueLexicon {
  /** Model name of the tail families. */
  public static final String RESOURCE = "normalize/glued-words.tsv";
  static final String PLACES = "entities/places.tsv";
  static final String CLITICS = "entities/clitics.tsv";
  static final String CUES = "entities/place_cues.tsv";
  static final String TRIGGERS = "events/triggers.tsv";

  /** Fewest letters of either part of a split word (the proclitics not counted). */
  public static final int MIN_PART = 3;

  /** A proclitic as written glued ({@code لل}) and what its word starts with once removed ({@code ال}). */
  record Proclitic(String glued, String restore) {}

  private final ImmutableSetMultimap<String, ImmutableList<String>> heads;
  /** The first {@link #MIN_PART} letters of every head, packed ({@link #pack}) and sorted. */
  private final long[] headStarts;
  private final ImmutableSet<String> nameWords;
  private final Pattern tails;
  private final ImmutableList<Proclitic> proclitics;

  private GlueLexicon(ImmutableSetMultimap<String, ImmutableList<String>> heads,
      ImmutableSet<String> nameWords, Pattern tails, ImmutableList<Proclitic> proclitics) {
    this.heads = heads;
    this.nameWords = nameWords;
    this.tails = tails;
    this.proclitics = proclitics;
    this.headStarts = heads.keySet().stream()
        .mapToLong(h -> pack(h.charAt(0), h.charAt(1), h.charAt(2))).distinct().sorted().toArray();
  }

  private static final class Holder {
    static final GlueLexicon DEFAULT = load(ModelFiles.packaged());
  }

  /** The packaged lexicon, loaded once per JVM. */
  public static GlueLexicon getDefault() {
    return Holder.DEFAULT;
  }

  /** The lexicon of {@code models}: the shared default for the packaged models, else loaded. */
  public static GlueLexicon of(ModelFiles models) {
    return models == ModelFiles.packaged() ? getDefault() : load(models);
  }

  /**
   * A lexicon from plain lists (for tests and callers with their own data): place names of one
   * or more words, tail regexes (written as in the model files) and proclitics as
   * {@code {glued, restore}} pairs.
   */
  public static GlueLexicon of(Iterable<String> names, Iterable<String> tailRegexes,
      Iterable<String[]> proclitics) {
    Builder b = new Builder();
    names.forEach(b::name);
    tailRegexes.forEach(r -> b.tail(r, null));
    proclitics.forEach(p -> b.proclitic(p[0], p.length > 1 ? p[1] : ""));
    return b.build();
  }

  /** Loads the lexicon of {@code models}; every bad row is an error naming file and line. */
  public static GlueLexicon load(ModelFiles models) {
    Builder b = new Builder();
    for (ModelFiles.Row r : models.table(PLACES, List.of("id", "name_en", "type", "governorate",
        "country", "lat", "lon", "aliases", "source")).rows()) {
      for (String alias : r.get(7).split("\\|")) {
        b.name(alias);
      }
    }
    for (ModelFiles.Row r : models.table(CLITICS, List.of("glued", "restore", "skip")).rows()) {
      b.proclitic(r.get(0), r.get(1));
    }
    for (ModelFiles.Row r : models.table(CUES, List.of("cue", "type", "names")).rows()) {
      b.tail(Pattern.quote(ArabicKeys.matchKey(r.get(0))), r);
    }
    for (ModelFiles.Row r : models.table(TRIGGERS, 3, 5).rows()) {
      b.tail(r.get(2), r);
    }
    for (ModelFiles.Row r : models.table(RESOURCE, 2, 3).rows()) {
      if (!r.get(0).equals("tail")) {
        throw r.error("kind must be 'tail': '" + r.get(0) + "'");
      }
      b.tail(r.get(1), r);
    }
    return b.build();
  }

  /**
   * The words a name ending in {@code head} has before it (empty for a one-word name), one list
   * per such name; empty when {@code head} ends no name.
   */
  ImmutableSet<ImmutableList<String>> namesEndingIn(String head) {
    return heads.get(head);
  }

  /** Whether some name's last word starts with the (folded) letters {@code a b c}. */
  boolean mayStartHead(char a, char b, char c) {
    return Arrays.binarySearch(headStarts, pack(a, b, c)) >= 0;
  }

  /** Whether some name's last word starts with the first {@link #MIN_PART} letters of {@code key}. */
  boolean mayStartHead(String key) {
    return key.length() >= MIN_PART && mayStartHead(key.charAt(0), key.charAt(1), key.charAt(2));
  }

  /** Three letters as one number: a lookup that allocates nothing, for every word of a text. */
  private static long pack(char a, char b, char c) {
    return (long) a << 32 | (long) b << 16 | c;
  }

  /** Whether {@code key} is a word of a name, or a tail word, bare or after a proclitic. */
  boolean isKnown(String key) {
    return nameWords.contains(key) || isTail(key);
  }

  /** Whether {@code key} is a tail word, bare or after a proclitic, of at least {@link #MIN_PART} letters. */
  boolean isTail(String key) {
    if (matchesTail(key)) {
      return true;
    }
    for (Proclitic p : proclitics) {
      if (key.startsWith(p.glued()) && key.length() - p.glued().length() >= MIN_PART
          && matchesTail(p.restore() + key.substring(p.glued().length()))) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesTail(String key) {
    return key.length() >= MIN_PART && tails.matcher(key).matches();
  }

  /** The proclitics a word may start with. */
  ImmutableList<Proclitic> proclitics() {
    return proclitics;
  }

  /** Collects names, tails and proclitics; validates regexes as it goes. */
  private static final class Builder {
    final ImmutableSetMultimap.Builder<String, ImmutableList<String>> heads =
        ImmutableSetMultimap.builder();
    final ImmutableSet.Builder<String> words = ImmutableSet.builder();
    final List<String> tails = new ArrayList<>();
    final ImmutableList.Builder<Proclitic> proclitics = ImmutableList.builder();

    void name(String alias) {
      String key = ArabicKeys.matchKey(alias).trim();
      if (key.isEmpty()) {
        return;
      }
      String[] w = key.split(" ");
      words.addAll(Arrays.asList(w));
      String last = w[w.length - 1];
      if (last.length() >= MIN_PART) {
        heads.put(last, ImmutableList.copyOf(Arrays.copyOf(w, w.length - 1)));
      }
    }

    void tail(String regex, ModelFiles.Row row) {
      String folded = ArabicKeys.foldPattern(regex);
      try {
        Pattern.compile(folded);
      } catch (PatternSyntaxException e) {
        if (row == null) {
          throw new IllegalArgumentException("bad tail regex '" + regex + "': " + e.getDescription(), e);
        }
        throw row.error("bad regex '" + regex + "': " + e.getDescription());
      }
      tails.add("(?:" + folded + ")");
    }

    void proclitic(String glued, String restore) {
      String g = ArabicKeys.matchKey(glued);
      Preconditions.checkArgument(!g.isEmpty(), "empty proclitic");
      proclitics.add(new Proclitic(g, ArabicKeys.matchKey(restore)));
    }

    GlueLexicon build() {
      Pattern p = Pattern.compile(tails.isEmpty() ? "(?!)" : String.join("|", tails));
      return new GlueLexicon(heads.build(), words.build(), p, proclitics.build());
    }
  }
}
