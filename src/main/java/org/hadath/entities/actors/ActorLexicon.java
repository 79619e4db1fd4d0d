package org.hadath.entities.actors;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hadath.entities.PhraseMatcher;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.util.ModelFiles;
import org.hadath.normalize.ArabicKeys;

/**
 * The actor knowledge of the library, loaded from {@code hadath/models/entities/}: the actor
 * gazetteer, the people nouns, the anaphoric short forms and the linking words, compiled
 * into one {@link PhraseMatcher}.
 *
 * <p>Everything is validated at load time, and a bad line fails with
 * {@link org.hadath.util.ModelFormatException} naming file and line. Immutable and thread-safe;
 * {@link #defaults()} loads the project's files once per JVM.
 */
public final class ActorLexicon {

  /** Class-path folder of the entity models. */
  public static final String MODELS = "entities/";

  /** What a matched phrase stands for. */
  public sealed interface Entry permits ActorEntry, AnaphorEntry, NounEntry {}

  /** A full alias of an actor. */
  public record ActorEntry(Actor actor) implements Entry {}

  /** A short form that resolves to the most recently named of {@code candidates}. */
  public record AnaphorEntry(String form, ImmutableList<String> candidates) implements Entry {}

  /** A generic people noun. */
  public record NounEntry(PeopleNoun noun) implements Entry {}

  private final ImmutableMap<String, Actor> actors;
  private final PhraseMatcher<Entry> matcher;
  private final ImmutableSet<String> ofLinks;
  private final ImmutableList<AnaphorEntry> anaphors;
  private final PhraseMatcher<ActorCategory> heads;
  private final ImmutableMap<String, Actor> origins;
  private final UnitNames units;
  /** The actor a short form names with an epithet after it, by "form key + space + epithet key". */
  private final ImmutableMap<String, Actor> epithets;

  private ActorLexicon(ImmutableMap<String, Actor> actors, PhraseMatcher<Entry> matcher,
      ImmutableSet<String> ofLinks, ImmutableList<AnaphorEntry> anaphors, PhraseMatcher<ActorCategory> heads,
      ImmutableMap<String, Actor> origins, UnitNames units, ImmutableMap<String, Actor> epithets) {
    this.actors = actors;
    this.matcher = matcher;
    this.ofLinks = ofLinks;
    this.anaphors = anaphors;
    this.heads = heads;
    this.origins = origins;
    this.units = units;
    this.epithets = epithets;
  }

  private static final class Holder {
    static final ActorLexicon DEFAULT = load(ModelFiles.packaged());
  }

  /** The project's lexicon, loaded on first use, once per JVM. */
  public static ActorLexicon defaults() {
    return Holder.DEFAULT;
  }

  /** The lexicon of {@code models}: the shared default for the packaged models, else loaded. */
  public static ActorLexicon of(ModelFiles models) {
    return models == ModelFiles.packaged() ? defaults() : load(models);
  }

  /** Loads and validates the lexicon of {@code models} (the files under {@link #MODELS}). */
  public static ActorLexicon load(ModelFiles models) {
    String actorsRes = MODELS + "actors.tsv";
    String nounsRes = MODELS + "people_nouns.tsv";
    String anaphorsRes = MODELS + "actor_anaphors.tsv";
    String functionWordsRes = MODELS + "function_words.tsv";
    ImmutableMap<String, Actor> actors = readActors(
        models.table(actorsRes, List.of("id", "name_en", "category", "affiliation",
            "aliases")));
    PhraseMatcher.Builder<Entry> b = PhraseMatcher.builder();
    Map<String, String> aliasOwner = new HashMap<>();
    for (Actor a : actors.values()) {
      for (String alias : a.aliases()) {
        b.add(alias, new ActorEntry(a));
      }
    }
    for (ModelFiles.Row r : models.table(nounsRes, List.of("form", "category",
        "number")).rows()) {
      PeopleCategory cat = r.getEnum(PeopleCategory.class, 1, "category");
      PeopleNoun.Number num = r.getEnum(PeopleNoun.Number.class, 2, "number");
      if (r.get(0).isEmpty()) {
        throw r.error("empty form");
      }
      b.add(r.get(0), new NounEntry(new PeopleNoun(r.get(0), cat, num)));
    }
    ImmutableList.Builder<AnaphorEntry> anaphors = ImmutableList.builder();
    for (ModelFiles.Row r : models.table(anaphorsRes, List.of("form", "actors"))
        .rows()) {
      ImmutableList<String> ids = ImmutableList.copyOf(r.get(1).split("\\|"));
      for (String id : ids) {
        if (!actors.containsKey(id)) {
          throw r.error("unknown actor id " + id);
        }
      }
      AnaphorEntry an = new AnaphorEntry(r.get(0), ids);
      anaphors.add(an);
      b.add(r.get(0), an);
    }
    ImmutableSet.Builder<String> links = ImmutableSet.builder();
    for (ModelFiles.Row r : models.table(functionWordsRes, List.of("form", "role"))
        .rows()) {
      if (r.get(1).equals("OF_LINK")) {
        links.add(ArabicKeys.matchKey(r.get(0)));
      }
    }
    aliasOwner.clear();
    PhraseMatcher.Builder<ActorCategory> heads = PhraseMatcher.builder();
    for (ModelFiles.Row r : models.table(MODELS + "actor_heads.tsv", List.of("form", "category")).rows()) {
      if (r.get(0).isEmpty()) {
        throw r.error("empty form");
      }
      heads.add(r.get(0), r.getEnum(ActorCategory.class, 1, "category"));
    }
    return new ActorLexicon(actors, b.build(), links.build(), anaphors.build(), heads.build(),
        readOrigins(models.table(MODELS + "actor_origins.tsv", List.of("form", "actor")), actors),
        readUnits(models.table(MODELS + "actor_units.tsv", List.of("form", "kind"))),
        readEpithets(models.table(MODELS + "actor_epithets.tsv", List.of("form", "epithets", "actor")),
            actors, anaphors.build()));
  }

  /**
   * The epithets of {@code actor_epithets.tsv}: a short form of {@code actor_anaphors.tsv}
   * followed by one of its epithets names the row's actor, one of the short form's candidates.
   */
  static ImmutableMap<String, Actor> readEpithets(ModelFiles.Table t, Map<String, Actor> actors,
      List<AnaphorEntry> anaphors) {
    Map<String, Actor> out = new LinkedHashMap<>();
    for (ModelFiles.Row r : t.rows()) {
      String form = r.get(0).trim();
      AnaphorEntry an = anaphors.stream().filter(a -> a.form().equals(form)).findFirst().orElse(null);
      if (an == null) {
        throw r.error("not a short form of actor_anaphors.tsv: '" + form + "'");
      }
      Actor a = actors.get(r.get(2));
      if (a == null || !an.candidates().contains(a.id())) {
        throw r.error("actor must be one of the short form's candidates " + an.candidates() + ": '" + r.get(2) + "'");
      }
      for (String e : r.get(1).split("\\|")) {
        if (e.isBlank() || e.trim().contains(" ")) {
          throw r.error("an epithet is one word: '" + e + "'");
        }
        out.put(ArabicKeys.matchKey(form) + " " + ArabicKeys.matchKey(e.trim()), a);
      }
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * The actor short form {@code form} (an {@link AnaphorEntry}'s form) names when the word
   * with match key {@code nextKey} follows it (النظام المجرم: the government forces), or null.
   */
  public Actor epithetActor(String form, String nextKey) {
    return epithets.get(ArabicKeys.matchKey(form) + " " + nextKey);
  }

  /** The unit nouns, ordinals and teens of {@code actor_units.tsv}. */
  static UnitNames readUnits(ModelFiles.Table t) {
    PhraseMatcher.Builder<Boolean> units = PhraseMatcher.builder();
    ImmutableSet.Builder<String> ordinals = ImmutableSet.builder();
    ImmutableSet.Builder<String> teens = ImmutableSet.builder();
    for (ModelFiles.Row r : t.rows()) {
      String form = r.get(0).trim();
      if (form.isEmpty()) {
        throw r.error("empty form");
      }
      switch (r.get(1)) {
        case "UNIT" -> units.add(form, Boolean.TRUE);
        case "ORDINAL" -> ordinals.add(ArabicKeys.matchKey(form));
        case "TEEN" -> teens.add(ArabicKeys.matchKey(form));
        default -> throw r.error("kind must be UNIT, ORDINAL or TEEN: '" + r.get(1) + "'");
      }
    }
    return new UnitNames(units.build(), ordinals.build(), teens.build());
  }

  /** The nisba adjectives and country names of {@code actor_origins.tsv}, by match key (with ال). */
  static ImmutableMap<String, Actor> readOrigins(ModelFiles.Table t, Map<String, Actor> actors) {
    Map<String, Actor> out = new LinkedHashMap<>();
    for (ModelFiles.Row r : t.rows()) {
      String form = r.get(0).trim();
      if (form.isEmpty() || form.contains(" ")) {
        throw r.error("form must be one word: '" + form + "'");
      }
      Actor a = actors.get(r.get(1));
      if (a == null) {
        throw r.error("unknown actor id " + r.get(1));
      }
      String key = ArabicKeys.matchKey(form);
      for (String k : List.of(key, ArabicGrammar.ARTICLE + key)) {
        Actor before = out.putIfAbsent(k, a);
        if (before != null && before != a) {
          throw r.error("form " + form + " already stands for " + before.id());
        }
      }
    }
    return ImmutableMap.copyOf(out);
  }

  /** Parses and validates the actor table (exposed for tests of malformed files). */
  public static ImmutableMap<String, Actor> readActors(ModelFiles.Table t) {
    Map<String, Actor> byId = new LinkedHashMap<>();
    Map<String, ModelFiles.Row> rowOf = new HashMap<>();
    Map<String, String> aliasOwner = new HashMap<>();
    for (ModelFiles.Row r : t.rows()) {
      String id = r.get(0);
      if (id.isEmpty()) {
        throw r.error("empty id");
      }
      if (byId.containsKey(id)) {
        throw r.error("duplicate id " + id + " (first on line " + rowOf.get(id).line() + ")");
      }
      ActorCategory cat = r.getEnum(ActorCategory.class, 2, "category");
      ImmutableList.Builder<String> aliases = ImmutableList.builder();
      for (String alias : r.get(4).split("\\|")) {
        String a = alias.trim();
        if (a.isEmpty()) {
          continue;
        }
        String key = PhraseMatcher.compactKey(a);
        String other = aliasOwner.putIfAbsent(key, id);
        if (other != null && !other.equals(id)) {
          throw r.error("alias " + a + " already belongs to " + other);
        }
        aliases.add(a);
      }
      String aff = r.get(3).isEmpty() ? null : r.get(3);
      byId.put(id, new Actor(id, r.get(1), cat, aff, aliases.build()));
      rowOf.put(id, r);
    }
    // Affiliations may point forward in the file, so they are checked once all ids are known.
    for (Actor a : byId.values()) {
      if (a.affiliation() != null && !byId.containsKey(a.affiliation())) {
        throw rowOf.get(a.id()).error("unknown affiliation id " + a.affiliation());
      }
      if (a.aliases().isEmpty()) {
        throw rowOf.get(a.id()).error("actor " + a.id() + " has no alias");
      }
    }
    return ImmutableMap.copyOf(byId);
  }

  /** All actors by id, in file order. */
  public ImmutableMap<String, Actor> actors() {
    return actors;
  }

  /** The actor with {@code id}, or null. */
  public Actor actor(String id) {
    return actors.get(id);
  }

  /** The compiled phrase matcher over aliases, short forms and people nouns. */
  public PhraseMatcher<Entry> matcher() {
    return matcher;
  }

  /**
   * The short forms that resolve to an earlier named actor (التنظيم، المرصد), with their
   * candidates: what makes one sentence's actors depend on earlier sentences.
   */
  public ImmutableList<AnaphorEntry> anaphors() {
    return anaphors;
  }

  /**
   * The head nouns that introduce a name in quotes or brackets (قناة “…”، غرفة عمليات "…"),
   * with the category such a name gets: {@code actor_heads.tsv}.
   */
  public PhraseMatcher<ActorCategory> heads() {
    return heads;
  }

  /**
   * The forces a nisba adjective or country name stands for when it fills an actor's role
   * (روسية، التركي، إسرائيل → their forces), by the word's match key; null if none.
   */
  public Actor originOf(String key) {
    return origins.get(key);
  }

  /** The finder of numbered units no entry holds (الفوج 47): {@code actor_units.tsv}. */
  public UnitNames units() {
    return units;
  }

  /** True when {@code key} links a people noun to its group (من). */
  public boolean isOfLink(String key) {
    return ofLinks.contains(key);
  }
}
