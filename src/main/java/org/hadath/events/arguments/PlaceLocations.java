package org.hadath.events.arguments;

import java.util.List;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;

/**
 * A place the strike did not act on is where it happened (GUIDE.md: "a place in a في X / بـX
 * phrase is LOCATION"): a TARGET that is a front line (على محور قرية X), a place with a compass qualifier (بقصف غربي حماة،
 * على بلدات X وY جنوب إدلب، غارات على محاور X بالريف الشمالي) or a place after في/ب becomes
 * the LOCATION. A compass place right after a place the mention already has as LOCATION
 * (قرية X شمالي Y) is that place's container, and the guide wants the most specific one:
 * it is dropped, as is any LOCATION that contains another LOCATION of the mention (داخل
 * بلدة X بريف Y). When the tree gave the compass place alone (قصفوا قرية X شرق مدينة Y with
 * the object on شرق), the place before it is recovered: the TARGET, or after في the LOCATION. A dateline's place is no argument of the sentence's events.
 */
public final class PlaceLocations {
  /** The rule name of a specific place recovered before a compass place. */
  public static final String RULE = "place:before-compass";

  private final PlaceChains chains;

  public PlaceLocations(PlaceChains chains) {
    this.chains = chains;
  }

  /** Rewrites the place TARGETs of {@code out} that name where, not what. */
  public void apply(SentenceView v, List<Candidate> out) {
    // a dateline (حلب:: تعرضت قرية X …) names where the report comes from, not a place of
    // the event: the parser may still hang it on the verb
    out.removeIf(c -> (c.role() == Role.TARGET || c.role() == Role.LOCATION) && placeOf(v, c) != null
        && PlaceChains.isDateline(v, placeOf(v, c)));
    for (int k = out.size() - 1; k >= 0; k--) {
      Candidate c = out.get(k);
      PlaceMention p = c.role() == Role.TARGET ? placeOf(v, c) : null;
      if (p == null || !(p.direction() != null || chains.introducedByIn(v, p)
          || p.placeType() == org.hadath.entities.places.PlaceType.FRONT)) {
        continue;
      }
      PlaceMention inner = p.direction() == null ? null : chains.containedBefore(v, p);
      if (inner != null && out.stream().anyMatch(o -> o.role() == Role.LOCATION
          && placeOf(v, o) == inner)) {
        out.remove(k);
      } else {
        out.set(k, new Candidate(Role.LOCATION, c.head(), c.span(), c.headSpan(), c.rule()));
        if (inner != null && out.stream().noneMatch(o -> names(o, inner))) {
          // قصفوا قرية X شرق مدينة Y: the tree hung the object on the compass place; the
          // village before it is what the strike hit (after في, where it happened instead)
          PlaceMention first = chains.listHead(v, inner);
          int h = Trees.mentionHead(v, first.tokenBegin(), first.tokenEnd());
          Span s = ArgumentSpans.mentionSpan(v, first.begin(), first.end());
          if (chains.introducedByIn(v, first)) {
            out.set(k, ArgumentSpans.candidate(v, Role.LOCATION, h, s, RULE));
          } else {
            out.add(ArgumentSpans.candidate(v, Role.TARGET, h, s, RULE));
          }
        }
      }
    }
    // في بلدة X بريف Y: when both are LOCATIONs, the guide keeps the most specific one
    out.removeIf(c -> c.role() == Role.LOCATION && placeOf(v, c) != null && out.stream().anyMatch(
        o -> o != c && o.role() == Role.LOCATION && placeOf(v, o) != null
            && chains.containerAfter(v, placeOf(v, o)) == placeOf(v, c)));
  }

  /** Whether candidate {@code c}'s head lies in place {@code p}. */
  private static boolean names(Candidate c, PlaceMention p) {
    return c.head() >= p.tokenBegin() && c.head() < p.tokenEnd();
  }

  /** The place mention the candidate is (its head in it, its words within it), or null. */
  private static PlaceMention placeOf(SentenceView v, Candidate c) {
    PlaceMention p = c.head() >= 0 && c.head() < v.size() ? v.placeAt(c.head()) : null;
    return p != null && c.span().begin() >= p.begin() && c.span().end() <= p.end() ? p : null;
  }
}
