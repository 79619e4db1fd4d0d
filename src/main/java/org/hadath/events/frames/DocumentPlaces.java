package org.hadath.events.frames;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.RangeSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hadath.entities.places.PlaceMention;
import org.hadath.entities.places.PlaceType;
import org.hadath.events.EventFrame;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.PlaceChains;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;

/**
 * The document's own place, for strikes and bombings whose sentence names no place: a
 * post or a short report often names its place once, in a dateline (إدلب – …، حلب: …) or a
 * headline, and tells the strike without it (استشهد طفلان بقصف مدفعي). The document place is
 * the first dateline's place, else the place the document names most often (the earliest
 * on a tie), among the sentences that hold frames, outside page furniture and never a country;
 * when the document puts an unresolved village or quarter inside that place (قرية X شمالي Y),
 * the first such one stands for it. The argument is a LOCATION whose
 * rule is {@link #RULE}, so that a reader can tell it from a place of the frame's own
 * sentence; its offsets are those of the mention it comes from.
 */
public final class DocumentPlaces {
  /** The rule name of a document-level place argument. */
  public static final String RULE = "place:document";

  private DocumentPlaces() {}

  /** Adds the document place to each placeless strike or bombing of {@code frames} (by sentence). */
  public static void fill(List<SentenceView> views, List<List<EventFrame>> frames,
      RangeSet<Integer> furniture) {
    SentenceView home = null;
    PlaceMention place = null;
    Map<String, Integer> counts = new HashMap<>();
    for (int s = 0; s < views.size(); s++) {
      SentenceView v = views.get(s);
      // only sentences with frames: every route parses and annotates those alike
      for (PlaceMention p : frames.get(s).isEmpty() ? List.<PlaceMention>of() : v.places()) {
        if (p.placeType() == PlaceType.COUNTRY || p.isRelative() || furniture.contains(p.begin())) {
          continue;
        }
        if (PlaceChains.isDateline(v, p)) {
          fillInner(views, frames, furniture, v, p);
          return;
        }
        counts.merge(key(p), 1, Integer::sum);
      }
    }
    int best = 0;
    for (int s = 0; s < views.size(); s++) {
      SentenceView v = views.get(s);
      for (PlaceMention p : frames.get(s).isEmpty() ? List.<PlaceMention>of() : v.places()) {
        Integer n = counts.get(key(p));
        if (n != null && n > best && !furniture.contains(p.begin())) {
          best = n;
          home = v;
          place = p;
        }
      }
    }
    if (place != null) {
      fillInner(views, frames, furniture, home, place);
    }
  }

  /**
   * Fills with the first place the document puts inside {@code place} (قرية X شمالي Y,
   * حي X الواقع شرق مدينة Y), else with {@code place} itself: the city or district a report
   * names most is usually the container of the village or quarter that was hit.
   */
  private static void fillInner(List<SentenceView> views, List<List<EventFrame>> frames,
      RangeSet<Integer> furniture, SentenceView home, PlaceMention place) {
    for (int s = 0; s < views.size() && place.placeId() != null; s++) {
      SentenceView v = views.get(s);
      for (PlaceMention p : frames.get(s).isEmpty() ? List.<PlaceMention>of() : v.places()) {
        if (inside(p, place) && !furniture.contains(p.begin())) {
          fillAll(views, frames, v, p);
          return;
        }
      }
    }
    fillAll(views, frames, home, place);
  }

  /** Whether the text puts the unresolved {@code inner} in the resolved {@code outer}. */
  static boolean inside(PlaceMention inner, PlaceMention outer) {
    return inner.placeId() == null && inner.container() != null
        && inner.container().id().equals(outer.placeId());
  }

  private static String key(PlaceMention p) {
    return p.placeId() != null ? p.placeId() : p.headText();
  }

  private static void fillAll(List<SentenceView> views, List<List<EventFrame>> frames,
      SentenceView home, PlaceMention p) {
    int h = Trees.mentionHead(home, p.tokenBegin(), p.tokenEnd());
    Candidate c = new Candidate(Role.LOCATION, h, Span.of(home.text(), p.begin(), p.end()),
        Span.of(home.text(), p.headBegin(), p.headEnd()), RULE);
    EventFrame.Argument arg = ArgumentResolver.resolve(home, c);
    for (int s = 0; s < frames.size(); s++) {
      if (!views.get(s).places().isEmpty()) {
        continue; // a sentence that names places of its own is not told without one
      }
      frames.set(s, frames.get(s).stream().map(f -> placeless(f) ? with(f, arg) : f).toList());
    }
  }

  /** A strike or bombing with no LOCATION, TARGET, ORIGIN or DESTINATION. */
  static boolean placeless(EventFrame f) {
    return (f.type() == EventType.STRIKE || f.type() == EventType.BOMBING) && !f.namesPlace();
  }

  private static EventFrame with(EventFrame f, EventFrame.Argument a) {
    return f.withArguments(ImmutableList.<EventFrame.Argument>builder().addAll(f.arguments()).add(a).build());
  }
}
