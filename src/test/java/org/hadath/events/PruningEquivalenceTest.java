package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hadath.pipeline.PipelineOptions;
import org.hadath.testing.SharedExtractor;
import org.hadath.util.TextFiles;
import org.junit.jupiter.api.Test;

/**
 * Parsing only the sentences the event rules can use must not change a single frame: the
 * pruned extractor and one that parses everything give identical events, on our examples
 * and (when ../shared is present) on the seed and extra corpora.
 */
class PruningEquivalenceTest {

  @Test
  void prunedAndFullRunsGiveIdenticalFrames() throws IOException {
    EventExtractor full = EventExtractor.createUnpruned(PipelineOptions.defaults(), EventRules.getDefault());
    List<Path> docs = new ArrayList<>();
    try (var s = Files.list(Path.of(System.getProperty("hadath.testData", "test-data"), "examples"))) {
      s.filter(p -> p.toString().endsWith(".txt")).forEach(docs::add);
    }
    Path seeds = Path.of(System.getProperty("hadath.shared", "../shared"), "corpus", "seeds");
    if (Files.isDirectory(seeds)) {
      try (var s = Files.list(seeds)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(docs::add);
      }
    } else {
      System.out.println("PruningEquivalenceTest: " + seeds + " not found; examples only");
    }
    int skipped = 0;
    int frames = 0;
    for (Path p : docs) {
      String text = TextFiles.readUtf8(p);
      DocumentEvents pruned = SharedExtractor.get().extract("d", text);
      DocumentEvents all = full.extract("d", text);
      assertEquals(all.events(), pruned.events(), "frames differ on " + p);
      skipped += pruned.parseStatus().getOrDefault("SKIPPED", 0);
      frames += pruned.events().size();
    }
    assertTrue(frames > 0, "no frames at all: the comparison would be empty");
    System.out.println("PruningEquivalenceTest: " + docs.size() + " documents, " + frames + " frames, "
        + skipped + " sentences not parsed");
  }
}
