package org.hadath.incidents;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hadath.entities.places.Place;
import org.hadath.entities.places.PlaceGazetteer;
import org.hadath.entities.places.PlaceType;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.Role;

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
   * The village {@code f} writes inside a target when its own places go no finer than a town
   * heading an area (محيط قرية الكندة بريف جسر الشغور: الكندة), written inside that town
   * ({@link IncidentPlace#within()}); null when the frame names a finer place of its own, no
   * such town, or no village inside a target. The frame's place stays the town, which other
   * reports of the strike name too; the village is only what the record reports
   * ({@link RecordPlace}). A village the gazetteer places farther from the town than
   * {@link VillageOfSeat#MAX_KM} is another story of a list.
   */
  static IncidentPlace spot(EventFrame f, List<Argument> reportPlaces) {
    IncidentPlace seat = null;
    List<Argument> inner = new ArrayList<>();
    for (Argument a : f.arguments()) {
      if (a.role() != Role.LOCATION && a.role() != Role.TARGET || a.actorId() != null) {
        continue;
      }
      IncidentPlace p = IncidentPlace.of(a);
      if (p != null && !p.coarse()) {
        if (!VillageOfSeat.seat(p)) {
          return null;
        }
        seat = seat == null ? p : seat;
      }
      inner.addAll(inside(a, reportPlaces));
    }
    if (seat == null) {
      return null;
    }
    for (Argument r : inner) {
      IncidentPlace v = IncidentPlace.of(r);
      if (v != null && !v.identity().equals(seat.identity()) && !VillageOfSeat.seat(v)
          && !(v.hasCoordinates() && seat.hasCoordinates() && v.kmTo(seat) > VillageOfSeat.MAX_KM)) {
        return v.withWithin(seat);
      }
    }
    return null;
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
