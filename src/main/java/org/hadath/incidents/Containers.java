package org.hadath.incidents;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import org.hadath.events.EventFrame.Argument;

/**
 * Where a report puts a village no gazetteer places: the town heading an area it writes right
 * after the village's name (قرية X التابعة لمدينة Y، قرية X بريف Y، قرية X جنوب مدينة Y). The
 * village lies within a few kilometres of that town (ACLED's geo-precision 2, "part of a
 * region"), so a record placed at the village can give the town's coordinates
 * ({@link IncidentPlace#located()}). Only a town heading an area ({@link VillageOfSeat#seat})
 * written at most {@link #MAX_GAP} characters after the village counts: a list of villages
 * (قرى X وY) names neighbours, not containers, and a governorate's town (غربي إدلب) stands for
 * the province.
 */
final class Containers {

  private Containers() {}

  /**
   * The most characters between a village's name and the town holding it: room for a linking
   * phrase (التابعة لـ، بالجهة الشرقية لـ), not for a clause of its own.
   */
  static final int MAX_GAP = 20;

  /**
   * Every specific place of {@code reportPlaces}, once each time it is written, in text order,
   * as {@link IncidentPlace#of} reads it; a village without coordinates and without a
   * container is given the town written right after it ({@link #MAX_GAP}), when that town
   * heads an area and the gazetteer places it.
   */
  static ImmutableList<IncidentPlace> written(List<Argument> reportPlaces) {
    List<Argument> ordered = reportPlaces.stream().sorted(Comparator.comparingInt(a -> a.span().begin())).toList();
    ImmutableList.Builder<IncidentPlace> out = ImmutableList.builder();
    for (int i = 0; i < ordered.size(); i++) {
      IncidentPlace p = IncidentPlace.of(ordered.get(i));
      if (p == null || p.coarse()) {
        continue;
      }
      if (p.placeId() == null && p.located() == null && i + 1 < ordered.size()) {
        Argument next = ordered.get(i + 1);
        IncidentPlace town = IncidentPlace.of(next);
        int gap = next.span().begin() - ordered.get(i).span().end();
        if (town != null && gap >= 0 && gap <= MAX_GAP && !town.coarse() && town.hasCoordinates()
            && VillageOfSeat.seat(town) && !town.key().equals(p.key())) {
          p = p.withWithin(town);
        }
      }
      out.add(p);
    }
    return out.build();
  }
}
