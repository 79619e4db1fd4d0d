package org.hadath.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.frames.ReportPlaces;
import org.junit.jupiter.api.Test;

/** The document-level report places of the event JSON: apart from the frames, and read back. */
class ReportPlacesJsonTest {

  private static DocumentEvents frameless(ImmutableList<Argument> places) {
    return new DocumentEvents("post", ImmutableList.of(), 2, 20, ImmutableMap.of("SKIPPED", 2),
        Optional.empty(), places);
  }

  @Test
  void aReportsPlacesAreWrittenApartFromTheFramesAndReadBack() throws Exception {
    Span span = new Span("قرية الصفصافة", 40, 53);
    Span head = new Span("الصفصافة", 45, 53);
    Argument village = new Argument(Role.LOCATION, span, head, null, null, null, "sy-gov-raqqa", null, null, null,
        null, ReportPlaces.RULE);
    Argument town = new Argument(Role.LOCATION, new Span("الطبقة", 60, 66), new Span("الطبقة", 60, 66), null, null,
        "sy-tabqa", "sy-gov-raqqa", "SY", 35.836, 38.548, null, ReportPlaces.RULE);
    DocumentEvents doc = frameless(ImmutableList.of(village, town));
    JsonNode json = new ObjectMapper().readTree(EventJson.write(doc));
    assertEquals(0, json.path("events").size(), "the frame list stays the frame list");
    assertEquals(2, json.path("report_places").size());
    assertEquals("الصفصافة", json.path("report_places").get(0).path("head").asText());
    assertEquals("place:report", json.path("report_places").get(1).path("rule").asText());
    DocumentEvents back = EventJson.read(EventJson.write(doc));
    assertEquals(doc.reportPlaces(), back.reportPlaces());
  }

  @Test
  void noPlacesNoField() throws Exception {
    JsonNode json = new ObjectMapper().readTree(EventJson.write(frameless(ImmutableList.of())));
    assertFalse(json.has("report_places"));
    assertTrue(EventJson.read(EventJson.write(frameless(ImmutableList.of()))).reportPlaces().isEmpty());
  }

  @Test
  void theNamesOfPeopleAreWrittenAndReadBack() throws Exception {
    DocumentEvents doc = new DocumentEvents("post", ImmutableList.of(), 2, 20, ImmutableMap.of(), Optional.empty(),
        ImmutableList.of(), ImmutableList.of(new Span("سامر خليل", 12, 21)));
    JsonNode json = new ObjectMapper().readTree(EventJson.write(doc));
    assertEquals("سامر خليل", json.path("report_people").get(0).path("text").asText());
    assertEquals(12, json.path("report_people").get(0).path("begin").asInt());
    assertEquals(doc.reportPeople(), EventJson.read(EventJson.write(doc)).reportPeople());
    assertFalse(new ObjectMapper().readTree(EventJson.write(frameless(ImmutableList.of()))).has("report_people"));
  }
}
