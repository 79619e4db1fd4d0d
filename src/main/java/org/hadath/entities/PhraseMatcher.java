package org.hadath.entities;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.normalize.ArabicKeys;

/**
 * Finds lexicon phrases in a sentence's CoreNLP tokens, whatever the segmenter did to them.
 *
 * <p>Phrases are compared on {@link ArabicKeys#matchKey} with all spaces removed, against the
 * concatenated keys of consecutive tokens. Comparing characters rather than words makes the
 * match independent of where the segmenter cut: المرصد السوري لحقوق الإنسان matches both
 * {@code لحقوق} and {@code ل + حقوق}. A match must still start and end on token boundaries,
 * except that the first token may carry a glued proclitic ({@link CliticRule}), and quote or
 * dash tokens inside a name are skipped («قوات سورية الديمقراطية– قسد»).
 *
 * <p>Used for actors and places alike. Immutable after {@link Builder#build()} and safe to
 * share between threads.
 *
 * @param <V> what a phrase stands for (an actor, a place, a cue...)
 */
public final class PhraseMatcher<V> {

  /** Longest phrase, in tokens, the matcher will try; names are never longer in news. */
  private static final int MAX_TOKENS = 16;

  /** One match: token range within the sentence, character range in the document. */
  public record Match<V>(int tokenBegin, int tokenEnd, int begin, int end, String key,
      ImmutableList<V> values) {
    /** Number of characters covered. */
    public int length() {
      return end - begin;
    }
  }

  /**
   * A node of the built trie: the characters that go on from here, sorted, each with its node,
   * and the phrases that end here. Arrays rather than a map of boxed characters: the matcher
   * asks a node about every character of every word it reads.
   */
  private static final class Node<V> {
    private static final char[] NO_CHARS = {};
    final char[] chars;
    final Node<V>[] kids;
    final ImmutableList<V> values;
    final String key;

    Node(char[] chars, Node<V>[] kids, ImmutableList<V> values, String key) {
      this.chars = chars;
      this.kids = kids;
      this.values = values;
      this.key = key;
    }

    /** The node character {@code c} leads to, or null. */
    Node<V> next(char c) {
      int i = Arrays.binarySearch(chars, c);
      return i >= 0 ? kids[i] : null;
    }
  }

  /** A node while phrases are added. */
  private static final class Draft<V> {
    final Map<Character, Draft<V>> next = new HashMap<>();
    final List<V> values = new ArrayList<>(1);
    String key;

    /** This node and the ones below it as the built trie. */
    @SuppressWarnings("unchecked")
    Node<V> freeze() {
      char[] chars = next.isEmpty() ? Node.NO_CHARS : new char[next.size()];
      int k = 0;
      for (char c : next.keySet()) {
        chars[k++] = c;
      }
      Arrays.sort(chars);
      Node<V>[] kids = new Node[chars.length];
      for (int i = 0; i < chars.length; i++) {
        kids[i] = next.get(chars[i]).freeze();
      }
      return new Node<>(chars, kids, ImmutableList.copyOf(values), key);
    }
  }

  private final Node<V> root;
  private final ImmutableList<CliticRule> clitics;
  /** The first letters of the clitics' glued forms: a word starting otherwise carries none. */
  private final String cliticInitials;

  private PhraseMatcher(Node<V> root, ImmutableList<CliticRule> clitics) {
    this.root = root;
    this.clitics = clitics;
    StringBuilder initials = new StringBuilder();
    for (CliticRule c : clitics) {
      initials.append(c.glued().charAt(0)); // glued is never empty (CliticRule.load)
    }
    this.cliticInitials = initials.toString();
  }

  /** A builder using the project's clitic rules. */
  public static <V> Builder<V> builder() {
    return new Builder<>(CliticRule.defaults());
  }

  /** A builder with explicit clitic rules. */
  public static <V> Builder<V> builder(List<CliticRule> clitics) {
    return new Builder<>(ImmutableList.copyOf(clitics));
  }

  /** Collects phrases; not thread-safe, unlike the matcher it builds. */
  public static final class Builder<V> {
    private final Draft<V> root = new Draft<>();
    private final ImmutableList<CliticRule> clitics;

    private Builder(ImmutableList<CliticRule> clitics) {
      this.clitics = clitics;
    }

    /** Adds {@code phrase} standing for {@code value}; several values may share a phrase. */
    public Builder<V> add(String phrase, V value) {
      String key = compactKey(phrase);
      if (key.isEmpty()) {
        return this;
      }
      Draft<V> n = root;
      for (int i = 0; i < key.length(); i++) {
        n = n.next.computeIfAbsent(key.charAt(i), c -> new Draft<>());
      }
      if (!n.values.contains(value)) {
        n.values.add(value);
      }
      n.key = ArabicKeys.matchKey(phrase);
      return this;
    }

    /** The matcher of the phrases added so far (later additions do not reach it). */
    public PhraseMatcher<V> build() {
      return new PhraseMatcher<>(root.freeze(), clitics);
    }
  }

  /** The matching key of a phrase with its spaces removed. */
  public static String compactKey(String phrase) {
    return ArabicKeys.matchKey(phrase).replace(" ", "");
  }

  /** The matching key of a token (its normalized word). */
  public static String tokenKey(CoreLabel tok) {
    return ArabicKeys.matchKey(tok.word() != null ? tok.word() : tok.originalText());
  }

  /**
   * True for tokens that may sit inside or around a name without being part of it: quotes
   * and dashes. The tokenizer turns «» into {@code "}, so both are checked.
   */
  public static boolean isQuoteOrDash(CoreLabel tok) {
    String w = tok.word();
    if (w == null || w.length() != 1) {
      return false;
    }
    return "\"'«»“”‘’-–—".indexOf(w.charAt(0)) >= 0;
  }

  /** True for quote tokens only (not dashes): these may also stand before a name. */
  public static boolean isQuote(CoreLabel tok) {
    String w = tok.word();
    return w != null && w.length() == 1 && "\"'«»“”‘’".indexOf(w.charAt(0)) >= 0;
  }

  /**
   * Every phrase occurrence in {@code tokens}, overlapping ones included.
   *
   * @param docText the document text the token offsets point into
   */
  public List<Match<V>> findAll(List<CoreLabel> tokens, String docText) {
    return findAll(tokens, keys(tokens), docText);
  }

  /**
   * The match keys ({@link #tokenKey}) and quote-or-dash marks ({@link #isQuoteOrDash}) of a
   * list of tokens, each found once: they serve every matcher run over the same tokens, and
   * each phrase that could go on through a token asks for them again. Not thread-safe (one per
   * sentence or line and thread).
   */
  public static final class Keys {
    private final List<CoreLabel> tokens;
    private final String[] keys;
    /** 0 not yet known, 1 a quote or dash, 2 not. */
    private final byte[] quote;

    private Keys(List<CoreLabel> tokens) {
      this.tokens = tokens;
      this.keys = new String[tokens.size()];
      this.quote = new byte[tokens.size()];
    }

    /** Token {@code i}'s match key. */
    public String get(int i) {
      String k = keys[i];
      if (k == null) {
        k = tokenKey(tokens.get(i));
        keys[i] = k;
      }
      return k;
    }

    /** Whether token {@code i} is a quote or dash. */
    boolean quoteOrDash(int i) {
      if (quote[i] == 0) {
        quote[i] = isQuoteOrDash(tokens.get(i)) ? (byte) 1 : (byte) 2;
      }
      return quote[i] == 1;
    }

    /** How many tokens. */
    public int size() {
      return keys.length;
    }
  }

  /** The keys of {@code tokens} for {@link #findAll(List, Keys, String)}, found as they are asked for. */
  public static Keys keys(List<CoreLabel> tokens) {
    return new Keys(tokens);
  }

  /**
   * As {@link #findAll(List, String)}, with the tokens' keys of {@link #keys(List)} (for these
   * very tokens), which several matchers may share.
   */
  public List<Match<V>> findAll(List<CoreLabel> tokens, Keys keys, String docText) {
    com.google.common.base.Preconditions.checkArgument(keys.tokens == tokens, "keys of other tokens");
    List<Match<V>> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (keys.quoteOrDash(i)) {
        continue;
      }
      walkFrom(tokens, keys, i, docText, out);
    }
    return out;
  }

  /** Longest match starting at token {@code i}, or null. */
  public Match<V> longestAt(List<CoreLabel> tokens, int i, String docText) {
    List<Match<V>> all = new ArrayList<>();
    Keys keys = keys(tokens); // found as the walk reaches them: one start does not pay for the sentence
    walkFrom(tokens, keys, i, docText, all);
    return all.stream().max(Comparator.comparingInt((Match<V> m) -> m.tokenEnd())
        .thenComparingInt(Match::length)).orElse(null);
  }

  /**
   * The matches starting at token {@code i}: its key as written, and without each proclitic
   * glued to it ({@link CliticRule}, the article it swallowed restored), walked from the node
   * of the key's own characters rather than from a new string.
   */
  private void walkFrom(List<CoreLabel> tokens, Keys keys, int i, String doc, List<Match<V>> out) {
    String first = keys.get(i);
    walk(tokens, keys, i, advance(root, first, 0), 0, doc, out);
    if (first.isEmpty() || cliticInitials.indexOf(first.charAt(0)) < 0) {
      return; // no proclitic starts so (most words)
    }
    for (int r = 0; r < clitics.size(); r++) {
      CliticRule c = clitics.get(r);
      if (first.length() > c.glued().length() && first.startsWith(c.glued())) {
        walk(tokens, keys, i, advance(advance(root, c.restore(), 0), first, c.glued().length()), c.skip(), doc, out);
      }
    }
  }

  /** The matches from token {@code start} on, {@code n} the trie node its key (from {@code skip}) reached. */
  private void walk(List<CoreLabel> tokens, Keys keys, int start, Node<V> n, int skip, String doc,
      List<Match<V>> out) {
    int j = start;
    while (n != null) {
      if (!n.values.isEmpty()) {
        CoreLabel t0 = tokens.get(start);
        int begin = t0.beginPosition() + surfaceOffset(doc, t0, skip);
        out.add(new Match<>(start, j + 1, begin, tokens.get(j).endPosition(), n.key,
            n.values));
      }
      int k = j + 1;
      // Quotes and dashes inside a name («قوات سورية الديمقراطية– قسد») are skipped.
      while (k < tokens.size() && keys.quoteOrDash(k) && k - start < MAX_TOKENS) {
        k++;
      }
      if (k >= tokens.size() || k - start >= MAX_TOKENS) {
        return;
      }
      String key = keys.get(k);
      Node<V> next = advance(n, key);
      if (next == null) {
        next = advanceAsWritten(n, keys.get(j), key);
      }
      n = next;
      j = k;
    }
  }

  /**
   * Inside a name, a split proclitic before a word whose article it swallows in writing
   * (الجبهة الوطنية للتحرير: the segmenter gives ل + التحرير): the key as the name is written,
   * by the clitic rules that restore the article, or null.
   */
  private Node<V> advanceAsWritten(Node<V> n, String previous, String key) {
    for (CliticRule c : clitics) {
      if (!c.restore().isEmpty() && c.glued().length() > previous.length() && c.glued().startsWith(previous)
          && key.startsWith(c.restore())) {
        Node<V> next = advance(n, c.glued().substring(previous.length()) + key.substring(c.restore().length()));
        if (next != null) {
          return next;
        }
      }
    }
    return null;
  }

  private static <V> Node<V> advance(Node<V> n, String key) {
    return advance(n, key, 0);
  }

  /** The node {@code key}'s characters from {@code from} on lead to from {@code n} (spaces skipped), or null. */
  private static <V> Node<V> advance(Node<V> n, String key, int from) {
    for (int i = from; i < key.length() && n != null; i++) {
      char c = key.charAt(i);
      if (c == ' ') {
        continue;
      }
      n = n.next(c);
    }
    return n;
  }

  /**
   * Offset in the token's surface text of its {@code keyChars}-th key character: the
   * surface may hold diacritics or tatweel that the key dropped.
   */
  private static int surfaceOffset(String doc, CoreLabel tok, int keyChars) {
    if (keyChars == 0) {
      return 0;
    }
    int b = tok.beginPosition();
    int e = Math.min(tok.endPosition(), doc.length());
    int seen = 0;
    for (int p = b; p < e; p++) {
      char c = doc.charAt(p);
      if (ArabicKeys.isDiacritic(c) || c == ArabicGrammar.TATWEEL) {
        continue;
      }
      if (seen == keyChars) {
        return p - b;
      }
      seen++;
    }
    return Math.min(keyChars, e - b);
  }

  /**
   * Resolves overlaps: longer matches (in characters, then tokens) win; among equals the
   * earlier wins. Result is sorted by position.
   */
  public static <V> List<Match<V>> longestNonOverlapping(List<Match<V>> all) {
    List<Match<V>> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt((Match<V> m) -> -m.length())
        .thenComparingInt(m -> -(m.tokenEnd() - m.tokenBegin()))
        .thenComparingInt(Match::begin));
    List<Match<V>> kept = new ArrayList<>();
    for (Match<V> m : sorted) {
      boolean overlaps = false;
      for (Match<V> k : kept) {
        if (m.tokenBegin() < k.tokenEnd() && k.tokenBegin() < m.tokenEnd()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Match::begin));
    return kept;
  }
}
