package org.hadath.events.arguments;

import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.sentence.SentenceView;
import org.hadath.normalize.ArabicGrammar;

/**
 * Tidies the place arguments of one mention after every mechanism has run: one argument per
 * place mention (a name the segmenter split, قرية ك+دورة, is one place), TARGET over
 * LOCATION for the same words (the guide: what a strike acts on is its TARGET), the places
 * of one list share their role (قصف على بلدتي X وY، قرى X وY وZ: every one is a TARGET), and
 * a place inside a wider place argument (أطراف بلدة X) is not a second argument.
 */
public final class PlaceArguments {

  private PlaceArguments() {}

  /** Rewrites {@code out} in place; other arguments keep their order. */
  public static void tidy(SentenceView v, List<Candidate> out) {
    out.replaceAll(c -> repairSpan(v, c));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : out) {
      PlaceMention pm = place(v, c);
      int dup = -1;
      for (int k = 0; k < kept.size(); k++) {
        Candidate o = kept.get(k);
        boolean samePlace = pm != null && pm == place(v, o);
        boolean sameWords = o.span().begin() == c.span().begin() && o.span().end() == c.span().end();
        if ((samePlace || sameWords) && (o.role() == c.role() || isPlaceRole(o.role()) && isPlaceRole(c.role()))) {
          dup = k;
          break;
        }
      }
      if (dup < 0) {
        kept.add(c);
      } else if (kept.get(dup).role() == Role.LOCATION && c.role() == Role.TARGET) {
        kept.set(dup, withRole(kept.get(dup), Role.TARGET));
      }
    }
    // أطراف بلدة X، محيط قرية Y: the place right after the head of a wider place argument is
    // part of it, not a second one
    kept.removeIf(c -> place(v, c) != null && kept.stream().anyMatch(o -> o != c
        && isPlaceRole(o.role()) && isPlaceRole(c.role()) && place(v, o) == null
        && place(v, c).tokenBegin() == o.head() + 1 && !ownPreposition(v, place(v, c))
        && o.span().begin() <= c.span().begin() && c.span().end() <= o.span().end()));
    // a list of places shares the role of its first member
    for (int k = 0; k < kept.size(); k++) {
      Candidate c = kept.get(k);
      PlaceMention pm = place(v, c) != null ? place(v, c) : placeEnding(v, c);
      if (pm == null || !isPlaceRole(c.role()) || appended(v, pm)) {
        continue;
      }
      for (PlaceMention next = sibling(v, pm); next != null; next = sibling(v, next)) {
        int at = indexOf(v, kept, next);
        if (at >= 0 && at != k && isPlaceRole(kept.get(at).role())) {
          kept.set(at, withRole(kept.get(at), c.role()));
        } else if (at < 0) {
          int h = next.tokenBegin();
          kept.add(new Candidate(c.role(), h, Span.of(v.text(), next.begin(), next.end()),
              Span.of(v.text(), next.headBegin(), next.headEnd()), c.rule() + "+place-list"));
        }
      }
    }
    // a place inside another argument of its role (TARGET محاور تلال الخضر, TARGET الخضر) is
    // part of it
    kept.removeIf(c -> isPlaceRole(c.role()) && place(v, c) != null && kept.stream().anyMatch(
        o -> o != c && o.role() == c.role() && o.span().begin() <= c.span().begin()
            && c.span().end() <= o.span().end() && o.span().end() - o.span().begin() > c.span().end() - c.span().begin()));
    out.clear();
    out.addAll(kept);
  }

  /**
   * بلدة X شمال Y، وقريتا Z وW: a place right after another (its container) closes that place's
   * phrase; a list after it continues the list before it, not the container's.
   */
  private static boolean appended(SentenceView v, PlaceMention p) {
    return p.tokenBegin() > 0 && v.placeAt(p.tokenBegin() - 1) != null
        && v.placeAt(p.tokenBegin() - 1) != p;
  }

  /** بلدات بريفي X، مواقع في قرية Y: the place has a preposition of its own (glued or not). */
  private static boolean ownPreposition(SentenceView v, PlaceMention p) {
    return v.begin(p.tokenBegin()) < p.begin() || !v.caseOf(p.tokenBegin()).isEmpty();
  }

  /**
   * أطراف قريتي X وY: the place a wider argument ends with, right after its head and with no
   * preposition of its own (بلدات بريفي X is a target in a wider place, not its list).
   */
  private static PlaceMention placeEnding(SentenceView v, Candidate c) {
    for (PlaceMention p : v.places()) {
      if (p.end() == c.span().end() && p.begin() > c.span().begin() && p.tokenBegin() == c.head() + 1
          && !ownPreposition(v, p)) {
        return p;
      }
    }
    return null;
  }

  /**
   * A span the tree cut inside a place name (محيط قرية دير for محيط قرية دير سنبل) runs to the
   * end of the name; an instrument's span that ran on into a place after it (قذائف المدفعية
   * قرى X) stops before the place.
   */
  static Candidate repairSpan(SentenceView v, Candidate c) {
    Span s = c.span();
    for (PlaceMention p : v.places()) {
      if (isPlaceRole(c.role()) || c.role() == Role.ORIGIN || c.role() == Role.DESTINATION) {
        if (s.begin() <= p.begin() && p.begin() < s.end() && s.end() < p.end()) {
          return new Candidate(c.role(), c.head(), Span.of(v.text(), s.begin(), p.end()),
              c.headSpan(), c.rule());
        }
      } else if (c.role() == Role.INSTRUMENT && p.tokenBegin() > c.head() && p.tokenBegin() > 0
          && s.begin() < p.begin() && p.begin() < s.end()) {
        int end = v.end(p.tokenBegin() - 1);
        if (end > s.begin() && end >= c.headSpan().end()) {
          return new Candidate(c.role(), c.head(), Span.of(v.text(), s.begin(), end), c.headSpan(),
              c.rule());
        }
      }
    }
    return c;
  }

  private static boolean isPlaceRole(Role r) {
    return r == Role.TARGET || r == Role.LOCATION;
  }

  private static Candidate withRole(Candidate c, Role r) {
    return new Candidate(r, c.head(), c.span(), c.headSpan(), c.rule());
  }

  /** The place mention holding the candidate's head token, or null. */
  private static PlaceMention place(SentenceView v, Candidate c) {
    return c.head() >= 0 && c.head() < v.size() ? v.placeAt(c.head()) : null;
  }

  private static int indexOf(SentenceView v, List<Candidate> l, PlaceMention pm) {
    for (int k = 0; k < l.size(); k++) {
      if (place(v, l.get(k)) == pm) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The place right after {@code pm} (and its closing quote) joined to it by و, a comma or both
   * (، وقرية X), or null.
   */
  static PlaceMention sibling(SentenceView v, PlaceMention pm) {
    int j = pm.tokenEnd();
    if (j < v.size() && v.end(j) - v.begin(j) == 1
        && org.hadath.events.sentence.Punctuation.isQuote(v.text().charAt(v.begin(j)))) {
      j++; // قرية "X"، وقرية Y: the closing quote of a quoted name
    }
    if (j + 1 >= v.size() || !isJoin(v, j)) {
      return null;
    }
    if (j + 2 < v.size() && isJoin(v, j + 1) && !v.key(j + 1).equals(v.key(j))) {
      j++;
    }
    PlaceMention next = v.placeAt(j + 1);
    return next != null && next != pm && next.tokenBegin() == j + 1 ? next : null;
  }

  private static boolean isJoin(SentenceView v, int j) {
    return v.tag(j).equals("CC") || ArabicGrammar.isComma(v.key(j));
  }
}
