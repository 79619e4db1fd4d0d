package org.hadath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hadath.output.AcledRows;
import org.hadath.output.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --format}: one CSV table or JSON Lines stream for all inputs, or a file per input. */
class ExtractFormatCliTest {
  @TempDir
  Path dir;

  private List<String> inputs() throws Exception {
    // invented news sentences
    Files.writeString(dir.resolve("a.txt"), "قصفت طائرات حربية بلدة سراقب في ريف إدلب.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة قرب مدينة حلب.\n",
        StandardCharsets.UTF_8);
    return List.of(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());
  }

  @Test
  void csvToStandardOutputIsOneTable() throws Exception {
    List<String> in = inputs();
    CliRun r = CliRun.of("extract", "--format", "CSV", in.get(0), in.get(1));
    assertEquals(0, r.code(), r.err());
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(r.out())).getRecords();
    assertTrue(r.out().startsWith(String.join(",", AcledRows.HEADER) + "\r\n"), r.out());
    assertEquals(1, r.out().split(AcledRows.HEADER.get(0), -1).length - 1, "one header");
    assertEquals("a-1", rows.get(0).get("event_id_cnty"));
    assertEquals("STRIKE", rows.get(0).get("event_type"));
    assertTrue(rows.stream().anyMatch(x -> x.get("doc").equals("b") && x.get("event_type").equals("CLASH")), r.out());
  }

  @Test
  void jsonLinesAndFilesPerInput() throws Exception {
    List<String> in = inputs();
    CliRun r = CliRun.of("extract", "--format", "jsonl", in.get(0), in.get(1));
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertEquals("a", EventJson.read(lines.get(0)).docId());
    assertEquals("b", EventJson.read(lines.get(1)).docId());

    Path out = dir.resolve("out");
    assertEquals(0, CliRun.of("extract", "--no-progress", "--format", "csv", "--out", out.toString(), in.get(0)).code());
    String csv = Files.readString(out.resolve("a.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFFevent_id_cnty,"), "files for spreadsheets start with a byte-order mark");
  }

  @Test
  void badFormatAndSeveralJsonInputsAreClearErrors() throws Exception {
    List<String> in = inputs();
    CliRun bad = CliRun.of("extract", "--format", "xml", in.get(0));
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("unknown format 'xml' (json, jsonl or csv)"), bad.err());
    CliRun json = CliRun.of("extract", in.get(0), in.get(1));
    assertEquals(2, json.code());
    assertTrue(json.err().contains("--format jsonl or csv"), json.err());
  }
}
