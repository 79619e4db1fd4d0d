package org.hadath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hadath.output.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI in-process: one bad file is reported by name and the others are still processed. */
class CliTest {
  @TempDir
  Path dir;

  private Path files() throws Exception {
    Files.writeString(dir.resolve("good.txt"), "قصفت طائرات حربية بلدة سراقب في ريف إدلب.\n", StandardCharsets.UTF_8);
    byte[] bad = "قصف مدفعي".getBytes(StandardCharsets.UTF_8);
    byte[] withBadByte = new byte[bad.length + 2];
    System.arraycopy(bad, 0, withBadByte, 0, bad.length);
    withBadByte[bad.length] = (byte) 0xC3;
    withBadByte[bad.length + 1] = (byte) 0x28;
    Files.write(dir.resolve("bad.txt"), withBadByte);
    return dir;
  }

  @Test
  void helpListsCommands() {
    CliRun r = CliRun.of("--help");
    assertEquals(0, r.code());
    for (String c : new String[] {"parse", "entities", "extract", "evaluate"}) {
      assertTrue(r.out().contains(c), r.out());
    }
  }

  @Test
  void extractWritesGoodFilesAndNamesTheBadOne() throws Exception {
    files();
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("extract", "--no-progress", "--out", out.toString(),
        dir.resolve("bad.txt").toString(), dir.resolve("good.txt").toString(), dir.resolve("missing.txt").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("bad.txt: not valid UTF-8 at byte offset 17"), r.err());
    assertTrue(r.err().contains("missing.txt"), r.err());
    String json = Files.readString(out.resolve("good.json"));
    assertEquals("good", EventJson.read(json).docId());
    assertTrue(json.contains("\"STRIKE\""), json);
  }

  @Test
  void parseReportsBadFileAndKeepsGoing() throws Exception {
    files();
    CliRun r = CliRun.of("parse", dir.resolve("bad.txt").toString(), dir.resolve("good.txt").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("bad.txt"), r.err());
    assertTrue(r.out().contains("TokenRange=0:4"), r.out());
    long errorLines = r.err().lines().filter(l -> l.startsWith("hadath: error")).count();
    assertEquals(1, errorLines, r.err());
  }

  @Test
  void entitiesPrintsJsonLines() throws Exception {
    files();
    CliRun r = CliRun.of("entities", dir.resolve("good.txt").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.contains("\"type\":\"PLACE\"") && l.contains("سراقب")), r.out());
  }
}
