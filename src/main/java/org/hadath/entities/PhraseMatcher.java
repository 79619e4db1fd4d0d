package org.hadath.entities;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  private static final class Node<V> {
    final Map<Character, Node<V>> next = new HashMap<>();
    final List<V> values = new ArrayList<>(1);
    String key;
  }

  private final Node<V> root;
  private final ImmutableList<CliticRule> clitics;

  private PhraseMatcher(Node<V> root, ImmutableList<CliticRule> clitics) {
    this.root = root;
    this.clitics = clitics;
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
    private final Node<V> root = new Node<>();
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
      Node<V> n = root;
      for (int i = 0; i < key.length(); i++) {
        n = n.next.computeIfAbsent(key.charAt(i), c -> new Node<>());
      }
      if (!n.values.contains(value)) {
        n.values.add(value);
      }
      n.key = ArabicKeys.matchKey(phrase);
      return this;
    }

    public PhraseMatcher<V> build() {
      return new PhraseMatcher<>(root, clitics);
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
    List<Match<V>> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (isQuoteOrDash(tokens.get(i))) {
        continue;
      }
      String first = tokenKey(tokens.get(i));
      walk(tokens, i, first, 0, docText, out);
      for (CliticRule c : clitics) {
        if (first.length() > c.glued().length() && first.startsWith(c.glued())) {
          walk(tokens, i, c.restore() + first.substring(c.glued().length()), c.skip(), docText,
              out);
        }
      }
    }
    return out;
  }

  /** Longest match starting at token {@code i}, or null. */
  public Match<V> longestAt(List<CoreLabel> tokens, int i, String docText) {
    List<Match<V>> all = new ArrayList<>();
    String first = tokenKey(tokens.get(i));
    walk(tokens, i, first, 0, docText, all);
    for (CliticRule c : clitics) {
      if (first.length() > c.glued().length() && first.startsWith(c.glued())) {
        walk(tokens, i, c.restore() + first.substring(c.glued().length()), c.skip(), docText, all);
      }
    }
    return all.stream().max(Comparator.comparingInt((Match<V> m) -> m.tokenEnd())
        .thenComparingInt(Match::length)).orElse(null);
  }

  private void walk(List<CoreLabel> tokens, int start, String firstKey, int skip, String doc,
      List<Match<V>> out) {
    Node<V> n = advance(root, firstKey);
    int j = start;
    while (n != null) {
      if (!n.values.isEmpty()) {
        CoreLabel t0 = tokens.get(start);
        int begin = t0.beginPosition() + surfaceOffset(doc, t0, skip);
        out.add(new Match<>(start, j + 1, begin, tokens.get(j).endPosition(), n.key,
            ImmutableList.copyOf(n.values)));
      }
      int k = j + 1;
      // Quotes and dashes inside a name («قوات سورية الديمقراطية– قسد») are skipped.
      while (k < tokens.size() && isQuoteOrDash(tokens.get(k)) && k - start < MAX_TOKENS) {
        k++;
      }
      if (k >= tokens.size() || k - start >= MAX_TOKENS) {
        return;
      }
      String key = tokenKey(tokens.get(k));
      Node<V> next = advance(n, key);
      if (next == null) {
        next = advanceAsWritten(n, tokenKey(tokens.get(j)), key);
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
    for (int i = 0; i < key.length() && n != null; i++) {
      char c = key.charAt(i);
      if (c == ' ') {
        continue;
      }
      n = n.next.get(c);
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
      if (ArabicKeys.isDiacritic(c) || c == '\u0640') {
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
