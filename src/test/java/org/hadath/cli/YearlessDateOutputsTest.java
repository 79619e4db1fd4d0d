package org.hadath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hadath.service.EventService;
import org.hadath.service.ServiceOptions;
import org.hadath.testing.SharedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose date is written without its year (اليوم الأربعاء 2 كانون الأول) and one whose
 * date cannot exist (31 شباط) go through every output path, extract's JSON Lines and CSV, the
 * HTTP service and {@code hadath incidents}, without an exception or a lost document; the
 * partial date is written {@code XXXX-12-02} wherever a date is written, and a window gives it
 * its year. (The Spark entry point: {@code org.hadath.spark.YearlessDateSparkTest}.)
 */
class YearlessDateOutputsTest {
  // invented news sentences: no year written; the second names a day February never has
  static final String YEARLESS = "قصفت طائرات حربية اليوم الأربعاء 2 كانون الأول بلدة كفر نبودة في ريف حماة الشمالي،"
      + " ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين.\n";
  static final String IMPOSSIBLE = "قصفت طائرات حربية اليوم الأربعاء 31 شباط بلدة كفر نبودة في ريف حماة الشمالي،"
      + " ما أدى إلى مقتل مدنيين اثنين.\n";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  private List<String> inputs() throws Exception {
    Files.writeString(dir.resolve("yearless.txt"), YEARLESS, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("impossible.txt"), IMPOSSIBLE, StandardCharsets.UTF_8);
    return List.of(dir.resolve("yearless.txt").toString(), dir.resolve("impossible.txt").toString());
  }

  @Test
  void extractJsonLinesAndCsvKeepTheMonthAndDay() throws Exception {
    List<String> in = inputs();
    CliRun jl = CliRun.of("extract", "--no-progress", "--format", "jsonl", in.get(0), in.get(1));
    assertEquals(0, jl.code(), jl.err());
    Map<String, JsonNode> docs = new java.util.TreeMap<>();
    for (String line : jl.out().lines().toList()) {
      JsonNode d = MAPPER.readTree(line);
      docs.put(d.path("doc").asText(), d);
    }
    assertEquals(List.of("impossible", "yearless"), docs.keySet().stream().sorted().toList());
    JsonNode y = docs.get("yearless");
    assertEquals("XXXX-12-02", y.path("document_date").path("date").asText(), y.toString());
    assertEquals("WEDNESDAY", y.path("document_date").path("weekday").asText());
    JsonNode strike = y.path("events").get(0);
    assertEquals("STRIKE", strike.path("type").asText(), y.toString());
    assertEquals("XXXX-12-02", strike.path("event_date").path("value").asText(), strike.toString());
    // the impossible day is no date at all: no document date, no invented value, the frame kept
    JsonNode imp = docs.get("impossible");
    assertFalse(imp.has("document_date"), imp.toString());
    assertEquals("STRIKE", imp.path("events").get(0).path("type").asText(), imp.toString());
    assertFalse(imp.toString().contains("-02-31"), imp.toString());

    CliRun csv = CliRun.of("extract", "--no-progress", "--format", "csv", in.get(0), in.get(1));
    assertEquals(0, csv.code(), csv.err());
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.out())).getRecords();
    CSVRecord yr = rows.stream().filter(r -> r.get("doc").equals("yearless")).findFirst().orElseThrow();
    assertEquals("XXXX-12-02", yr.get("event_date"), csv.out());
    CSVRecord ir = rows.stream().filter(r -> r.get("doc").equals("impossible")).findFirst().orElseThrow();
    assertEquals("", ir.get("event_date"), csv.out());
  }

  @Test
  void aDateWindowGivesTheYearItsWeekdayFits() throws Exception {
    List<String> in = inputs();
    // 2 December was a Wednesday in 2020, not in 2019 or 2021
    CliRun r = CliRun.of("extract", "--no-progress", "--format", "jsonl", "--year-window", "2019-06-01/2021-06-01",
        in.get(0));
    assertEquals(0, r.code(), r.err());
    JsonNode d = MAPPER.readTree(r.out().lines().findFirst().orElseThrow());
    assertEquals("2020-12-02", d.path("document_date").path("date").asText(), d.toString());
    assertEquals("2020-12-02", d.path("events").get(0).path("event_date").path("value").asText(), d.toString());
    CliRun bad = CliRun.of("extract", "--no-progress", "--year-window", "2 December", in.get(0));
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--year-window"), bad.err());
    // the older name still works, out of the help: incidents' --date-window is a gap in days
    CliRun older = CliRun.of("extract", "--no-progress", "--format", "jsonl", "--date-window", "2019-06-01/2021-06-01",
        in.get(0));
    assertEquals(0, older.code(), older.err());
    assertTrue(older.out().contains("2020-12-02"), older.out());
    assertTrue(!CliRun.of("extract", "--help").out().contains("--date-window"));
  }

  @Test
  void incidentsKeepEveryReport() throws Exception {
    List<String> in = inputs();
    Path json = dir.resolve("incidents.json");
    CliRun r = CliRun.of("incidents", "--out", json.toString(), in.get(0), in.get(1));
    assertEquals(0, r.code(), r.err());
    JsonNode records = MAPPER.readTree(json.toFile()).path("incidents");
    List<String> reports = records.findValues("reports").stream()
        .flatMap(a -> java.util.stream.StreamSupport.stream(a.spliterator(), false)).map(JsonNode::asText)
        .sorted().toList();
    assertEquals(List.of("impossible", "yearless"), reports, records.toString());

    // the year-window option completes the partial date for the records' dates
    Path dated = dir.resolve("dated.json");
    CliRun w = CliRun.of("incidents", "--year-window", "2019-06-01/2021-06-01", "--out", dated.toString(), in.get(0));
    assertEquals(0, w.code(), w.err());
    assertTrue(Files.readString(dated).contains("2020-12-0"), Files.readString(dated));

    // a report without frames dated only by a weekday and month-day (NoteGroups.partial) crashes nothing
    Path frameless = dir.resolve("frameless.txt");
    Files.writeString(frameless, "صور من بلدة كفر نبودة بعد ظهر اليوم الأربعاء 2 كانون الأول\n", StandardCharsets.UTF_8);
    Path withNote = dir.resolve("note.json");
    CliRun f = CliRun.of("incidents", "--out", withNote.toString(), in.get(0), frameless.toString());
    assertEquals(0, f.code(), f.err());
    assertTrue(Files.readString(withNote).contains("yearless"), Files.readString(withNote));

    Path csv = dir.resolve("incidents.csv");
    CliRun c = CliRun.of("incidents", "--format", "csv", "--out", csv.toString(), in.get(0), in.get(1));
    assertEquals(0, c.code(), c.err());
    String table = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(table.contains("yearless") && table.contains("impossible"), table);
  }

  @Test
  void theServiceWritesThePartialDate() throws Exception {
    try (EventService service = EventService.start(SharedExtractor.get(), ServiceOptions.defaults().withPort(0))) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      for (String format : List.of("json", "csv")) {
        URI uri = service.uri().resolve("/extract?format=" + format);
        for (String text : List.of(YEARLESS, IMPOSSIBLE)) {
          HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(240))
                  .header("Content-Type", "text/plain; charset=utf-8")
                  .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          assertEquals(200, r.statusCode(), r.body());
          assertTrue(r.body().contains("STRIKE"), r.body());
          assertEquals(text == YEARLESS, r.body().contains("XXXX-12-02"), r.body());
        }
      }
    }
  }

  @Test
  void theServiceTakesAYearWindowAtStart() throws Exception {
    // 2 December was a Wednesday in 2015 and 2020: a window holding one of them gives the year,
    // one holding none (2021-2022) or both (2015-2020) leaves it partial
    Map<String, String> expected = Map.of("2019-06-01/2021-06-01", "2020-12-02",
        "2021-01-01/2022-12-31", "XXXX-12-02", "2015-01-01/2020-12-31", "XXXX-12-02");
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      ServeCommand serve = new ServeCommand();
      new picocli.CommandLine(serve).parseArgs("--port", "0", "--year-window", e.getKey());
      try (EventService service = EventService.start(serve.extractor().build(),
          ServiceOptions.defaults().withPort(0))) {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(service.uri().resolve("/extract?format=jsonl"))
                .timeout(Duration.ofSeconds(240)).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(YEARLESS, StandardCharsets.UTF_8)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode d = MAPPER.readTree(r.body());
        assertEquals(e.getValue(), d.path("document_date").path("date").asText(), e.getKey() + ": " + d);
        assertEquals(e.getValue(), d.path("events").get(0).path("event_date").path("value").asText(), d.toString());
      }
    }
    CliRun bad = CliRun.of("serve", "--port", "0", "--year-window", "2 December");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--year-window"), bad.err());
  }
}
