package org.hadath.incidents;

import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.sarmin;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hadath.events.DocumentEvents;
import org.hadath.events.FrameDate;
import org.hadath.output.EventJson;
import org.junit.jupiter.api.Test;

/** Each frame's date: its TIME resolved, else the document's date marked as a fallback. */
class FrameDateTest {

  @Test
  void timeArgumentFirstThenTheDocumentDateMarkedAsSuch() throws Exception {
    DocumentEvents d = doc("post", "2024-03-13",
        sarmin(strike()).time("2024-03-12"),
        strike(),
        strike().time(null));
    FrameDate timed = FrameDate.of(d.events().get(0), d.documentDate()).orElseThrow();
    assertEquals(new FrameDate("2024-03-12", FrameDate.Source.TIME), timed);
    FrameDate fallback = FrameDate.of(d.events().get(1), d.documentDate()).orElseThrow();
    assertEquals(new FrameDate("2024-03-13", FrameDate.Source.DOCUMENT), fallback);
    // a TIME the time layer could not resolve is not replaced by the report's date
    assertTrue(FrameDate.of(d.events().get(2), d.documentDate()).isEmpty());

    JsonNode events = new ObjectMapper().readTree(EventJson.write(d)).path("events");
    assertEquals("TIME", events.get(0).path("event_date").path("source").asText());
    assertEquals("2024-03-13", events.get(1).path("event_date").path("value").asText());
    assertEquals("DOCUMENT", events.get(1).path("event_date").path("source").asText());
    assertFalse(events.get(2).has("event_date"));
  }

  @Test
  void anUndatedReportGivesNoFallback() {
    DocumentEvents d = doc("undated", null, strike());
    assertTrue(FrameDate.of(d.events().get(0), d.documentDate()).isEmpty());
  }
}
