package org.hadath.events.frames;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.RangeSet;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.hadath.entities.places.LinePlaces;
import org.hadath.entities.places.Place;
import org.hadath.entities.places.PlaceGazetteer;
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
 * the pipeline analysed, and the places the lines it left unanalysed name, read from their
 * words alone ({@link LinePlaces}: a raid report's body often holds no event word at all), in
 * text order, outside page furniture, never a country nor a bare countryside (الريف الغربي).
 * Each is a LOCATION argument whose rule is {@link #RULE}, so that no reader takes it for a frame's argument; frames are not touched. Low confidence by nature:
 * a place named in a report is not the place of its incident.
 */
public final class ReportPlaces {
  /** The rule name of a report-level place. */
  public static final String RULE = "place:report";
  /** The most places kept for one report: the headline and lead name the incident's place. */
  static final int MAX_PLACES = 24;

  private ReportPlaces() {}

  /** The report's places, in text order (at most {@value #MAX_PLACES}), the analysed sentences' only. */
  public static ImmutableList<EventFrame.Argument> of(List<SentenceView> views, RangeSet<Integer> furniture) {
    return of(List.of(), views, furniture, null);
  }

  /**
   * The report's places, in text order (at most {@value #MAX_PLACES}): the place mentions of
   * the analysed sentences ({@code views}), and, read by {@code gaz}, the places of the
   * sentences of {@code sentences} (the document's, index for index with {@code views}) the
   * pipeline left without tokens.
   */
  public static ImmutableList<EventFrame.Argument> of(List<CoreMap> sentences, List<SentenceView> views,
      RangeSet<Integer> furniture, PlaceGazetteer gaz) {
    ImmutableList.Builder<EventFrame.Argument> out = ImmutableList.builder();
    int n = 0;
    for (int si = 0; si < views.size(); si++) {
      SentenceView v = views.get(si);
      if (v.size() == 0 && gaz != null && si < sentences.size()) {
        for (LinePlaces.Found f : linePlaces(sentences.get(si), v.text(), gaz)) {
          if (n >= MAX_PLACES) {
            return out.build();
          }
          if (f.place() != null && f.place().type() == PlaceType.COUNTRY || furniture.contains(f.begin())) {
            continue;
          }
          out.add(argument(v.text(), f));
          n++;
        }
        continue;
      }
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

  /** The places a sentence the pipeline left without tokens names ({@link LinePlaces}). */
  private static List<LinePlaces.Found> linePlaces(CoreMap sentence, String text, PlaceGazetteer gaz) {
    Integer b = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer e = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return b == null || e == null ? List.of() : LinePlaces.of(text, b, e, gaz);
  }

  /** A report-level LOCATION argument for a place read from a line's words. */
  private static EventFrame.Argument argument(String text, LinePlaces.Found f) {
    Place p = f.place();
    return new EventFrame.Argument(Role.LOCATION, Span.of(text, f.begin(), f.end()),
        Span.of(text, f.headBegin(), f.headEnd()), null, null, p == null ? null : p.id(),
        p == null ? null : p.governorate(), p == null ? null : p.country(), p == null ? null : p.lat(),
        p == null ? null : p.lon(), null, RULE);
  }
}
