package org.hadath.events.arguments;

import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;

/**
 * The guide's LOCATION beside a place TARGET: when a strike hits a named place (قصفت قرية X
 * بريف Y، استهدف قرية X جنوب مدينة Y), the wider place the text puts it in is the LOCATION.
 * The wider place follows the target directly, after at most a preposition, a comma or a
 * participle (الواقعة في), and is introduced by في/ب or a direction word.
 */
public final class TargetContainers {
  /** At most this many tokens between the target place and its container. */
  public static final int MAX_GAP = 3;
  /** The rule name the added arguments carry. */
  public static final String RULE = "place:container-of-target";

  private final WordClasses words;
  private final PlaceRoles roles;

  public TargetContainers(WordClasses words, PlaceRoles roles) {
    this.words = words;
    this.roles = roles;
  }

  /** Adds the container of a place TARGET as LOCATION to {@code out} when it has no LOCATION. */
  public void add(SentenceView v, List<Candidate> out) {
    if (out.stream().anyMatch(c -> c.role() == Role.LOCATION)) {
      return;
    }
    List<Candidate> added = new ArrayList<>();
    for (Candidate c : out) {
      PlaceMention target = c.role() == Role.TARGET ? lastPlaceIn(v, c) : null;
      if (target == null) {
        continue;
      }
      PlaceMention q = containerAfter(v, target);
      if (q != null && out.stream().noneMatch(o -> o.span().overlaps(span(v, q)))) {
        int h = org.hadath.events.sentence.Trees.mentionHead(v, q.tokenBegin(), q.tokenEnd());
        added.add(ArgumentSpans.candidate(v, Role.LOCATION, h,
            ArgumentSpans.mentionSpan(v, q.begin(), q.end()), RULE));
        break;
      }
    }
    out.addAll(added);
  }

  private static org.hadath.events.Span span(SentenceView v, PlaceMention p) {
    return org.hadath.events.Span.of(v.text(), p.begin(), p.end());
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

  /** The place right after {@code p} that contains it, or null. */
  PlaceMention containerAfter(SentenceView v, PlaceMention p) {
    int k = p.tokenEnd();
    boolean in = false;
    for (int gap = 0; gap <= MAX_GAP && k < v.size(); gap++, k++) {
      PlaceMention q = v.placeAt(k);
      if (q != null && q != p && q.tokenBegin() == k) {
        String glued = roles.gluedPreposition(v, q);
        boolean wider = in || q.direction() != null || glued.equals("ب")
            || words.isA(v.caseOf(k), WordClass.IN);
        return wider ? q : null;
      }
      String tag = v.tag(k);
      if (words.isA(v.key(k), WordClass.IN)) {
        in = true;
      } else if (!(v.key(k).equals("،") || v.key(k).equals(",") || tag.equals("IN")
          || tag.endsWith("JJ") || tag.equals("VN"))) {
        return null;
      }
    }
    return null;
  }
}
