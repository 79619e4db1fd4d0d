package org.hadath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hadath.output.EventJson;
import org.hadath.testing.SharedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model files lying in the directory a program runs from are never read: a separate JVM is
 * started in a directory holding {@code events/triggers.tsv} and {@code pipeline/tag-fixes.tsv}
 * (files that would change or break the extraction if read), and its output must equal this
 * JVM's.
 */
class PlantedModelsTest {
  @TempDir
  Path dir;

  @Test
  void aModelsFolderInTheWorkingDirectoryChangesNothing() throws Exception {
    Files.createDirectories(dir.resolve("events"));
    Files.createDirectories(dir.resolve("pipeline"));
    // read, this would make the strike a surrender and fail the arguments file's frame check
    Files.writeString(dir.resolve("events/triggers.tsv"), "@type\tframe\tregex\nSURRENDER\tPLANTED\tقصفت\n");
    // read, this would tag every word a verb
    Files.writeString(dir.resolve("pipeline/tag-fixes.tsv"), "@word\tnext\ttag\n.*\t*\tVBD\n");
    Path hadath = Files.createDirectories(dir.resolve("hadath/models/events"));
    Files.writeString(hadath.resolve("triggers.tsv"), "not\ta\tmodel\tfile\tat\tall\n");
    String text = "قصفت طائرات حربية قرية الوادي الأخضر في ريف المدينة الشرقي، ما أدى إلى مقتل ثلاثة مدنيين.\n";
    Path input = dir.resolve("in.txt");
    Files.writeString(input, text);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx1g", "-Xss8m", "-cp", System.getProperty("java.class.path"),
        HadathCli.class.getName(), "extract", "-"))
        .directory(dir.toFile())
        .redirectInput(input.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the extraction finishes");
    assertEquals(0, p.exitValue(), out);

    String expected = EventJson.write(SharedExtractor.get().extract("stdin", text, null));
    assertFalse(SharedExtractor.get().extract(text).events().isEmpty(), "the sentence has a frame");
    assertEquals(expected.strip(), out.strip());
  }

  @Test
  void aFolderTheUserNamesReplacesThePackagedFiles() throws Exception {
    Path events = Files.createDirectories(dir.resolve("mine/events"));
    Files.writeString(events.resolve("triggers.tsv"), String.join("\n",
        org.hadath.util.ModelFiles.packaged().lines("events/triggers.tsv"))
        + "\nSTRIKE\tSTRIKE_N\t(ال)?(رشق(ه|ات))\t\ta user's trigger\n");
    String text = "سقطت رشقات صاروخية على أطراف البلدة الشمالية مساء أمس.";
    assertTrue(SharedExtractor.get().extract(text).events().stream()
        .noneMatch(f -> f.trigger().text().contains("رشقات")), "not a packaged trigger");
    var mine = org.hadath.events.EventExtractor.builder().models(dir.resolve("mine")).build().extract(text);
    assertTrue(mine.events().stream().anyMatch(f -> f.trigger().text().contains("رشقات")
        && f.rule().startsWith(events.resolve("triggers.tsv").toAbsolutePath().toString())), mine.events().toString());
  }
}
