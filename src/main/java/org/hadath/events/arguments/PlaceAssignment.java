package org.hadath.events.arguments;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.triggers.Trigger;

/**
 * The place of a mention that no rule or fallback placed, chosen over the whole sentence: the
 * place mention nearest to the trigger in the dependency tree (the same clause before a
 * place a few clauses away, the village before the district it lies in), unless another
 * mention of the sentence is nearer to it in the tree (then the place is that event's), and
 * never a dateline ({@link PlaceChains#isDateline}); of a chain (قرية X بريف Y) the most
 * specific place. The
 * role comes from the place's preposition ({@link PlaceRoles#below}); a place with none, the
 * object or subject of a verb (استهدف قرية X، تعرضت بلدة X لقصف), is a strike's TARGET. A country without a preposition (حلف النظام
 * وروسيا) names an actor, not a place.
 */
public final class PlaceAssignment {
  /** A place further than this many dependency links from the trigger is not its place. */
  public static final int MAX_TREE_DISTANCE = 8;
  /** The rule name the assigned arguments carry. */
  public static final String RULE = "place:nearest-in-tree";

  private final PlaceRoles roles;
  private final PlaceChains chains;

  public PlaceAssignment(PlaceRoles roles, PlaceChains chains) {
    this.roles = roles;
    this.chains = chains;
  }

  /** Adds a place to each mention of {@code trigs} that has none in {@code args}. */
  public void assign(SentenceView v, List<Trigger> trigs, Map<Trigger, List<Candidate>> args) {
    if (v.places().isEmpty()) {
      return;
    }
    for (Trigger t : trigs) {
      List<Candidate> out = args.get(t);
      if (!takesPlace(t.rule().type()) || hasPlace(v, out)) {
        continue;
      }
      PlaceMention best = null;
      int bestHead = -1;
      int bestDist = Integer.MAX_VALUE;
      for (PlaceMention p : v.places()) {
        int h = Trees.mentionHead(v, p.tokenBegin(), p.tokenEnd());
        if (h == t.token() || inCandidate(v, out, p) || PlaceRoles.namesActor(v, h, p)
            || PlaceChains.isDateline(v, p)) {
          continue;
        }
        int d = distance(v, t, h);
        if (d > MAX_TREE_DISTANCE || nearerToOther(v, trigs, t, h, d) || roles.inOtherClause(v, t, h)) {
          continue;
        }
        if (d < bestDist || d == bestDist
            && Math.abs(h - t.token()) < Math.abs(bestHead - t.token())) {
          best = p;
          bestHead = h;
          bestDist = d;
        }
      }
      // the most specific place: قرية X before بريف Y when the tree reached Y first
      for (PlaceMention q = best == null ? null : chains.containedBefore(v, best);
          q != null && !inCandidate(v, out, q) && !PlaceChains.isDateline(v, q);
          q = chains.containedBefore(v, q)) {
        best = q;
      }
      if (best != null) { // a list's places share its first one's role (PlaceArguments)
        PlaceMention first = chains.listHead(v, best);
        best = inCandidate(v, out, first) ? best : first;
        bestHead = Trees.mentionHead(v, best.tokenBegin(), best.tokenEnd());
      }
      if (best != null) {
        Role role = role(v, t, bestHead, best);
        if (role != null) {
          out.add(ArgumentSpans.candidate(v, role, bestHead,
              ArgumentSpans.mentionSpan(v, best.begin(), best.end()), RULE));
        }
      }
    }
  }

  /** The role of place {@code p} (head {@code h}) for trigger {@code t}, or null. */
  Role role(SentenceView v, Trigger t, int h, PlaceMention p) {
    EventType type = t.rule().type();
    String prep = v.caseOf(h).isEmpty() ? roles.gluedPreposition(v, p) : v.caseOf(h);
    if (prep.isEmpty() && (v.rel(h).startsWith("obj") || v.rel(h).startsWith("nsubj"))
        && p.direction() == null && (type == EventType.STRIKE || type == EventType.BOMBING)) {
      return Role.TARGET; // استهدف قرية X، تعرضت بلدة X لقصف: what the strike acts on
    }
    return roles.below(v, type, h, p);
  }

  /** Events with a LOCATION or TARGET place: all but surrender (whose place is rarely named). */
  static boolean takesPlace(EventType type) {
    return type == EventType.STRIKE || type == EventType.BOMBING || type == EventType.CLASH;
  }

  /** Whether {@code out} already names where the event happened or what place it hit. */
  static boolean hasPlace(SentenceView v, List<Candidate> out) {
    for (Candidate c : out) {
      if (c.role() == Role.LOCATION || c.role() == Role.ORIGIN || c.role() == Role.DESTINATION) {
        return true;
      }
      if (c.role() == Role.TARGET && placeIn(v, c.span())) {
        return true;
      }
    }
    return false;
  }

  private static boolean placeIn(SentenceView v, Span s) {
    for (PlaceMention p : v.places()) {
      if (s.overlaps(new Span(p.headText(), p.headBegin(), p.headEnd()))) {
        return true;
      }
    }
    return false;
  }

  /** True when a candidate of {@code out} already has the place as its head. */
  private static boolean inCandidate(SentenceView v, List<Candidate> out, PlaceMention p) {
    for (Candidate c : out) {
      if (c.head() >= p.tokenBegin() && c.head() < p.tokenEnd()) {
        return true;
      }
    }
    return false;
  }

  /** Links from the mention's nearest word (trigger, alternative or absorbed verb) to {@code h}. */
  static int distance(SentenceView v, Trigger t, int h) {
    int d = Trees.treeDistance(v, t.token(), h);
    for (int a : t.alts()) {
      d = Math.min(d, Trees.treeDistance(v, a, h));
    }
    for (Trigger a : t.absorbed()) {
      d = Math.min(d, Trees.treeDistance(v, a.token(), h));
    }
    return d;
  }

  /** True when another mention of the sentence lies strictly nearer to token {@code h}. */
  private static boolean nearerToOther(SentenceView v, List<Trigger> trigs, Trigger t, int h, int d) {
    return nearerToOther(v, trigs, t, h, d, o -> Trees.linkedByConj(v, o.token(), t.token()));
  }

  /**
   * True when a mention of the sentence other than {@code t} (its token, alternatives and
   * those {@code exempt} names aside) lies strictly nearer to token {@code h} than
   * distance {@code d}.
   */
  static boolean nearerToOther(SentenceView v, List<Trigger> trigs, Trigger t, int h, int d,
      Predicate<Trigger> exempt) {
    for (Trigger o : trigs) {
      if (o != t && o.token() != t.token() && !t.alts().contains(o.token())
          && !exempt.test(o) && distance(v, o, h) < d) {
        return true;
      }
    }
    return false;
  }
}
