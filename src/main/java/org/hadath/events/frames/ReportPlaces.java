package org.hadath.events.frames;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.RangeSet;
import java.util.List;
import org.hadath.entities.places.PlaceMention;
import org.hadath.entities.places.PlaceType;
import org.hadath.events.EventFrame;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.sentence.SentenceView;

/**
 * The places a report names, tied to no event: what an incident builder can still read from a
 * report in which no frame passed the filters (a raid, a funeral notice, a post whose verb the
 * rules do not know), to find the record it belongs to. Every place mention of the sentences
 * the pipeline analysed, in text order, outside page furniture, never a country nor a bare
 * countryside (الريف الغربي). Each is a LOCATION argument whose rule is {@link #RULE}, so that
 * no reader takes it for a frame's argument; frames are not touched. Low confidence by nature:
 * a place named in a report is not the place of its incident.
 */
public final class ReportPlaces {
  /** The rule name of a report-level place. */
  public static final String RULE = "place:report";
  /** The most places kept for one report: the headline and lead name the incident's place. */
  static final int MAX_PLACES = 24;

  private ReportPlaces() {}

  /** The report's places, in text order (at most {@value #MAX_PLACES}). */
  public static ImmutableList<EventFrame.Argument> of(List<SentenceView> views, RangeSet<Integer> furniture) {
    ImmutableList.Builder<EventFrame.Argument> out = ImmutableList.builder();
    int n = 0;
    for (SentenceView v : views) {
      for (PlaceMention p : v.places()) {
        if (n >= MAX_PLACES) {
          return out.build();
        }
        if (p.placeType() == PlaceType.COUNTRY || p.isRelative() || furniture.contains(p.begin())) {
          continue;
        }
        String gov = p.governorate() != null ? p.governorate()
            : p.container() != null ? p.container().governorate() : null;
        out.add(new EventFrame.Argument(Role.LOCATION, Span.of(v.text(), p.begin(), p.end()),
            Span.of(v.text(), p.headBegin(), p.headEnd()), null, null, p.placeId(), gov, p.country(),
            p.lat(), p.lon(), null, RULE));
        n++;
      }
    }
    return out.build();
  }
}
