package org.hadath.events.specificity;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hadath.util.ModelFiles;

/**
 * The learnt specificity decision: a CoreNLP {@link LinearClassifier} over the indicator
 * features of {@link SpecificityFeatures} with two labels, {@link #SPECIFIC} and
 * {@link #OTHER}, and the threshold below which a frame is dropped. Its weights are data,
 * {@code models/events/specificity.tsv} (written by {@code hadath train-specificity}):
 * <pre>
 * THRESHOLD  0.25             drop a frame whose probability of SPECIFIC is below this
 * MARKED     0.6              the same for a frame marked HYPOTHETICAL or NEGATIVE; absent:
 *                             such frames are exempt and always kept
 * W          FEATURE  WEIGHT  weight of FEATURE for SPECIFIC (OTHER's weights are 0)
 * </pre>
 * A separate threshold for marked frames because GUIDE.md keeps a specific planned, demanded
 * or denied event with its mark, while a threat, option or condition with no occurrence of
 * its own (إذا تعرضت لهجوم، خيار الضربات الجوية) is generic: the two share a modality, and the
 * rarer specific kind must not pay for the commoner generic one at the unmarked threshold.
 * A bad line is an error naming file and line. Immutable; thread-safe.
 */
public final class SpecificityModel {
  /** The packaged model file. */
  public static final String DEFAULT_FILE = "events/specificity.tsv";
  /** The label of a mention of one specific event. */
  public static final String SPECIFIC = "SPECIFIC";
  /** The label of anything else a trigger word fired on. */
  public static final String OTHER = "OTHER";
  /** The marked threshold of a model that leaves HYPOTHETICAL and NEGATIVE frames alone. */
  public static final double UNJUDGED = -1;

  private final LinearClassifier<String, String> classifier;
  private final ImmutableMap<String, Double> weights;
  private final double threshold;
  private final double markedThreshold;

  private static volatile SpecificityModel defaults;

  /** A model with SPECIFIC weights by feature ({@code "bias"} is always on) and a threshold in [0, 1]. */
  public SpecificityModel(Map<String, Double> weights, double threshold) {
    this(weights, threshold, UNJUDGED);
  }

  /**
   * A model that also judges frames marked HYPOTHETICAL or NEGATIVE, against
   * {@code markedThreshold} in [0, 1] ({@link #UNJUDGED}: marked frames are exempt).
   */
  public SpecificityModel(Map<String, Double> weights, double threshold, double markedThreshold) {
    Preconditions.checkArgument(threshold >= 0 && threshold <= 1, "threshold %s not in [0, 1]", threshold);
    Preconditions.checkArgument(markedThreshold == UNJUDGED || markedThreshold >= 0 && markedThreshold <= 1,
        "marked threshold %s not in [0, 1]", markedThreshold);
    this.weights = ImmutableMap.copyOf(weights);
    this.threshold = threshold;
    this.markedThreshold = markedThreshold;
    ClassicCounter<Pair<String, String>> w = new ClassicCounter<>();
    // OTHER scores 0 everywhere: P(SPECIFIC) = 1 / (1 + exp(-sum)), as the two-label softmax
    w.setCount(new Pair<>(SpecificityTraining.BIAS, OTHER), 0.0);
    weights.forEach((f, v) -> w.setCount(new Pair<>(f, SPECIFIC), v));
    this.classifier = new LinearClassifier<>(w);
  }

  /** A model that keeps every frame (threshold 0). */
  public static SpecificityModel keepAll() {
    return new SpecificityModel(Map.of(), 0.0);
  }

  /** The packaged model, loaded once per JVM. */
  public static SpecificityModel getDefault() {
    SpecificityModel m = defaults;
    if (m == null) {
      synchronized (SpecificityModel.class) {
        if (defaults == null) {
          defaults = load(ModelFiles.packaged());
        }
        m = defaults;
      }
    }
    return m;
  }

  /** Reads {@code events/specificity.tsv} from {@code models}. */
  public static SpecificityModel load(ModelFiles models) {
    Map<String, Double> w = new LinkedHashMap<>();
    Double threshold = null;
    double marked = UNJUDGED;
    for (ModelFiles.Row row : models.table(DEFAULT_FILE, 2, 3)) {
      switch (row.get(0)) {
        case "THRESHOLD" -> {
          threshold = number(row, 1);
          if (threshold < 0 || threshold > 1) {
            throw row.error("threshold must be in [0, 1], found " + threshold);
          }
        }
        case "MARKED" -> {
          marked = number(row, 1);
          if (marked < 0 || marked > 1) {
            throw row.error("marked threshold must be in [0, 1], found " + marked);
          }
        }
        case "W" -> {
          if (!row.has(1) || w.put(row.get(1), number(row, 2)) != null) {
            throw row.error("empty or repeated feature '" + row.get(1) + "'");
          }
        }
        default -> throw row.error("kind must be THRESHOLD, MARKED or W, found '" + row.get(0) + "'");
      }
    }
    return new SpecificityModel(w, threshold == null ? 0.0 : threshold, marked);
  }

  private static double number(ModelFiles.Row row, int i) {
    try {
      double d = Double.parseDouble(row.get(i));
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw row.error("field " + (i + 1) + " is not a finite number: '" + row.get(i) + "'");
  }

  /** The probability that a frame with these features is a specific mention. */
  public double specific(Collection<String> features) {
    if (weights.isEmpty()) {
      return 1.0;
    }
    List<String> fs = new ArrayList<>(features.size() + 1);
    fs.add(SpecificityTraining.BIAS);
    fs.addAll(features);
    return classifier.probabilityOf(new BasicDatum<>(fs)).getCount(SPECIFIC);
  }

  /** Whether a frame with these features is kept. */
  public boolean keeps(Collection<String> features) {
    return threshold <= 0 || specific(features) >= threshold;
  }

  public double threshold() {
    return threshold;
  }

  /** The threshold of frames marked HYPOTHETICAL or NEGATIVE, {@link #UNJUDGED} when they are exempt. */
  public double markedThreshold() {
    return markedThreshold;
  }

  /** Whether frames marked HYPOTHETICAL or NEGATIVE are judged at all. */
  public boolean judgesMarked() {
    return markedThreshold != UNJUDGED && !weights.isEmpty();
  }

  /** The SPECIFIC weights by feature. */
  public ImmutableMap<String, Double> weights() {
    return weights;
  }
}
