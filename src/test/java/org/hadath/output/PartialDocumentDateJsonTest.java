package org.hadath.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.hadath.entities.time.DocumentDate;
import org.hadath.events.DocumentEvents;
import org.junit.jupiter.api.Test;

/** A document date written without its year goes out as TimeML's XXXX-MM-DD with its weekday, and comes back. */
class PartialDocumentDateJsonTest {

  @Test
  void aPartialDateRoundTrips() {
    DocumentDate partial = DocumentDate.partial(MonthDay.of(12, 2), DayOfWeek.WEDNESDAY, DocumentDate.Source.WEEKDAY, 40, 56);
    DocumentEvents doc = new DocumentEvents("post", ImmutableList.of(), 2, 20, ImmutableMap.of(), Optional.of(partial));
    JsonNode dd = EventJson.toJson(doc).get("document_date");
    assertEquals("XXXX-12-02", dd.get("date").asText());
    assertEquals("WEDNESDAY", dd.get("weekday").asText());
    DocumentDate back = EventJson.read(EventJson.write(doc)).documentDate().orElseThrow();
    assertEquals(partial, back);
    assertFalse(back.hasYear());
    // a full date writes no weekday (it is the date's own)
    DocumentEvents dated = new DocumentEvents("page", ImmutableList.of(), 2, 20, ImmutableMap.of(),
        Optional.of(DocumentDate.given(LocalDate.of(2021, 12, 2), DocumentDate.Source.CALLER)));
    assertFalse(EventJson.toJson(dated).get("document_date").has("weekday"));
    assertEquals(LocalDate.of(2021, 12, 2), EventJson.read(EventJson.write(dated)).documentDate().orElseThrow().date());
  }
}
