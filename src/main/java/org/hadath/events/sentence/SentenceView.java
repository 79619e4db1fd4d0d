package org.hadath.events.sentence;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hadath.entities.actors.ActorAnnotations;
import org.hadath.entities.actors.ActorMention;
import org.hadath.entities.places.PlaceAnnotations;
import org.hadath.entities.places.PlaceMention;
import org.hadath.entities.quantity.QuantityAnnotations;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.entities.time.TimeAnnotations;
import org.hadath.entities.time.TimeMention;
import org.hadath.events.Span;
import org.hadath.normalize.ArabicKeys;

/**
 * One sentence as the event mechanisms see it: tokens with their match keys, POS tags and
 * offsets, the dependency tree as head/relation arrays, and which entity mention covers each
 * token. Built once per sentence from a CoreNLP sentence ({@link #of(CoreMap, String)}) or,
 * for tests and tools, from plain arrays ({@code SentenceViewBuilder} in the tests); not shared between
 * threads (it memoizes per-sentence facts).
 */
public final class SentenceView {
  private final int index;
  private final String text;
  private final SemanticGraph graph;
  private final String[] keys;
  private final String[] tags;
  private final int[] begins;
  private final int[] ends;
  private final int[] head;
  private final String[] rel;
  private final ActorMention[] actorAt;
  /** Words naming a state's forces by their country (روسية، إسرائيل): read in actor roles only. */
  private final ActorMention[] originAt;
  private final PlaceMention[] placeAt;
  private final List<ActorMention> actors;
  private final List<PlaceMention> places;
  private final List<TimeMention> times;
  private final List<QuantityMention> quantities;
  /** People counted without a numeral (مقتل طفلة، شاب وعمه): the quantity layer's phrases. */
  private final List<QuantityMention> peopleCounts;
  /** Dependents of each token, in token order (built once: rules ask for them often). */
  private final List<List<Integer>> kids;
  /** Per-sentence memo for rule-level facts (Semgrex matches, trigger words, class words). */
  private final Map<Object, Object> memo = new HashMap<>();

  /**
   * A view from parts. {@code head[i]} is the 0-based head of token {@code i} or -1 for the
   * root and for a sentence without parse; {@code graph} is null when there is no parse.
   */
  SentenceView(int index, String text, SemanticGraph graph, String[] keys, String[] tags, int[] begins,
      int[] ends, int[] head, String[] rel, List<ActorMention> actors, List<PlaceMention> places,
      List<TimeMention> times, List<QuantityMention> quantities, List<QuantityMention> peopleCounts) {
    this(index, text, graph, keys, tags, begins, ends, head, rel, actors, places, times, quantities, peopleCounts,
        List.of());
  }

  /** A view from parts, with the words that name forces by their country ({@code origins}). */
  SentenceView(int index, String text, SemanticGraph graph, String[] keys, String[] tags, int[] begins,
      int[] ends, int[] head, String[] rel, List<ActorMention> actors, List<PlaceMention> places,
      List<TimeMention> times, List<QuantityMention> quantities, List<QuantityMention> peopleCounts,
      List<ActorMention> origins) {
    this.index = index;
    this.text = text;
    this.graph = graph;
    this.keys = keys;
    this.tags = tags;
    this.begins = begins;
    this.ends = ends;
    this.head = head;
    this.rel = rel;
    int n = keys.length;
    kids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>(2));
    }
    for (int i = 0; i < n; i++) {
      if (head[i] >= 0) {
        kids.get(head[i]).add(i);
      }
    }
    this.actors = orEmpty(actors);
    this.places = orEmpty(places);
    this.times = orEmpty(times);
    this.quantities = orEmpty(quantities);
    this.peopleCounts = orEmpty(peopleCounts);
    actorAt = new ActorMention[n];
    originAt = new ActorMention[n];
    for (ActorMention m : orEmpty(origins)) {
      for (int i = m.tokenBegin(); i < Math.min(n, m.tokenEnd()); i++) {
        originAt[i] = m;
      }
    }
    placeAt = new PlaceMention[n];
    for (ActorMention m : this.actors) {
      for (int i = m.tokenBegin(); i < Math.min(n, m.tokenEnd()); i++) {
        actorAt[i] = m;
      }
    }
    for (PlaceMention m : this.places) {
      for (int i = m.tokenBegin(); i < Math.min(n, m.tokenEnd()); i++) {
        placeAt[i] = m;
      }
    }
  }

  /**
   * The view of an annotated CoreNLP sentence of document {@code text}. Tokens without a lemma
   * get their match key as lemma: Semgrex rules match {@code {lemma:...}} against it, and
   * CoreNLP has no Arabic lemmatizer.
   */
  public static SentenceView of(CoreMap sentence, String text) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    int n = tokens.size();
    String[] keys = new String[n];
    String[] tags = new String[n];
    int[] begins = new int[n];
    int[] ends = new int[n];
    int[] head = new int[n];
    String[] rel = new String[n];
    Arrays.fill(head, -1);
    Arrays.fill(rel, "");
    for (int i = 0; i < n; i++) {
      CoreLabel t = tokens.get(i);
      // a word of a #multi_word_tag is a label, not prose: no rule reads it (its place or
      // actor mention stays)
      keys[i] = Hashtags.joinedWord(text, t.beginPosition(), t.endPosition()) ? ""
          : ArabicKeys.matchKey(t.word() == null ? "" : t.word());
      if (t.lemma() == null) {
        t.setLemma(keys[i]);
      }
      tags[i] = t.tag() == null ? "" : t.tag();
      begins[i] = t.beginPosition();
      ends[i] = t.endPosition();
    }
    if (graph != null) {
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        int d = e.getDependent().index() - 1;
        head[d] = e.getGovernor().index() - 1;
        rel[d] = e.getRelation().toString();
      }
    }
    return new SentenceView(sentence.get(CoreAnnotations.SentenceIndexAnnotation.class), text, graph, keys, tags,
        begins, ends, head, rel, sentence.get(ActorAnnotations.ActorMentionsAnnotation.class),
        sentence.get(PlaceAnnotations.PlaceMentionsAnnotation.class),
        sentence.get(TimeAnnotations.TimeMentionsAnnotation.class),
        sentence.get(QuantityAnnotations.QuantityMentionsAnnotation.class),
        sentence.get(QuantityAnnotations.PeopleCountsAnnotation.class),
        sentence.get(ActorAnnotations.ActorOriginsAnnotation.class));
  }

  private static <T> List<T> orEmpty(List<T> l) {
    return l == null ? List.of() : l;
  }

  /** Index of the sentence in its document. */
  public int index() {
    return index;
  }

  /** The whole document's original text (offsets index it). */
  public String text() {
    return text;
  }

  /** The dependency graph (for Semgrex), or null when the sentence was not parsed. */
  public SemanticGraph graph() {
    return graph;
  }

  /** True when the sentence has a dependency parse. */
  public boolean parsed() {
    return graph != null;
  }

  public int size() {
    return keys.length;
  }

  /** Token {@code i}'s match key ({@link ArabicKeys#matchKey}). */
  public String key(int i) {
    return keys[i];
  }

  /** Token {@code i}'s ATB POS tag, "" when it has none. */
  public String tag(int i) {
    return tags[i];
  }

  /** The 0-based head of token {@code i}, -1 for the root or without parse. */
  public int head(int i) {
    return head[i];
  }

  /** The UD relation of token {@code i} to its head, "" for the root or without parse. */
  public String rel(int i) {
    return rel[i];
  }

  /** The actor mention covering token {@code i}, or null. */
  public ActorMention actorAt(int i) {
    return actorAt[i];
  }

  /**
   * The forces that token {@code i} names by their country (روسية → Russian forces), or null:
   * meaningful only where an actor's role is being filled.
   */
  public ActorMention originAt(int i) {
    return originAt[i];
  }

  /** The place mention covering token {@code i}, or null. */
  public PlaceMention placeAt(int i) {
    return placeAt[i];
  }

  public List<ActorMention> actors() {
    return actors;
  }

  public List<PlaceMention> places() {
    return places;
  }

  public List<TimeMention> times() {
    return times;
  }

  public List<QuantityMention> quantities() {
    return quantities;
  }

  /** Phrases counting people without a numeral ({@link QuantityAnnotations.PeopleCountsAnnotation}). */
  public List<QuantityMention> peopleCounts() {
    return peopleCounts;
  }

  public boolean isVerb(int i) {
    return isVerbTag(tag(i));
  }

  /** Whether a POS tag (ATB) is a verb's. */
  public static boolean isVerbTag(String tag) {
    return tag != null && tag.startsWith("VB");
  }

  /** Offset of token {@code i}'s first character in the original text. */
  public int begin(int i) {
    return begins[i];
  }

  /** Offset one past token {@code i}'s last character in the original text. */
  public int end(int i) {
    return ends[i];
  }

  /** The token whose span starts at original offset {@code begin}, or -1 when none does. */
  public int tokenStartingAt(int begin) {
    for (int i = 0; i < begins.length; i++) {
      if (begins[i] == begin) {
        return i;
      }
    }
    return -1;
  }

  /** The characters of tokens {@code [from, to)}. */
  public Span span(int from, int to) {
    return Span.of(text, begin(from), end(to - 1));
  }

  /** Children of {@code h} in token order. */
  public List<Integer> children(int h) {
    return h < 0 ? List.of() : kids.get(h);
  }

  /** Children of {@code h} with a relation starting with {@code relPrefix}. */
  public List<Integer> children(int h, String relPrefix) {
    List<Integer> out = new ArrayList<>(2);
    for (int i : children(h)) {
      if (rel[i].startsWith(relPrefix)) {
        out.add(i);
      }
    }
    return out;
  }

  /** True when {@code anc} is {@code d} or one of its ancestors. */
  public boolean dominates(int anc, int d) {
    int steps = 0;
    for (int x = d; x >= 0 && steps <= head.length; x = head[x], steps++) {
      if (x == anc) {
        return true;
      }
    }
    return false;
  }

  /** Number of edges from {@code d} up to {@code anc}, or -1 when {@code anc} does not dominate it. */
  public int depthBelow(int anc, int d) {
    int steps = 0;
    for (int x = d; x >= 0 && steps <= head.length; x = head[x], steps++) {
      if (x == anc) {
        return steps;
      }
    }
    return -1;
  }

  /** The case marker (preposition) of {@code h}, as a match key, or "". */
  public String caseOf(int h) {
    for (int c : children(h, "case")) {
      if (c < h) {
        return keys[c];
      }
    }
    return "";
  }

  /**
   * A per-sentence fact, computed once: the rules ask the same question of the same sentence
   * many times (Semgrex matches, trigger words, the words of a class).
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, Function<Object, T> compute) {
    return (T) memo.computeIfAbsent(key, compute);
  }
}
