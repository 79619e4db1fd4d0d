package org.hadath.events.arguments;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hadath.entities.actors.ActorMention;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.EventRules.ArgFilter;
import org.hadath.events.EventRules.ArgumentRule;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.normalize.ArabicGrammar;

/**
 * Arguments from the Semgrex rules of {@code arguments.tsv} over the dependency graph, for
 * the rules of the trigger's frame, in file order. A matched word is then read for what it
 * is: a plural pronoun gives its antecedent, a generic noun the actor named inside it
 * (فرق الهلال الأحمر), a weapon an INSTRUMENT plus its owner in the role, and a filler's
 * conjuncts the same role.
 */
public final class SemgrexArguments {
  private final WordClasses words;
  private final ArgumentKinds kinds;
  private final ArgumentSpans spans;
  private final InstrumentOwners owners;
  private final Antecedents antecedents;
  private final PlaceRoles placeRoles;

  public SemgrexArguments(WordClasses words, ArgumentKinds kinds, ArgumentSpans spans, InstrumentOwners owners,
      Antecedents antecedents, PlaceRoles placeRoles) {
    this.words = words;
    this.kinds = kinds;
    this.spans = spans;
    this.owners = owners;
    this.antecedents = antecedents;
    this.placeRoles = placeRoles;
  }

  /**
   * The matches of one rule in one sentence, as trigger token → argument tokens in match
   * order. Each pattern runs once per sentence, however many triggers it has, so the cost
   * stays linear in the sentence (a sentence with hundreds of triggers was quadratic).
   */
  private static Map<Integer, List<Integer>> matches(SentenceView v, ArgumentRule r) {
    return v.memo(r, k -> {
      Map<Integer, List<Integer>> byTrigger = new HashMap<>();
      SemgrexMatcher m = r.pattern().matcher(v.graph());
      while (m.find()) {
        IndexedWord tn = m.getNode("trigger");
        IndexedWord an = m.getNode("arg");
        if (tn != null && an != null) {
          List<Integer> l = byTrigger.computeIfAbsent(tn.index() - 1, x -> new ArrayList<>());
          if (!l.contains(an.index() - 1)) {
            l.add(an.index() - 1);
          }
        }
      }
      return byTrigger;
    });
  }

  /**
   * Adds the arguments the rules of {@code frame} find for trigger token {@code tok}; with
   * {@code mapTo} set (an absorbed word of another type's frame) their roles are mapped to
   * that type ({@link PlaceRoles#mapRole}).
   */
  public void apply(SentenceView v, int tok, String frame, EventType mapTo, List<Candidate> out,
      ClaimedTokens claimed) {
    for (ArgumentRule r : words.rules().arguments()) {
      if (!r.frames().contains("*") && !r.frames().contains(frame)) {
        continue;
      }
      // the owner of a weapon is the doer: AGENT of a strike, a side of a clash
      Role owner = frame.startsWith("STRIKE") ? Role.AGENT : frame.startsWith("CLASH") ? Role.PARTICIPANT : null;
      if (owner != null && mapTo != null) {
        owner = PlaceRoles.mapRole(owner, mapTo);
      }
      for (int h : matches(v, r).getOrDefault(tok, List.of())) {
        apply(v, r, h, mapTo, out, claimed);
        if (owner != null && r.role() == Role.INSTRUMENT) {
          ownerAsDoer(v, h, owner, r, out, claimed);
        }
      }
    }
  }

  private void apply(SentenceView v, ArgumentRule r, int h, EventType mapTo, List<Candidate> out,
      ClaimedTokens claimed) {
    if (v.tag(h).startsWith("PRP") && !claimed.isClaimed(h)) {
      int ante = antecedents.of(v, h);
      if (ante >= 0 && !claimed.isClaimed(ante) && (r.role() == Role.THEME || r.role() == Role.PARTICIPANT)) {
        claimed.claim(h);
        ActorMention am = v.actorAt(ante);
        claimed.claim(am.tokenBegin(), am.tokenEnd());
        out.add(new Candidate(r.role(), ante, ArgumentSpans.mentionSpan(v, am.begin(), am.end()),
            v.span(ante, ante + 1), r.source() + "+antecedent"));
      }
      return;
    }
    if (!claimed.isClaimed(h) && !kinds.inTime(v, h) && !kinds.passes(v, h, r.filter())
        && innerActorFills(v, h, r)) {
      // فرق الهلال الأحمر، عناصر من قسد: the actor named inside the phrase fills the role
      int inner = Idafa.innerActor(v, h);
      if (inner >= 0 && !claimed.isClaimed(inner)) {
        claimed.claim(h);
        ActorMention am = v.actorAt(inner);
        claimed.claim(am.tokenBegin(), am.tokenEnd());
        out.add(new Candidate(mapTo == null ? r.role() : PlaceRoles.mapRole(r.role(), mapTo), inner,
            ArgumentSpans.mentionSpan(v, am.begin(), am.end()), v.span(inner, inner + 1),
            r.source() + "+inner-actor"));
        return;
      }
    }
    if (claimed.isClaimed(h) || kinds.inTime(v, h) || !kinds.passes(v, h, r.filter())) {
      return;
    }
    claimed.claim(h);
    Role role = mapTo == null ? r.role() : PlaceRoles.mapRole(r.role(), mapTo);
    if ((role == Role.AGENT || role == Role.PARTICIPANT) && kinds.isInstrument(v, h)) {
      // المدفعية الفرنسية ومدفعية قسد: each weapon, and the actor that owns it
      List<Integer> weapons = new ArrayList<>(List.of(h));
      for (int c : v.children(h, "conj")) {
        if (!claimed.isClaimed(c) && kinds.isInstrument(v, c)) {
          claimed.claim(c);
          weapons.add(c);
        }
      }
      for (int w : weapons) {
        out.add(ArgumentSpans.candidate(v, Role.INSTRUMENT, w, spans.instrumentSpan(v, w), r.source() + "+instrument"));
        int owner = owners.of(v, w);
        if (owner >= 0 && !claimed.isClaimed(owner)) {
          claimed.claim(owner, owner + 1);
          out.add(ArgumentSpans.candidate(v, role, owner, ArgumentSpans.argSpan(v, owner), r.source() + "+owner"));
        }
      }
      return;
    }
    PlaceMention pm = v.placeAt(h);
    if (role == Role.TARGET && pm != null && ArabicGrammar.isBi(placeRoles.gluedPreposition(v, pm))) {
      role = Role.LOCATION; // قصفت مخيم الباغوز بريف دير الزور: the parse lost the ب
    }
    out.add(ArgumentSpans.candidate(v, role, h, ArgumentSpans.argSpan(v, h), r.source()));
    // coordinated fillers share the role (قسد وداعش، مخازن ومواقع); the parse may hang the
    // conjunct on any word of a multi-word actor (قوات النظام السوري وروسيا)
    for (int c : conjuncts(v, h)) {
      if (!claimed.isClaimed(c) && !kinds.inTime(v, c) && kinds.passes(v, c, r.filter())) {
        claimed.claim(c);
        out.add(ArgumentSpans.candidate(v, role, c, ArgumentSpans.argSpan(v, c), r.source() + "+conj"));
      }
    }
  }

  /**
   * Whether the actor named inside the phrase at {@code h} may fill rule {@code r}'s role: for
   * a doer, not when the phrase is a thing struck (قصف مواقع النظام: the regime owns the
   * positions, it does not strike them); for a side of a clash, also the owner of the positions
   * attacked (هجوم على مواقع قسد: قسد fights).
   */
  private boolean innerActorFills(SentenceView v, int h, ArgumentRule r) {
    boolean struck = words.is(v, h, WordClass.TARGET_NOUN);
    if (r.filter() == ArgFilter.ACTOR || r.filter() == ArgFilter.AGENT_LIKE) {
      return !(struck && r.role() == Role.AGENT);
    }
    return struck && r.role() == Role.PARTICIPANT && r.filter() == ArgFilter.ACTOR_OR_PEOPLE;
  }

  /**
   * هجوم بمسيرة تركية، قصف بطائرات التحالف: the actor owning an instrument is the doer in
   * {@code role} (an actor or nationality, not a country named as a place below the weapon).
   */
  private void ownerAsDoer(SentenceView v, int h, Role role, ArgumentRule r, List<Candidate> out,
      ClaimedTokens claimed) {
    if (out.stream().noneMatch(c -> c.head() == h && c.role() == Role.INSTRUMENT)) {
      return;
    }
    int owner = owners.of(v, h);
    if (owner >= 0 && !claimed.isClaimed(owner) && v.placeAt(owner) == null) {
      claimed.claim(owner, owner + 1);
      out.add(ArgumentSpans.candidate(v, role, owner, ArgumentSpans.argSpan(v, owner), r.source() + "+owner"));
    }
  }

  /** The conjuncts of {@code h}, or of any word of the actor mention over it, in token order. */
  static List<Integer> conjuncts(SentenceView v, int h) {
    ActorMention am = v.actorAt(h);
    if (am == null) {
      return v.children(h, "conj");
    }
    List<Integer> out = new ArrayList<>();
    for (int i = am.tokenBegin(); i < am.tokenEnd(); i++) {
      for (int c : v.children(i, "conj")) {
        if (c >= am.tokenEnd()) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
