package org.hadath.incidents;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hadath.entities.places.Place;
import org.hadath.entities.places.PlaceGazetteer;
import org.hadath.entities.places.PlaceType;
import org.hadath.events.EventFrame.Argument;

/**
 * The places a report names inside a frame's argument whose own head is no place. The argument
 * rules head a target on its first noun (محيط قرية X بريف Y، أطراف بلدة X), so the village the
 * strike hit sits inside the span while the frame's head reads only محيط; the place layer has
 * read the village all the same, among the report's places ({@code report_places}).
 */
final class InnerPlaces {

  private InnerPlaces() {}

  /**
   * The report's places ({@code reportPlaces}) written inside {@code a}'s span that name a
   * place, in the report's order; empty when {@code a}'s own head is a place the incident layer
   * can compare, since then the argument has said where it is.
   */
  static List<Argument> inside(Argument a, List<Argument> reportPlaces) {
    List<Argument> out = new ArrayList<>();
    if (IncidentPlace.of(a) != null) {
      return out;
    }
    for (Argument r : reportPlaces) {
      if (r.span().begin() >= a.span().begin() && r.span().end() <= a.span().end() && pointLike(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * True for a place of one spot: a village no gazetteer knows, read after its cue (قرية
   * الكندة), or a gazetteer town, village, camp, quarter or facility. A city, district or area
   * inside such an argument is where the spot lies (قرى مقاطعة منبج، الريف الغربي لمدينة
   * منبج), not the spot, and would pull the frame away from the village its report names.
   */
  private static boolean pointLike(Argument r) {
    IncidentPlace p = IncidentPlace.of(r);
    if (p == null || p.coarse()) {
      return false;
    }
    Place g = p.placeId() == null ? null : PlaceGazetteer.defaults().place(p.placeId());
    return p.placeId() == null || g != null && POINTS.contains(g.type());
  }

  private static final Set<PlaceType> POINTS = EnumSet.of(PlaceType.TOWN, PlaceType.VILLAGE, PlaceType.CAMP,
      PlaceType.NEIGHBOURHOOD, PlaceType.DAM, PlaceType.AIRPORT, PlaceType.BASE, PlaceType.CROSSING, PlaceType.OILFIELD);
}
