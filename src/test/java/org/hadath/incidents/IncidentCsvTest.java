package org.hadath.incidents;

import static org.hadath.incidents.Frames.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hadath.output.IncidentCsv;
import org.junit.jupiter.api.Test;

/** The analyst table of incident records, parsed back field by field. */
class IncidentCsvTest {

  @Test
  void aRowPerIncidentWithTheAnalystColumns() throws Exception {
    List<Incident> records = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike()).agent("ru-air").killed(3, 3L)),
        doc("post", "2024-03-13", sarmin(strike()).killed(5, 6L).injured(2, null)),
        doc("other", "2024-03-13", ariha(strike()))), IncidentOptions.defaults());
    StringWriter w = new StringWriter();
    IncidentCsv.write(records, w);
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(w.toString())).getRecords();
    assertEquals(2, rows.size());
    CSVRecord r = rows.get(0);
    assertEquals("I1", r.get("event_id_cnty"));
    assertEquals("2024-03-12", r.get("event_date"));
    assertEquals("STRIKE", r.get("event_type"));
    assertEquals("ru-air", r.get("actor1"));
    assertEquals("sy-gov-idlib", r.get("admin1"));
    assertEquals("سرمين", r.get("location"));
    assertEquals("35.9", r.get("latitude"));
    assertEquals("36.72", r.get("longitude"));
    assertEquals("monitor;post", r.get("source"));
    assertEquals("5", r.get("fatalities"));
    assertEquals("6", r.get("fatalities_max"));
    assertEquals("2", r.get("injured_min"));
    assertEquals("", r.get("injured_max"), "an open figure leaves the high empty");
    assertEquals("POSITIVE", r.get("polarity"));
    assertEquals("ASSERTED", r.get("modality"));
    assertEquals("sy-subdist-sarmin", r.get("place_id"));
    assertEquals("2", r.get("reports"));
    assertEquals("monitor:0;post:0", r.get("mentions"));
    assertEquals("", rows.get(1).get("fatalities"));
    assertEquals(IncidentCsv.HEADER, List.copyOf(rows.get(0).getParser().getHeaderNames()));
  }

  @Test
  void aReportWithoutFramesIsAReportLevelMentionInJsonAndCsv() throws Exception {
    List<Incident> records = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike())),
        frameless("notice", "2024-03-12", SARMIN)), IncidentOptions.defaults());
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(org.hadath.output.IncidentJson.write(records));
    com.fasterxml.jackson.databind.JsonNode mentions = json.path("incidents").get(0).path("mentions");
    assertEquals(2, mentions.size());
    assertEquals(0, mentions.get(0).path("event").asInt());
    assertEquals("notice", mentions.get(1).path("doc").asText());
    assertTrue(mentions.get(1).path("event").isNull());
    assertEquals("report", mentions.get(1).path("level").asText());
    StringWriter w = new StringWriter();
    IncidentCsv.write(records, w);
    assertTrue(w.toString().contains("monitor:0;notice:report"), w.toString());
  }
}
