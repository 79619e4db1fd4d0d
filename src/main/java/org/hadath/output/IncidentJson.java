package org.hadath.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.hadath.events.CasualtyKind;
import org.hadath.incidents.CasualtyRange;
import org.hadath.incidents.Incident;
import org.hadath.incidents.IncidentPlace;
import org.hadath.incidents.Mention;

/**
 * Incident records as JSON: {@code {"incidents": [{"id", "type", "date", "date_range",
 * "partial_date" (only for an undated record whose reports share a day written without its year:
 * {@code XXXX-01-11}),
 * "place": {text, place_id, governorate, lat, lon, located_by}, "actors", "killed": {min, max},
 * "injured": {min, max}, "casualties": [{kind, min, max, min_sources, max_sources}],
 * "polarity", "modality", "reports", "mentions": [{doc, event, type, begin, end}]}]}} (a report
 * that joined without a frame has the mention {@code {doc, "event": null, "level": "report"}}), the
 * shape {@code ../shared/incidents/score.py} reads. An unknown village's coordinates are those
 * of the town a report wrote it inside, named by {@code located_by} (absent when the place
 * has its own). Built with Jackson; thread-safe.
 */
public final class IncidentJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private IncidentJson() {}

  /** The records as a JSON tree. */
  public static ObjectNode toJson(List<Incident> incidents) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode arr = root.putArray("incidents");
    incidents.forEach(i -> arr.add(toJson(i)));
    return root;
  }

  /** One record as a JSON object. */
  public static ObjectNode toJson(Incident i) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", i.id());
    n.put("type", i.notesOnly() ? null : i.type().name()); // reports without frames: no type
    n.put("date", i.day() == null ? null : i.day().toString());
    n.put("date_range", i.dates() == null ? null : i.dates().toString());
    if (i.partialDay() != null) {
      // a day written without its year, TimeML's XXXX-01-11 as extract's document_date: never a
      // full date, so "date" stays null
      n.put("partial_date", i.dayText());
    }
    IncidentPlace p = i.place();
    if (p == null) {
      n.putNull("place");
    } else {
      ObjectNode pn = n.putObject("place");
      pn.put("text", p.text());
      pn.put("place_id", p.placeId());
      pn.put("governorate", p.governorate());
      IncidentPlace at = p.located();
      pn.put("lat", at == null ? null : at.lat());
      pn.put("lon", at == null ? null : at.lon());
      if (at != null && at != p) {
        // an unknown village placed at the town a report wrote it inside
        pn.put("located_by", at.text());
      }
    }
    ArrayNode actors = n.putArray("actors");
    i.actors().forEach(actors::add);
    range(n, "killed", i.casualties(CasualtyKind.KILLED));
    range(n, "injured", i.casualties(CasualtyKind.INJURED));
    ArrayNode cas = n.putArray("casualties");
    for (CasualtyRange r : i.casualties().values()) {
      ObjectNode c = cas.addObject();
      c.put("kind", r.kind().name());
      c.put("min", r.low());
      c.put("max", r.high());
      r.lowSources().forEach(c.putArray("min_sources")::add);
      r.highSources().forEach(c.putArray("max_sources")::add);
    }
    n.put("polarity", i.notesOnly() ? null : i.polarity().name());
    n.put("modality", i.notesOnly() ? null : i.modality().name());
    ArrayNode reports = n.putArray("reports");
    i.reports().forEach(reports::add);
    ArrayNode ms = n.putArray("mentions");
    for (Mention m : i.mentions()) {
      ObjectNode mn = ms.addObject();
      mn.put("doc", m.doc());
      if (m.reportLevel()) {
        // a report without frames that joined the record by its date and places (ReportNote)
        mn.putNull("event");
        mn.put("level", "report");
        continue;
      }
      mn.put("event", m.event());
      mn.put("type", m.type().name());
      mn.put("begin", m.begin());
      mn.put("end", m.end());
    }
    return n;
  }

  private static void range(ObjectNode n, String field, CasualtyRange r) {
    if (r == null) {
      n.putNull(field);
    } else {
      ObjectNode k = n.putObject(field);
      k.put("min", r.low());
      k.put("max", r.high());
    }
  }

  /** The records as pretty-printed JSON. */
  public static String write(List<Incident> incidents) {
    try {
      return PRETTY.writeValueAsString(toJson(incidents));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
