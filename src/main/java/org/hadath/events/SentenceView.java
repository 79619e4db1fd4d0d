package org.hadath.events;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hadath.entities.actors.ActorAnnotations;
import org.hadath.entities.actors.ActorMention;
import org.hadath.entities.places.PlaceAnnotations;
import org.hadath.entities.places.PlaceMention;
import org.hadath.entities.quantity.QuantityAnnotations;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.entities.time.TimeAnnotations;
import org.hadath.entities.time.TimeMention;
import org.hadath.normalize.ArabicKeys;

/**
 * One sentence as the event rules see it: tokens with their match keys, the dependency
 * tree as head/relation arrays, and which entity mention covers each token. Built once per
 * sentence; not shared between threads.
 */
final class SentenceView {
  final int index;
  final String text;
  final List<CoreLabel> tokens;
  final SemanticGraph graph;
  final IndexedWord[] nodes;
  final String[] keys;
  final int[] head;
  final String[] rel;
  final ActorMention[] actorAt;
  final PlaceMention[] placeAt;
  final List<ActorMention> actors;
  final List<PlaceMention> places;
  final List<TimeMention> times;
  final List<QuantityMention> quantities;
  /** People counted without a numeral (مقتل طفلة، شاب وعمه): the quantity layer's phrases. */
  final List<QuantityMention> peopleCounts;
  /** Dependents of each token, in token order (built once: rules ask for them often). */
  private final List<List<Integer>> kids;
  /** Per-sentence memo for rule-level facts (Semgrex matches, trigger words). */
  final java.util.Map<Object, Object> memo = new java.util.HashMap<>();

  /** Per-sentence memo of {@link ClassWords}, by class name. */
  final java.util.Map<String, ClassWords> classWords = new java.util.HashMap<>();

  SentenceView(CoreMap sentence, String text) {
    this.text = text;
    this.index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
    this.tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    this.graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    int n = tokens.size();
    keys = new String[n];
    head = new int[n];
    rel = new String[n];
    nodes = new IndexedWord[n];
    Arrays.fill(head, -1);
    Arrays.fill(rel, "");
    for (int i = 0; i < n; i++) {
      CoreLabel t = tokens.get(i);
      // a word of a #multi_word_tag is a label, not prose: no rule reads it (its place or
      // actor mention stays)
      keys[i] = Hashtags.joinedWord(text, t.beginPosition(), t.endPosition()) ? ""
          : ArabicKeys.matchKey(t.word() == null ? "" : t.word());
      // Semgrex rules match {lemma:...} against the match key: CoreNLP has no Arabic lemmatizer
      if (t.lemma() == null) {
        t.setLemma(keys[i]);
      }
    }
    if (graph != null) {
      for (IndexedWord w : graph.vertexSet()) {
        nodes[w.index() - 1] = w;
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        int d = e.getDependent().index() - 1;
        head[d] = e.getGovernor().index() - 1;
        rel[d] = e.getRelation().toString();
      }
    }
    kids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>(2));
    }
    for (int i = 0; i < n; i++) {
      if (head[i] >= 0) {
        kids.get(head[i]).add(i);
      }
    }
    actors = orEmpty(sentence.get(ActorAnnotations.ActorMentionsAnnotation.class));
    places = orEmpty(sentence.get(PlaceAnnotations.PlaceMentionsAnnotation.class));
    times = orEmpty(sentence.get(TimeAnnotations.TimeMentionsAnnotation.class));
    quantities = orEmpty(sentence.get(QuantityAnnotations.QuantityMentionsAnnotation.class));
    peopleCounts = orEmpty(sentence.get(QuantityAnnotations.PeopleCountsAnnotation.class));
    actorAt = new ActorMention[n];
    placeAt = new PlaceMention[n];
    for (ActorMention m : actors) {
      for (int i = m.tokenBegin(); i < Math.min(n, m.tokenEnd()); i++) {
        actorAt[i] = m;
      }
    }
    for (PlaceMention m : places) {
      for (int i = m.tokenBegin(); i < Math.min(n, m.tokenEnd()); i++) {
        placeAt[i] = m;
      }
    }
  }

  private static <T> List<T> orEmpty(List<T> l) {
    return l == null ? List.of() : l;
  }

  int size() {
    return tokens.size();
  }

  String tag(int i) {
    String t = tokens.get(i).tag();
    return t == null ? "" : t;
  }

  boolean isVerb(int i) {
    return isVerbTag(tag(i));
  }

  /** Whether a POS tag (ATB) is a verb's. */
  static boolean isVerbTag(String tag) {
    return tag != null && tag.startsWith("VB");
  }

  int begin(int i) {
    return tokens.get(i).beginPosition();
  }

  int end(int i) {
    return tokens.get(i).endPosition();
  }

  Span span(int from, int to) {
    return Span.of(text, begin(from), end(to - 1));
  }

  /** Children of {@code h} in token order. */
  List<Integer> children(int h) {
    return h < 0 ? List.of() : kids.get(h);
  }

  /** Children of {@code h} with a relation starting with {@code relPrefix}. */
  List<Integer> children(int h, String relPrefix) {
    List<Integer> out = new ArrayList<>(2);
    for (int i : children(h)) {
      if (rel[i].startsWith(relPrefix)) {
        out.add(i);
      }
    }
    return out;
  }

  /** True when {@code anc} is {@code d} or one of its ancestors. */
  boolean dominates(int anc, int d) {
    int steps = 0;
    for (int x = d; x >= 0 && steps <= head.length; x = head[x], steps++) {
      if (x == anc) {
        return true;
      }
    }
    return false;
  }

  /** Number of edges from {@code d} up to {@code anc}, or -1 when {@code anc} does not dominate it. */
  int depthBelow(int anc, int d) {
    int steps = 0;
    for (int x = d; x >= 0 && steps <= head.length; x = head[x], steps++) {
      if (x == anc) {
        return steps;
      }
    }
    return -1;
  }

  /** The case marker (preposition) of {@code h}, as a match key, or "". */
  String caseOf(int h) {
    for (int c : children(h, "case")) {
      if (c < h) {
        return keys[c];
      }
    }
    return "";
  }
}
