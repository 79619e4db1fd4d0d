package org.hadath.events.specificity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hadath.util.ModelFiles;
import org.hadath.util.ModelFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The specificity model: its probability, its threshold and its file (no CoreNLP model loaded). */
class SpecificityModelTest {

  @Test
  void probabilityIsTheLogisticOfTheSummedWeights() {
    SpecificityModel m = new SpecificityModel(Map.of("bias", 0.5, "toll", 1.0, "gov:STOP", -3.0), 0.3);
    assertEquals(1 / (1 + Math.exp(-1.5)), m.specific(List.of("toll")), 1e-9);
    assertEquals(1 / (1 + Math.exp(1.5)), m.specific(List.of("toll", "gov:STOP")), 1e-9);
    // a feature the model never saw weighs nothing
    assertEquals(m.specific(List.of("toll")), m.specific(List.of("toll", "unseen")), 1e-12);
    assertTrue(m.keeps(List.of("toll")));
    assertFalse(m.keeps(List.of("toll", "gov:STOP")));
  }

  @Test
  void keepAllKeepsEverything() {
    SpecificityModel m = SpecificityModel.keepAll();
    assertTrue(m.keeps(List.of("gov:STOP")));
    assertEquals(1.0, m.specific(List.of("anything")));
  }

  @Test
  void thePackagedModelLoadsWithAThresholdAndWeights() {
    SpecificityModel m = SpecificityModel.getDefault();
    assertTrue(m.threshold() > 0 && m.threshold() < 1);
    assertTrue(m.weights().containsKey("bias"));
    assertTrue(m.weights().size() > 50);
  }

  @Test
  void aBadLineIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("events"));
    Files.writeString(dir.resolve("events/specificity.tsv"),
        "# comment\nTHRESHOLD\t0.3\nW\tbias\tabc\n", StandardCharsets.UTF_8);
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> SpecificityModel.load(ModelFiles.overrides(dir)));
    assertTrue(e.getMessage().contains("specificity.tsv") && e.getMessage().contains("3"), e.getMessage());
    Files.writeString(dir.resolve("events/specificity.tsv"), "THRESHOLD\t1.5\n", StandardCharsets.UTF_8);
    assertThrows(ModelFormatException.class, () -> SpecificityModel.load(ModelFiles.overrides(dir)));
    Files.writeString(dir.resolve("events/specificity.tsv"), "W\tbias\t1\nW\tbias\t2\n", StandardCharsets.UTF_8);
    assertThrows(ModelFormatException.class, () -> SpecificityModel.load(ModelFiles.overrides(dir)));
  }

  @Test
  void aWrittenModelReadsBackTheSame(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("events"));
    Map<String, Double> w = Map.of("bias", -0.25, "def", 0.75, "gov:STOP", -2.0);
    SpecificityTraining.write(dir.resolve("events/specificity.tsv"), w, 0.4, List.of("a test model"));
    SpecificityModel m = SpecificityModel.load(ModelFiles.overrides(dir));
    assertEquals(0.4, m.threshold(), 1e-9);
    assertEquals(w, m.weights());
  }

  @Test
  void aMarkedThresholdIsReadWrittenAndChecked(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("events"));
    Path f = dir.resolve("events/specificity.tsv");
    Map<String, Double> w = Map.of("bias", -0.25, "before:COND", -2.0);
    SpecificityTraining.write(f, w, 0.4, 0.6, List.of("a test model"));
    SpecificityModel m = SpecificityModel.load(ModelFiles.overrides(dir));
    assertEquals(0.6, m.markedThreshold(), 1e-9);
    assertTrue(m.judgesMarked());
    // without a MARKED line, hypothetical and negative frames are exempt as before
    SpecificityTraining.write(f, w, 0.4, List.of("a test model"));
    assertFalse(SpecificityModel.load(ModelFiles.overrides(dir)).judgesMarked());
    Files.writeString(f, "THRESHOLD\t0.3\nMARKED\t-0.5\n", StandardCharsets.UTF_8);
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> SpecificityModel.load(ModelFiles.overrides(dir)));
    assertTrue(e.getMessage().contains("specificity.tsv") && e.getMessage().contains("2"), e.getMessage());
  }
}
