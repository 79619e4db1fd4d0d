package org.hadath.events.specificity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Training and cross-validation on made-up feature sets: what separates the labels is learnt. */
class SpecificityTrainingTest {

  /** 40 documents: "toll" marks a specific mention, "gov:STOP" a call to stop; "def" is noise. */
  private static List<SpecificityTraining.Example> examples() {
    List<SpecificityTraining.Example> out = new ArrayList<>();
    for (int d = 0; d < 40; d++) {
      String noise = d % 3 == 0 ? "def" : "indef";
      out.add(new SpecificityTraining.Example(ImmutableList.of("toll", noise), true, "doc" + d, 1.0, null));
      out.add(new SpecificityTraining.Example(ImmutableList.of("gov:STOP", noise), false, "doc" + d, 1.0, null));
    }
    return out;
  }

  @Test
  void trainedWeightsSeparateTheLabels() {
    Map<String, Double> w = SpecificityTraining.train(examples(), 1.0);
    assertTrue(w.get("toll") > 0.5, w.toString());
    assertTrue(w.get("gov:STOP") < -0.5, w.toString());
    SpecificityModel m = new SpecificityModel(w, 0.5);
    assertTrue(m.keeps(List.of("toll", "def")));
    assertTrue(!m.keeps(List.of("gov:STOP", "indef")));
  }

  @Test
  void crossValidationScoresEveryExampleOnAModelThatDidNotSeeIt() {
    List<SpecificityTraining.Example> ex = examples();
    double[] p = SpecificityTraining.crossValidated(ex, 5, 1.0);
    assertEquals(ex.size(), p.length);
    SpecificityTraining.Figures f = SpecificityTraining.figures(ex, p, 0.5);
    assertEquals(1.0, f.accuracy(), 1e-9);
    assertEquals(1.0, f.precision(), 1e-9);
    assertEquals(1.0, f.recall(), 1e-9);
    // at threshold 0 everything is called specific: accuracy is the share of specific examples
    assertEquals(0.5, SpecificityTraining.figures(ex, p, 0.0).accuracy(), 1e-9);
  }

  @Test
  void lighterExamplesPullTheWeightsLess() {
    List<SpecificityTraining.Example> ex = new ArrayList<>(examples());
    // contradicting examples: "toll" said to be other, heavy or light
    List<SpecificityTraining.Example> heavy = new ArrayList<>(ex);
    List<SpecificityTraining.Example> light = new ArrayList<>(ex);
    for (int i = 0; i < 30; i++) {
      heavy.add(new SpecificityTraining.Example(ImmutableList.of("toll"), false, "x" + i, 1.0, null));
      light.add(new SpecificityTraining.Example(ImmutableList.of("toll"), false, "x" + i, 0.1, null));
    }
    assertTrue(SpecificityTraining.train(light, 1.0).get("toll") > SpecificityTraining.train(heavy, 1.0).get("toll"));
  }
}
