package org.hadath.events.sentence;

import com.google.common.base.Preconditions;
import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.entities.actors.ActorMention;
import org.hadath.entities.actors.PeopleCategory;
import org.hadath.entities.actors.PeopleNoun;
import org.hadath.entities.places.Direction;
import org.hadath.entities.places.Place;
import org.hadath.entities.places.PlaceMention;
import org.hadath.entities.places.PlaceType;
import org.hadath.entities.quantity.QuantityKind;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.entities.time.TimeMention;
import org.hadath.normalize.ArabicKeys;

/**
 * A {@link SentenceView} from plain arrays, without CoreNLP's models: word forms, ATB tags,
 * CoNLL-U heads (1-based, 0 for the root) and UD relations, plus the entity mentions the
 * test or tool asserts. The text is the forms joined by single spaces; token offsets index
 * it. The dependency graph is built too, so Semgrex rules run on the view.
 *
 * <pre>{@code
 * SentenceView v = SentenceViewBuilder.of(
 *     new String[] {"قصفت", "الطائرات", "القرية"},
 *     new String[] {"VBD", "DTNNS", "DTNN"},
 *     new int[] {0, 1, 1},
 *     new String[] {"root", "nsubj", "obj"})
 *   .place(2, 3, "village-1")
 *   .build();
 * }</pre>
 */
public final class SentenceViewBuilder {
  private final String[] forms;
  private final String[] tags;
  private final int[] heads;
  private final String[] rels;
  private final String text;
  private final int[] begins;
  private final int[] ends;
  private final List<ActorMention> actors = new ArrayList<>();
  private final List<PlaceMention> places = new ArrayList<>();
  private final List<TimeMention> times = new ArrayList<>();
  private final List<QuantityMention> quantities = new ArrayList<>();
  private final List<QuantityMention> peopleCounts = new ArrayList<>();
  private int index;

  private SentenceViewBuilder(String[] forms, String[] tags, int[] heads, String[] rels) {
    int n = forms.length;
    Preconditions.checkArgument(tags.length == n && heads.length == n && rels.length == n,
        "forms, tags, heads and relations must have one entry per token");
    for (int i = 0; i < n; i++) {
      Preconditions.checkArgument(heads[i] >= 0 && heads[i] <= n && heads[i] != i + 1, "bad head %s of token %s",
          heads[i], i + 1);
    }
    this.forms = forms.clone();
    this.tags = tags.clone();
    this.heads = heads.clone();
    this.rels = rels.clone();
    this.begins = new int[n];
    this.ends = new int[n];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      begins[i] = sb.length();
      sb.append(forms[i]);
      ends[i] = sb.length();
    }
    this.text = sb.toString();
  }

  /** A builder for a sentence of {@code forms}, tagged and parsed as given (heads 1-based, 0 = root). */
  public static SentenceViewBuilder of(String[] forms, String[] tags, int[] heads, String[] rels) {
    return new SentenceViewBuilder(forms, tags, heads, rels);
  }

  /** The sentence's index in its document (default 0). */
  public SentenceViewBuilder index(int i) {
    this.index = i;
    return this;
  }

  /** The characters of tokens {@code [from, to)}. */
  private String covered(int from, int to) {
    return text.substring(begins[from], ends[to - 1]);
  }

  /** A named actor over tokens {@code [from, to)}. */
  public SentenceViewBuilder actor(int from, int to, String actorId, ActorCategory category) {
    actors.add(new ActorMention(covered(from, to), begins[from], ends[to - 1], index, from, to, actorId, null,
        category, null, null, null, false));
    return this;
  }

  /** A people noun without actor (المدنيين، النازحين) over tokens {@code [from, to)}. */
  public SentenceViewBuilder people(int from, int to, ActorCategory implied) {
    ActorMention.NounPart noun = new ActorMention.NounPart(covered(from, to), begins[from], ends[to - 1],
        PeopleCategory.PEOPLE, PeopleNoun.Number.PLURAL);
    actors.add(new ActorMention(covered(from, to), begins[from], ends[to - 1], index, from, to, null, null,
        implied, null, noun, null, false));
    return this;
  }

  /** A place over tokens {@code [from, to)} with its head at {@code from} ({@code placeId} may be null). */
  public SentenceViewBuilder place(int from, int to, String placeId) {
    places.add(new PlaceMention(covered(from, to), begins[from], ends[to - 1], index, from, to,
        forms[from], begins[from], ends[from], placeId, null, null, null, null, null, null, null, null, null));
    return this;
  }

  /** A country's name over tokens {@code [from, to)} (روسيا، إسرائيل), resolved to {@code placeId}. */
  public SentenceViewBuilder country(int from, int to, String placeId) {
    places.add(new PlaceMention(covered(from, to), begins[from], ends[to - 1], index, from, to,
        forms[from], begins[from], ends[from], placeId, null, PlaceType.COUNTRY, null, null, null, null, null,
        null, null));
    return this;
  }

  /**
   * A place over tokens {@code [from, to)} whose name (head) runs from token {@code name} to
   * the end, of kind {@code type} (null: unknown), with a compass qualifier or null.
   */
  public SentenceViewBuilder place(int from, int to, int name, PlaceType type, Direction direction) {
    places.add(new PlaceMention(covered(from, to), begins[from], ends[to - 1], index, from, to,
        covered(name, to), begins[name], ends[to - 1], null, null, type, null, null, null, null,
        null, null, direction));
    return this;
  }

  /**
   * An unresolved place over tokens {@code [from, to)}, name from token {@code name}, that
   * the text puts inside {@code container} (قرية X شمالي إدلب).
   */
  public SentenceViewBuilder placeIn(int from, int to, int name, PlaceType type, Place container) {
    places.add(new PlaceMention(covered(from, to), begins[from], ends[to - 1], index, from, to,
        covered(name, to), begins[name], ends[to - 1], null, null, type, container.governorate(),
        container.country(), null, null, container, null, null));
    return this;
  }

  /**
   * A figure {@code min..max} over tokens {@code [from, to)} counting the noun at token
   * {@code counted} (-1: none), people when {@code person}.
   */
  public SentenceViewBuilder quantity(int from, int to, long min, Long max, int counted, boolean person) {
    QuantityMention.CountedNoun noun = counted < 0 ? null
        : new QuantityMention.CountedNoun(forms[counted], begins[counted], ends[counted], counted, person);
    quantities.add(new QuantityMention(covered(from, to), begins[from], ends[to - 1], index, from, to, min, max,
        false, QuantityKind.values()[0], noun));
    return this;
  }

  /**
   * People counted without a numeral over tokens {@code [from, to)} ({@code min..max},
   * max null = unbounded; the counted noun is the first token), as the quantity layer's
   * people phrases (مقتل طفلة، شاب وعمه).
   */
  public SentenceViewBuilder people(int from, int to, long min, Long max) {
    QuantityMention.CountedNoun noun = new QuantityMention.CountedNoun(forms[from], begins[from], ends[from], from,
        true);
    peopleCounts.add(new QuantityMention(covered(from, to), begins[from], ends[to - 1], index, from, to, min, max,
        false, QuantityKind.PERSONS, noun));
    return this;
  }

  /** A time expression over tokens {@code [from, to)} with ISO value {@code value}. */
  public SentenceViewBuilder time(int from, int to, String value) {
    times.add(new TimeMention(covered(from, to), begins[from], ends[to - 1], index, from, to, value, null, null));
    return this;
  }

  /** A clock time over tokens {@code [from, to)} (الساعة 23:35): no day, minute granularity. */
  public SentenceViewBuilder clock(int from, int to) {
    times.add(new TimeMention(covered(from, to), begins[from], ends[to - 1], index, from, to, null,
        org.hadath.entities.time.Granularity.MINUTE, null));
    return this;
  }

  /** The view (with a dependency graph over fresh tokens). */
  public SentenceView build() {
    int n = forms.length;
    String[] keys = new String[n];
    int[] head = new int[n];
    IndexedWord[] nodes = new IndexedWord[n];
    SemanticGraph graph = new SemanticGraph();
    for (int i = 0; i < n; i++) {
      keys[i] = ArabicKeys.matchKey(forms[i]);
      head[i] = heads[i] - 1;
      CoreLabel t = new CoreLabel();
      t.setWord(forms[i]);
      t.setValue(forms[i]);
      t.setOriginalText(forms[i]);
      t.setLemma(keys[i]);
      t.setTag(tags[i]);
      t.setBeginPosition(begins[i]);
      t.setEndPosition(ends[i]);
      t.setIndex(i + 1);
      t.setSentIndex(index);
      nodes[i] = new IndexedWord(t);
      graph.addVertex(nodes[i]);
    }
    for (int i = 0; i < n; i++) {
      if (head[i] < 0) {
        graph.addRoot(nodes[i]);
      } else {
        graph.addEdge(nodes[head[i]], nodes[i], GrammaticalRelation.valueOf(Language.UniversalEnglish, rels[i]),
            1.0, false);
      }
    }
    String[] rel = new String[n];
    for (int i = 0; i < n; i++) {
      rel[i] = head[i] < 0 ? "" : rels[i];
    }
    return new SentenceView(index, text, graph, keys, tags.clone(), begins.clone(), ends.clone(), head, rel,
        List.copyOf(actors), List.copyOf(places), List.copyOf(times), List.copyOf(quantities),
        List.copyOf(peopleCounts));
  }
}
