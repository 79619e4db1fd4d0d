package org.hadath.events.specificity;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.LogPrior;
import edu.stanford.nlp.optimization.QNMinimizer;
import edu.stanford.nlp.stats.Counter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the specificity decision from labelled candidates with CoreNLP's
 * {@link LinearClassifierFactory} (L2-regularised logistic regression), measures it by k-fold
 * cross-validation (folds by document, so frames of one text never sit on both sides) and
 * writes the model file {@link SpecificityModel} reads.
 */
public final class SpecificityTraining {
  /** The feature every candidate has: the intercept. */
  static final String BIAS = "bias";

  private SpecificityTraining() {}

  /**
   * One labelled candidate: its features, whether it is a specific mention, the document it
   * came from, its weight in training (noisier material weighs less) and the frame itself.
   */
  public record Example(ImmutableList<String> features, boolean specific, String group, double weight,
      org.hadath.events.EventFrame frame) {}

  /** Cross-validated figures at a threshold: accuracy, and precision/recall of SPECIFIC. */
  public record Figures(int n, double accuracy, double precision, double recall, double threshold) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "n=%d threshold=%.2f accuracy=%.3f specific P=%.3f R=%.3f",
          n, threshold, accuracy, precision, recall);
    }
  }

  /** The SPECIFIC weights (OTHER's folded in) of a classifier trained on {@code examples}. */
  public static Map<String, Double> train(List<Example> examples, double sigma) {
    Dataset<String, String> data = new Dataset<>();
    float[] weights = new float[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      List<String> fs = new ArrayList<>(e.features());
      fs.add(BIAS);
      data.add(fs, e.specific() ? SpecificityModel.SPECIFIC : SpecificityModel.OTHER);
      weights[i] = (float) e.weight();
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>(() -> {
      QNMinimizer q = new QNMinimizer(15);
      q.shutUp();
      return q;
    });
    factory.setVerbose(false);
    @SuppressWarnings("unchecked")
    LinearClassifier<String, String> c = (LinearClassifier<String, String>) factory.trainClassifier(
        data, weights, new LogPrior(LogPrior.LogPriorType.QUADRATIC, sigma, 0.01));
    Map<String, Counter<String>> byLabel = c.weightsAsMapOfCounters();
    Map<String, Double> out = new TreeMap<>();
    for (String f : c.features()) {
      double w = count(byLabel, SpecificityModel.SPECIFIC, f) - count(byLabel, SpecificityModel.OTHER, f);
      if (Math.abs(w) >= 1e-4) {
        out.put(f, w);
      }
    }
    return out;
  }

  private static double count(Map<String, Counter<String>> byLabel, String label, String f) {
    Counter<String> c = byLabel.get(label);
    return c == null ? 0.0 : c.getCount(f);
  }

  /**
   * The probability of SPECIFIC that each example gets from a model trained on the other
   * folds (fold of an example: its group's hash modulo {@code k}).
   */
  public static double[] crossValidated(List<Example> examples, int k, double sigma) {
    double[] p = new double[examples.size()];
    for (int fold = 0; fold < k; fold++) {
      List<Example> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (Math.floorMod(examples.get(i).group().hashCode(), k) == fold) {
          test.add(i);
        } else {
          train.add(examples.get(i));
        }
      }
      if (test.isEmpty() || train.stream().map(Example::specific).distinct().count() < 2) {
        for (int i : test) {
          p[i] = 1.0;
        }
        continue;
      }
      SpecificityModel m = new SpecificityModel(train(train, sigma), 0.0);
      for (int i : test) {
        p[i] = m.specific(examples.get(i).features());
      }
    }
    return p;
  }

  /** Accuracy and SPECIFIC precision/recall of probabilities {@code p} at {@code threshold}. */
  public static Figures figures(List<Example> examples, double[] p, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int right = 0;
    for (int i = 0; i < examples.size(); i++) {
      boolean said = p[i] >= threshold;
      boolean gold = examples.get(i).specific();
      right += said == gold ? 1 : 0;
      tp += said && gold ? 1 : 0;
      fp += said && !gold ? 1 : 0;
      fn += !said && gold ? 1 : 0;
    }
    int n = examples.size();
    return new Figures(n, n == 0 ? 0 : right / (double) n, tp + fp == 0 ? 0 : tp / (double) (tp + fp),
        tp + fn == 0 ? 0 : tp / (double) (tp + fn), threshold);
  }

  /** Writes the model file: a comment header, the threshold, then the weights by feature. */
  public static void write(Path file, Map<String, Double> weights, double threshold, List<String> comments)
      throws IOException {
    write(file, weights, threshold, SpecificityModel.UNJUDGED, comments);
  }

  /**
   * Writes the model file with a threshold for frames marked HYPOTHETICAL or NEGATIVE
   * ({@link SpecificityModel#UNJUDGED}: none, such frames are exempt).
   */
  public static void write(Path file, Map<String, Double> weights, double threshold, double markedThreshold,
      List<String> comments) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String c : comments) {
        w.write("# " + c + "\n");
      }
      w.write(String.format(Locale.ROOT, "THRESHOLD\t%.3f\n", threshold));
      if (markedThreshold != SpecificityModel.UNJUDGED) {
        w.write(String.format(Locale.ROOT, "MARKED\t%.3f\n", markedThreshold));
      }
      for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
        w.write(String.format(Locale.ROOT, "W\t%s\t%.5f\n", e.getKey(), e.getValue()));
      }
    }
  }
}
