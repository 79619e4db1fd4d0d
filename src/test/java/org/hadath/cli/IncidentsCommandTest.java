package org.hadath.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hadath incidents} end to end on report sets we wrote (test-data/incidents: one strike
 * told by three outlets with rising tolls, two strikes on one town a week apart, a roundup of
 * five incidents), from text and from the event JSON of {@code extract}.
 */
class IncidentsCommandTest {
  @TempDir
  Path dir;

  private static String[] texts() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("test-data/incidents"))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toArray(String[]::new);
    }
  }

  private static JsonNode byReports(JsonNode incidents, String... docs) {
    for (JsonNode i : incidents) {
      Set<String> r = new HashSet<>();
      i.path("reports").forEach(x -> r.add(x.asText()));
      if (r.equals(Set.of(docs))) {
        return i;
      }
    }
    return fail("no record of exactly " + List.of(docs) + " in " + incidents);
  }

  /** One extraction to event JSON, records from it, and the same records straight from the texts. */
  @Test
  void reportSetsBecomeIncidentRecordsFromTextOrEventJson() throws Exception {
    Path events = dir.resolve("events");
    List<String> extract = new ArrayList<>(List.of("extract", "--no-progress", "--out", events.toString()));
    extract.addAll(List.of(texts()));
    assertEquals(0, CliRun.of(extract.toArray(String[]::new)).code());
    Path fromJson = dir.resolve("a.json");
    List<String> args = new ArrayList<>(List.of("incidents", "--out", fromJson.toString()));
    try (Stream<Path> s = Files.list(events)) {
      s.sorted().forEach(p -> args.add(p.toString()));
    }
    assertEquals(0, CliRun.of(args.toArray(String[]::new)).code());
    JsonNode incidents = new ObjectMapper().readTree(fromJson.toFile()).path("incidents");

    JsonNode sarmin = byReports(incidents, "sarmin-monitor", "sarmin-site", "sarmin-post");
    assertEquals("2024-03-12", sarmin.path("date").asText());
    assertEquals("sy-subdist-sarmin", sarmin.path("place").path("place_id").asText());
    assertTrue(sarmin.path("place").path("lat").isNumber());
    assertEquals(5, sarmin.path("killed").path("min").asInt(), "the latest, highest toll");
    assertEquals(5, sarmin.path("injured").path("min").asInt());
    for (JsonNode m : sarmin.path("mentions")) {
      assertTrue(m.path("doc").asText().startsWith("sarmin-"));
      assertTrue(m.path("event").isInt() && m.path("end").asInt() > m.path("begin").asInt());
    }

    JsonNode first = byReports(incidents, "binnish-first");
    JsonNode second = byReports(incidents, "binnish-second");
    assertEquals("2024-05-02", first.path("date").asText());
    assertEquals("2024-05-09", second.path("date").asText(), "a week later: another incident");
    assertEquals(2, first.path("killed").path("min").asInt());

    int fromRoundup = 0;
    Set<String> places = new HashSet<>();
    for (JsonNode i : incidents) {
      if (i.path("reports").toString().contains("\"roundup\"")) {
        fromRoundup++;
        places.add(i.path("place").path("text").asText());
      }
    }
    assertEquals(5, fromRoundup, "five incidents in the roundup");
    assertEquals(5, places.size(), places.toString());

    Path fromText = dir.resolve("b.json");
    List<String> direct = new ArrayList<>(List.of("incidents", "--out", fromText.toString()));
    direct.addAll(List.of(texts()));
    assertEquals(0, CliRun.of(direct.toArray(String[]::new)).code());
    assertEquals(Files.readString(fromJson), Files.readString(fromText));
  }

  @Test
  void badOrMissingFilesAreNamedAndTheRestStillWritten() throws Exception {
    Path out = dir.resolve("inc.json");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "not json", StandardCharsets.UTF_8);
    Path empty = dir.resolve("quiet.json");
    Files.writeString(empty, "{\"doc\": \"quiet\", \"events\": []}", StandardCharsets.UTF_8);
    assertEquals(1, CliRun.of("incidents", "--out", out.toString(), bad.toString(), empty.toString(),
        dir.resolve("nope.json").toString()).code());
    assertEquals("{\"incidents\":[]}", Files.readString(out).replaceAll("\\s", ""));
  }

  @Test
  void optionsThatDoNotFitAreNamedBeforeAnyWorkAndANarrowerWindowNarrowsTheDefaults() throws Exception {
    Path out = dir.resolve("inc.json");
    Path quiet = dir.resolve("quiet.json");
    Files.writeString(quiet, "{\"doc\": \"quiet\", \"events\": []}", StandardCharsets.UTF_8);
    // a window of one day narrows the placeless, note-group and focus windows not given (default 2, 0, 0)
    for (String window : List.of("0", "1", "20")) {
      CliRun r = CliRun.of("incidents", "--date-window", window, "--out", out.toString(), quiet.toString());
      assertEquals(0, r.code(), window + ": " + r.err());
    }
    // named as the command's options, before the inputs are read (the file does not exist)
    CliRun km = CliRun.of("incidents", "--max-km", "-3", "--out", out.toString(), dir.resolve("nope.txt").toString());
    assertEquals(2, km.code());
    assertTrue(km.err().contains("--max-km"), km.err());
    CliRun days = CliRun.of("incidents", "--date-window", "1", "--placeless-days", "2", "--out", out.toString(),
        quiet.toString());
    assertEquals(2, days.code());
    assertTrue(days.err().contains("--placeless-days") && days.err().contains("--date-window"), days.err());
    // the help states each default
    String help = CliRun.of("incidents", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("(default 2; --placeless-days"), help);
    assertTrue(help.contains("(default 5.0)") && help.contains("default 0.2)"), help);
  }
}
