package org.hadath.entities.places;

import java.util.ArrayList;
import java.util.List;
import edu.stanford.nlp.util.CoreMap;
import org.hadath.entities.EntityAnnotations;

/**
 * The token ranges of the named actors already marked on a sentence (when the actor annotator
 * ran first): a country inside an actor's name (قوات سورية الديمقراطية) is not a place mention.
 */
final class ActorSpans {
  private final List<int[]> ranges;

  private ActorSpans(List<int[]> ranges) {
    this.ranges = ranges;
  }

  /** The actor names of {@code sentence} (none when the actor layer did not run). */
  static ActorSpans of(CoreMap sentence) {
    List<EntityAnnotations.TokenRange> names =
        sentence.get(EntityAnnotations.ActorNameRangesAnnotation.class);
    List<int[]> out = new ArrayList<>();
    if (names != null) {
      for (EntityAnnotations.TokenRange r : names) {
        out.add(new int[] {r.begin(), r.end()});
      }
    }
    return new ActorSpans(out);
  }

  /** Whether tokens [from, to) lie inside one actor name. */
  boolean covers(int from, int to) {
    for (int[] a : ranges) {
      if (a[0] <= from && to <= a[1]) {
        return true;
      }
    }
    return false;
  }
}
