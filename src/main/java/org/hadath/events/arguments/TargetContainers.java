package org.hadath.events.arguments;

import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.Role;
import org.hadath.events.sentence.SentenceView;

/**
 * The guide's LOCATION beside a TARGET: when a strike hits a named place (قصفت قرية X بريف Y،
 * استهدف قرية X جنوب مدينة Y), the wider place the text puts it in
 * ({@link PlaceChains#containerAfter}) is the LOCATION; when it hits a thing in a place
 * (استهدف مواقع لقسد في قرية X), the place inside the target's words after في/ب is.
 */
public final class TargetContainers {
  /** The rule name the added arguments carry. */
  public static final String RULE = "place:container-of-target";

  private final PlaceChains chains;

  public TargetContainers(PlaceChains chains) {
    this.chains = chains;
  }

  /** Adds the container of a place TARGET as LOCATION to {@code out} when it has no LOCATION. */
  public void add(SentenceView v, List<Candidate> out) {
    if (out.stream().anyMatch(c -> c.role() == Role.LOCATION)) {
      return;
    }
    List<Candidate> added = new ArrayList<>();
    for (Candidate c : out) {
      if (c.role() != Role.TARGET) {
        continue;
      }
      PlaceMention q = v.placeAt(c.head()) == null ? placeInside(v, c) : null;
      if (q == null) {
        PlaceMention target = lastPlaceIn(v, c);
        // أطراف قريتي X وY في ريف Z: the container follows the list's last place
        for (PlaceMention next = target == null ? null : PlaceArguments.sibling(v, target);
            next != null; next = PlaceArguments.sibling(v, next)) {
          target = next;
        }
        q = target == null ? null : chains.containerAfter(v, target);
      }
      PlaceMention found = q;
      if (found != null && out.stream().noneMatch(o -> o != c && o.span().overlaps(span(v, found)))) {
        int h = org.hadath.events.sentence.Trees.mentionHead(v, found.tokenBegin(), found.tokenEnd());
        added.add(ArgumentSpans.candidate(v, Role.LOCATION, h,
            ArgumentSpans.mentionSpan(v, found.begin(), found.end()), RULE));
        break;
      }
    }
    out.addAll(added);
  }

  private static org.hadath.events.Span span(SentenceView v, PlaceMention p) {
    return org.hadath.events.Span.of(v.text(), p.begin(), p.end());
  }

  /** The first place after the head inside a non-place target's words, introduced by في or ب. */
  private PlaceMention placeInside(SentenceView v, Candidate c) {
    for (PlaceMention p : v.places()) {
      if (p.tokenBegin() > c.head() && c.span().begin() <= p.begin() && p.end() <= c.span().end()
          && chains.introducedByIn(v, p)) {
        return p;
      }
    }
    return null;
  }

  /** The last place mention inside the candidate's span, or null. */
  private static PlaceMention lastPlaceIn(SentenceView v, Candidate c) {
    PlaceMention last = null;
    for (PlaceMention p : v.places()) {
      if (c.span().begin() <= p.headBegin() && p.headEnd() <= c.span().end()) {
        last = p;
      }
    }
    return last;
  }
}
