package org.hadath.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hadath.events.CasualtyKind;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.EventFrame.Quantity;
import org.hadath.events.EventType;
import org.hadath.events.FrameDate;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.Role;
import org.hadath.events.Span;

/**
 * Event frames to and from JSON in the format of the annotation guide ({@code GUIDE.md}):
 * {@code {"doc": …, "events": [{"type", "trigger": {text, begin, end}, "alt_triggers",
 * "optional", "polarity", "modality", "arguments": [{role, text, head, begin, end}],
 * "casualties": [{kind, min, max, text}], "count"}]}}, plus extra fields the guide allows
 * (claimed, sentence, trigger_norm, rule, resolved actor/place/time, approximate, offsets of
 * figures). Built with Jackson; thread-safe.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EventJson() {}

  /** The document as a JSON tree. */
  public static ObjectNode toJson(DocumentEvents doc) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("doc", doc.docId());
    ArrayNode events = root.putArray("events");
    for (EventFrame f : doc.events()) {
      ObjectNode e = toJson(f);
      // the frame's date: its TIME resolved, or the document's date marked as a fallback
      FrameDate.of(f, doc.documentDate()).ifPresent(d -> {
        ObjectNode n = e.putObject("event_date");
        n.put("value", d.value());
        n.put("source", d.source().name());
      });
      events.add(e);
    }
    ObjectNode stats = root.putObject("stats");
    stats.put("sentences", doc.sentences());
    stats.put("tokens", doc.tokens());
    ObjectNode ps = stats.putObject("parse_status");
    doc.parseStatus().forEach(ps::put);
    if (!doc.reportPlaces().isEmpty()) {
      // document level, apart from the frames: the places the report names, tied to no event
      ArrayNode rp = root.putArray("report_places");
      doc.reportPlaces().forEach(a -> rp.add(argument(a)));
    }
    if (!doc.reportPeople().isEmpty()) {
      // likewise the names of people the report gives
      ArrayNode people = root.putArray("report_people");
      for (Span p : doc.reportPeople()) {
        ObjectNode o = people.addObject();
        o.put("text", p.text());
        o.put("begin", p.begin());
        o.put("end", p.end());
      }
    }
    doc.documentDate().ifPresent(d -> {
      ObjectNode dd = root.putObject("document_date");
      dd.put("date", d.iso());
      if (!d.hasYear() && d.weekday() != null) {
        dd.put("weekday", d.weekday().name()); // a partial date's weekday is the text's, not derivable
      }
      dd.put("source", d.source().name());
      if (d.begin() >= 0) {
        dd.put("begin", d.begin());
        dd.put("end", d.end());
      }
    });
    return root;
  }

  /** One frame as a JSON object. */
  public static ObjectNode toJson(EventFrame f) {
    ObjectNode e = MAPPER.createObjectNode();
    e.put("type", f.type().name());
    e.set("trigger", span(f.trigger()));
    ArrayNode alts = e.putArray("alt_triggers");
    f.altTriggers().forEach(s -> alts.add(span(s)));
    e.put("optional", false);
    e.put("polarity", f.polarity().name());
    e.put("modality", f.modality().name());
    e.put("claimed", f.claimed());
    e.put("sentence", f.sentenceIndex());
    e.put("trigger_norm", f.triggerNorm());
    e.put("rule", f.rule());
    ArrayNode args = e.putArray("arguments");
    for (Argument a : f.arguments()) {
      args.add(argument(a));
    }
    ArrayNode cas = e.putArray("casualties");
    for (Casualty c : f.casualties()) {
      ObjectNode n = quantity(c.quantity());
      n.put("kind", c.kind().name());
      putIfNotNull(n, "victims", c.victims());
      n.put("rule", c.rule());
      cas.add(n);
    }
    if (f.count() == null) {
      e.putNull("count");
    } else {
      e.set("count", quantity(f.count()));
    }
    return e;
  }

  /** One argument as a JSON object (a frame's, or a report-level place). */
  private static ObjectNode argument(Argument a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("role", a.role().name());
    n.put("text", a.span().text());
    n.put("head", a.head().text());
    n.put("begin", a.span().begin());
    n.put("end", a.span().end());
    n.put("head_begin", a.head().begin());
    n.put("head_end", a.head().end());
    putIfNotNull(n, "actor_id", a.actorId());
    putIfNotNull(n, "actor_category", a.actorCategory());
    putIfNotNull(n, "place_id", a.placeId());
    putIfNotNull(n, "governorate", a.governorate());
    putIfNotNull(n, "country", a.country());
    if (a.lat() != null) {
      n.put("lat", a.lat());
      n.put("lon", a.lon());
    }
    putIfNotNull(n, "time", a.time());
    n.put("rule", a.rule());
    return n;
  }

  private static void putIfNotNull(ObjectNode n, String k, String v) {
    if (v != null) {
      n.put(k, v);
    }
  }

  private static ObjectNode span(Span s) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("text", s.text());
    n.put("begin", s.begin());
    n.put("end", s.end());
    return n;
  }

  private static ObjectNode quantity(Quantity q) {
    ObjectNode n = MAPPER.createObjectNode();
    putInterval(n, q.min(), q.max(), q.approximate());
    n.put("text", q.span().text());
    n.put("begin", q.span().begin());
    n.put("end", q.span().end());
    return n;
  }

  /**
   * Writes a figure the guide's way: {@code min}, {@code max} ({@code null} when unbounded)
   * and {@code approximate}. Shared by every JSON output that carries a number of people.
   */
  public static void putInterval(ObjectNode n, long min, Long max, boolean approximate) {
    n.put("min", min);
    if (max == null) {
      n.putNull("max");
    } else {
      n.put("max", max);
    }
    n.put("approximate", approximate);
  }

  /** The document as pretty-printed JSON. */
  public static String write(DocumentEvents doc) {
    try {
      return PRETTY.writeValueAsString(toJson(doc));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The document as one line of JSON (for JSON Lines streams). */
  public static String writeLine(DocumentEvents doc) {
    try {
      return MAPPER.writeValueAsString(toJson(doc));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads a document written by {@link #write} or in the guide's gold format. Fields the
   * guide does not define get defaults (sentence -1, rule "json").
   *
   * @throws IllegalArgumentException when the JSON is not in that format
   */
  public static DocumentEvents read(String json) {
    try {
      JsonNode root = MAPPER.readTree(json);
      List<EventFrame> frames = new ArrayList<>();
      for (JsonNode e : root.path("events")) {
        frames.add(readFrame(e));
      }
      JsonNode stats = root.path("stats");
      ImmutableMap.Builder<String, Integer> ps = ImmutableMap.builder();
      stats.path("parse_status").fields().forEachRemaining(en -> ps.put(en.getKey(), en.getValue().asInt()));
      JsonNode dd = root.path("document_date");
      Optional<org.hadath.entities.time.DocumentDate> date = dd.has("date")
          ? Optional.of(org.hadath.entities.time.DocumentDate.parse(dd.get("date").asText(),
              dd.hasNonNull("weekday") ? DayOfWeek.valueOf(dd.get("weekday").asText()) : null,
              org.hadath.entities.time.DocumentDate.Source.valueOf(dd.path("source").asText("CALLER")),
              dd.path("begin").asInt(-1), dd.path("end").asInt(-1)))
          : Optional.empty();
      return new DocumentEvents(root.path("doc").asText("doc"), ImmutableList.copyOf(frames),
          stats.path("sentences").asInt(0), stats.path("tokens").asInt(0), ps.build(), date,
          ImmutableList.copyOf(readArguments(root.path("report_places"))), readSpans(root.path("report_people")));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("not an event document: " + e.getMessage(), e);
    }
  }

  private static EventFrame readFrame(JsonNode e) {
    List<Span> alts = new ArrayList<>();
    for (JsonNode a : e.path("alt_triggers")) {
      alts.add(readSpan(a));
    }
    List<Argument> args = readArguments(e.path("arguments"));
    List<Casualty> cas = new ArrayList<>();
    for (JsonNode c : e.path("casualties")) {
      cas.add(new Casualty(CasualtyKind.valueOf(c.path("kind").asText()), readQuantity(c),
          text(c, "victims"), c.path("rule").asText("json")));
    }
    JsonNode cnt = e.path("count");
    Quantity count = cnt.isObject() ? readQuantity(cnt) : null;
    return new EventFrame(EventType.valueOf(e.path("type").asText()), readSpan(e.path("trigger")),
        e.path("sentence").asInt(-1), e.path("trigger_norm").asText(""), ImmutableList.copyOf(alts),
        ImmutableList.copyOf(args), ImmutableList.copyOf(cas), count,
        Polarity.valueOf(e.path("polarity").asText("POSITIVE")),
        Modality.valueOf(e.path("modality").asText("ASSERTED")), e.path("claimed").asBoolean(false),
        e.path("rule").asText("json"));
  }

  private static ImmutableList<Span> readSpans(JsonNode arr) {
    ImmutableList.Builder<Span> out = ImmutableList.builder();
    for (JsonNode n : arr) {
      out.add(new Span(n.path("text").asText(""), n.path("begin").asInt(0), n.path("end").asInt(0)));
    }
    return out.build();
  }

  private static List<Argument> readArguments(JsonNode arr) {
    List<Argument> args = new ArrayList<>();
    for (JsonNode a : arr) {
      Span span = readSpan(a);
      Span head;
      if (a.has("head_begin")) {
        head = new Span(a.path("head").asText(), a.get("head_begin").asInt(), a.get("head_end").asInt());
      } else {
        String h = a.path("head").asText(span.text());
        int i = span.text().indexOf(h);
        head = i < 0 ? span : new Span(h, span.begin() + i, span.begin() + i + h.length());
      }
      args.add(new Argument(Role.valueOf(a.path("role").asText()), span, head,
          text(a, "actor_id"), text(a, "actor_category"), text(a, "place_id"), text(a, "governorate"),
          text(a, "country"), a.has("lat") ? a.get("lat").asDouble() : null,
          a.has("lon") ? a.get("lon").asDouble() : null, text(a, "time"), a.path("rule").asText("json")));
    }
    return args;
  }

  private static String text(JsonNode n, String k) {
    JsonNode v = n.get(k);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Span readSpan(JsonNode n) {
    return new Span(n.path("text").asText(), n.path("begin").asInt(), n.path("end").asInt());
  }

  private static Quantity readQuantity(JsonNode n) {
    JsonNode max = n.get("max");
    String t = n.path("text").asText("");
    int b = n.path("begin").asInt(0);
    return new Quantity(n.path("min").asLong(), max == null || max.isNull() ? null : max.asLong(),
        n.path("approximate").asBoolean(false), new Span(t, b, n.has("end") ? n.get("end").asInt() : b + t.length()));
  }
}
