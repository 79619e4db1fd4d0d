package org.hadath.pipeline;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import edu.stanford.nlp.util.Triple;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Faster decoding, with the same labels, for the CRF inside CoreNLP's Arabic segmenter.
 *
 * <p><b>Why.</b> The segmenter labels each character with a linear-chain CRF (a
 * {@code CRFClassifier}; the shipped model is second order: cliques of 1, 2 and 3 labels). To
 * find the best labels CoreNLP first calibrates a clique tree (forward-backward in log space:
 * {@code CRFCliqueTree.getCalibratedCliqueTree}, {@code FactorTable}, {@code logSum}), turns it
 * into conditional log-probabilities log P(y<sub>i</sub> | y<sub>i-2</sub>, y<sub>i-1</sub>)
 * and then runs Viterbi over those. That was about half of the segmenter's time, and the
 * segmenter more than half of Hadath's. The sum of those conditionals along a label sequence
 * is the sum of the unnormalized clique potentials minus a constant (the log-partition with
 * the padding labels before the text fixed to the background label), so Viterbi directly over
 * the summed potentials picks the same sequence at a fraction of the cost.
 *
 * <p><b>Same potentials.</b> The potentials are CoreNLP's own: the features come from the
 * original classifier's {@code documentToDataAndLabels}, and each clique potential is the sum,
 * in CoreNLP's order, of the {@code float} weights widened to {@code double} (times the feature
 * values when there are any), exactly as {@code LinearCliquePotentialFunction} does; smaller
 * cliques are added in as {@code FactorTable.multiplyInEnd} does, and label tuples the model
 * does not list are impossible, as in CoreNLP's tables. The labels before the first character
 * are fixed to the background symbol, as {@code TestSequenceModel} fixes them. Ties are broken
 * as CoreNLP's {@code ExactBestSequenceFinder} breaks them (lowest label index first).
 *
 * <p><b>Exact, not approximate.</b> CoreNLP's scores and ours are the same quantity up to a
 * constant but are rounded differently, so the two could disagree only where two label
 * sequences score within rounding error of each other. The decoder tracks, for every choice
 * along the best path, how far ahead the winner is; when the smallest of those margins is not
 * above {@link #NEAR_TIE} (or a score is not finite) the line is handed to CoreNLP's own
 * decoder instead. {@code SegmenterDecodingTest} checks that the labels and tokens equal
 * CoreNLP's on all our corpora and on generated stress text.
 *
 * <p><b>Where.</b> {@link #install} replaces, by reflection, the classifier inside the
 * {@code ArabicSegmenter} of a CoreNLP {@code TokenizerAnnotator} (fields
 * {@code segmenterAnnotator → segmenter → classifier} of CoreNLP 4.5.10) with a subclass of
 * {@code CRFClassifier} whose {@code classify} decodes this way. It does so only when the
 * classifier is configured the way this decoder assumes (a plain {@code CRFClassifier}, Viterbi
 * inference, linear potentials over its weights, no Gibbs sampling, no reversed input, no label
 * dictionary); otherwise, or if any reflective step fails, it logs one warning and leaves
 * CoreNLP's decoder in place. The per-character {@code AnswerProbAnnotation} (a marginal that
 * needs the forward-backward pass) is not set; the segmenter's tokens do not carry it.
 *
 * <p><b>Switch.</b> Run with {@code -Dhadath.segmenter.coreNlpDecoding=true} to keep CoreNLP's
 * decoder (to compare speed or output).
 *
 * <p>Thread-safe: the decoder holds only the model's immutable arrays; every call allocates
 * its own work arrays.
 */
final class SegmenterDecoding {
  private static final Logger LOG = LoggerFactory.getLogger(SegmenterDecoding.class);

  /** System property: {@code true} keeps CoreNLP's own decoder. */
  static final String CORENLP_DECODING_PROPERTY = "hadath.segmenter.coreNlpDecoding";

  /**
   * A best path with a choice won by at most {@code NEAR_TIE + NEAR_TIE_PER_POSITION * n} (in
   * log-potential units; n characters) is decoded by CoreNLP instead. CoreNLP's own rounding
   * error grows with the line, as its forward-backward values grow with it: by our estimate a
   * few units in the last place of a value of about 20 × n, some 1e-10 per position for a
   * 20,000-character line, so the bound is several times what rounding can move a comparison
   * by. Real margins are far larger: the smallest on our corpora is about 2e-4, most are above
   * 0.1, and no line of them is handed back.
   */
  static final double NEAR_TIE = 1e-6;

  /** See {@link #NEAR_TIE}. */
  static final double NEAR_TIE_PER_POSITION = 1e-9;

  /** Largest label-tuple table (numClasses ^ window) this decoder accepts. */
  private static final int MAX_TABLE = 1 << 16;

  private SegmenterDecoding() {}

  /**
   * Installs the fast decoder into the Arabic segmenter inside {@code tokenizer} (a CoreNLP
   * {@code TokenizerAnnotator} for Arabic). Never throws: when the segmenter or its classifier
   * is not as expected, logs one warning and leaves CoreNLP's decoder in place.
   *
   * @return true if the fast decoder is in place (installed now or before)
   */
  static boolean install(Annotator tokenizer) {
    if (Boolean.getBoolean(CORENLP_DECODING_PROPERTY)) {
      LOG.info("{}=true: the Arabic segmenter keeps CoreNLP's decoder", CORENLP_DECODING_PROPERTY);
      return false;
    }
    try {
      Object segmenter = segmenterOf(tokenizer);
      Field classifierField = field(segmenter.getClass(), "classifier");
      Object current = classifierField.get(segmenter);
      if (current instanceof FastViterbiClassifier) {
        return true;
      }
      if (!(current instanceof CRFClassifier)) {
        LOG.warn("Arabic segmenter: CoreNLP's decoder kept (its classifier is {}, not a CRFClassifier)",
            current == null ? "null" : current.getClass().getName());
        return false;
      }
      @SuppressWarnings("unchecked")
      CRFClassifier<CoreLabel> crf = (CRFClassifier<CoreLabel>) current;
      String why = unsupportedReason(crf);
      if (why != null) {
        LOG.warn("Arabic segmenter: CoreNLP's decoder kept ({})", why);
        return false;
      }
      classifierField.set(segmenter, new FastViterbiClassifier(crf, Decoder.of(crf)));
      return true;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.warn("Arabic segmenter: CoreNLP's decoder kept (could not install the fast decoder: {})",
          e.toString());
      return false;
    }
  }

  /** The fast classifier inside {@code tokenizer}'s segmenter, or null if it is not installed. */
  static FastViterbiClassifier installed(Annotator tokenizer) {
    try {
      Object segmenter = segmenterOf(tokenizer);
      Object c = field(segmenter.getClass(), "classifier").get(segmenter);
      return c instanceof FastViterbiClassifier ? (FastViterbiClassifier) c : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The {@code ArabicSegmenter} inside a CoreNLP 4.5.10 {@code TokenizerAnnotator}. */
  static Object segmenterOf(Annotator tokenizer) throws ReflectiveOperationException {
    Object segmenterAnnotator = field(tokenizer.getClass(), "segmenterAnnotator").get(tokenizer);
    if (segmenterAnnotator == null) {
      throw new IllegalStateException("the tokenizer has no segmenter (not tokenize.language=ar?)");
    }
    Object segmenter = field(segmenterAnnotator.getClass(), "segmenter").get(segmenterAnnotator);
    if (segmenter == null) {
      throw new IllegalStateException("the segmenter annotator has no segmenter");
    }
    return segmenter;
  }

  /**
   * Why this decoder would not give CoreNLP's labels for {@code c}, or null when it would.
   * Read from the classifier's configuration: what {@code CRFClassifier.classify} does with
   * it in CoreNLP 4.5.10.
   */
  static String unsupportedReason(CRFClassifier<?> c) {
    try {
      if (c.getClass() != CRFClassifier.class) {
        return "the classifier is a " + c.getClass().getName() + ", not a plain CRFClassifier";
      }
      if (c.flags == null) {
        return "the classifier has no flags";
      }
      if (c.flags.doGibbs) {
        return "doGibbs: Gibbs sampling inference";
      }
      if (c.flags.crfType == null || !c.flags.crfType.equalsIgnoreCase("maxent")) {
        return "crfType " + c.flags.crfType;
      }
      if (c.flags.inferenceType != null && !c.flags.inferenceType.equalsIgnoreCase("Viterbi")) {
        return "inferenceType " + c.flags.inferenceType;
      }
      if (c.flags.useReverse) {
        return "useReverse";
      }
      if (c.flags.nonLinearCRF) {
        return "nonLinearCRF";
      }
      if (get(c, "labelDictionary") != null) {
        return "a label dictionary restricts the labels";
      }
      Object weights = get(c, "weights");
      if (!(weights instanceof float[][])) {
        return "no float weights";
      }
      Object potentials = get(c, "cliquePotentialFunction");
      if (potentials != null) {
        // CoreNLP builds LinearCliquePotentialFunction(weights) on first use; anything else
        // (nonlinear, or linear over other weights via updateWeightsForTest) is not ours
        if (!potentials.getClass().getName().equals("edu.stanford.nlp.ie.crf.LinearCliquePotentialFunction")
            || field(potentials.getClass(), "fWeights").get(potentials) != weights) {
          return "clique potentials from " + potentials.getClass().getName() + ", not linear over the weights";
        }
      }
      List<?> labelIndices = (List<?>) get(c, "labelIndices");
      if (labelIndices == null || labelIndices.size() != c.windowSize || c.windowSize < 1) {
        return "window " + c.windowSize + " does not match the label cliques";
      }
      if (c.classIndex == null || c.classIndex.indexOf(c.flags.backgroundSymbol) < 0) {
        return "background symbol " + c.flags.backgroundSymbol + " is not a label";
      }
      int numClasses = c.classIndex.size();
      if (numClasses < 1 || numClasses > Byte.MAX_VALUE) {
        return numClasses + " labels";
      }
      long table = 1;
      for (int j = 0; j < c.windowSize; j++) {
        table *= numClasses;
        if (table > MAX_TABLE) {
          return "window " + c.windowSize + " over " + numClasses + " labels is too large";
        }
      }
      return null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "cannot read the classifier's configuration: " + e;
    }
  }

  private static Field field(Class<?> cls, String name) throws NoSuchFieldException {
    for (Class<?> k = cls; k != null; k = k.getSuperclass()) {
      try {
        Field f = k.getDeclaredField(name);
        f.setAccessible(true);
        return f;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(cls.getName() + "." + name);
  }

  private static Object get(Object o, String name) throws ReflectiveOperationException {
    return field(o.getClass(), name).get(o);
  }

  /**
   * A {@code CRFClassifier} (made by CoreNLP's copy constructor from the segmenter's own)
   * whose {@link #classify} decodes with {@link Decoder}. Features are computed by the
   * original classifier; lines whose best path is a near-tie, or that the decoder cannot
   * handle, are classified by the original classifier, CoreNLP's code path unchanged.
   */
  static final class FastViterbiClassifier extends CRFClassifier<CoreLabel> {
    private final CRFClassifier<CoreLabel> original;
    private final Decoder decoder;
    private final String[] labels;
    private final LongAdder fast = new LongAdder();
    private final LongAdder handedBack = new LongAdder();
    private final LongAdder errors = new LongAdder();

    FastViterbiClassifier(CRFClassifier<CoreLabel> original, Decoder decoder) throws ReflectiveOperationException {
      super(original);
      // CoreNLP's copy constructor leaves the weights behind: share them, so that the
      // inherited methods work on this copy too; and share the feature index, not a copy
      field(CRFClassifier.class, "weights").set(this, decoder.weights);
      Field featureIndex = field(CRFClassifier.class, "featureIndex");
      featureIndex.set(this, featureIndex.get(original));
      this.original = original;
      this.decoder = decoder;
      this.labels = new String[decoder.numClasses];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = original.classIndex.get(i);
      }
    }

    /**
     * Labels {@code document} in place (AnswerAnnotation), as {@code CRFClassifier.classify}
     * does with Viterbi inference.
     */
    @Override
    public List<CoreLabel> classify(List<CoreLabel> document) {
      if (document.isEmpty()) {
        return document;
      }
      Triple<int[][][], int[], double[][][]> p = original.documentToDataAndLabels(document);
      int[] best;
      try {
        best = decoder.bestSequence(p.first(), p.third(),
            NEAR_TIE + NEAR_TIE_PER_POSITION * document.size(), null);
      } catch (RuntimeInterruptedException e) {
        throw e;
      } catch (RuntimeException e) {
        // not expected (CoreNLP reads the same arrays); CoreNLP's decoder decides, as it would have
        if (errors.sum() == 0) {
          LOG.warn("Arabic segmenter: fast decoder failed on a line, CoreNLP's decoder used: {}", e.toString());
        }
        errors.increment();
        best = null;
      }
      if (best == null || best.length != document.size()) {
        handedBack.increment();
        return original.classify(document);
      }
      for (int j = 0; j < best.length; j++) {
        document.get(j).set(CoreAnnotations.AnswerAnnotation.class, labels[best[j]]);
      }
      fast.increment();
      return document;
    }

    /** The segmenter's own classifier, which this one decodes for. */
    CRFClassifier<CoreLabel> original() {
      return original;
    }

    /** Lines decoded here so far. */
    long fastCount() {
      return fast.sum();
    }

    /** Lines handed to CoreNLP's decoder so far (near-ties and errors). */
    long handedBackCount() {
      return handedBack.sum();
    }

    /** Lines on which the fast decoder failed with an exception (and CoreNLP decoded). */
    long errorCount() {
      return errors.sum();
    }
  }

  /**
   * Viterbi over summed clique potentials for a linear-chain CRF of any window (clique size)
   * k: the state at position i is the last k-1 labels; a step adds the potentials of the
   * full window. Immutable; thread-safe.
   */
  static final class Decoder {
    final float[][] weights;
    final int numClasses;
    final int window;
    final int background;
    /** Per clique size j+1: label-assignment index k → index in a table of numClasses^(j+1). */
    private final int[][] tupleIndex;
    /** Per clique size: whether every tuple has an assignment (no -Infinity cells). */
    private final boolean[] complete;
    /** numClasses^(j+1) for j = 0..window-1. */
    private final int[] tableSize;

    Decoder(float[][] weights, List<Index<CRFLabel>> labelIndices, int numClasses, int background) {
      this.weights = weights;
      this.numClasses = numClasses;
      this.window = labelIndices.size();
      this.background = background;
      this.tupleIndex = new int[window][];
      this.complete = new boolean[window];
      this.tableSize = new int[window];
      int size = 1;
      for (int j = 0; j < window; j++) {
        size *= numClasses;
        tableSize[j] = size;
        Index<CRFLabel> index = labelIndices.get(j);
        int[] map = new int[index.size()];
        boolean[] seen = new boolean[size];
        int distinct = 0;
        for (int k = 0; k < map.length; k++) {
          int[] label = index.get(k).getLabel();
          if (label.length != j + 1) {
            throw new IllegalArgumentException("clique " + (j + 1) + " has a label of length " + label.length);
          }
          int t = 0;
          for (int y : label) { // first label most significant, as FactorTable.indexOf
            if (y < 0 || y >= numClasses) {
              throw new IllegalArgumentException("label " + y + " out of range");
            }
            t = t * numClasses + y;
          }
          map[k] = t;
          if (!seen[t]) {
            seen[t] = true;
            distinct++;
          }
        }
        tupleIndex[j] = map;
        complete[j] = distinct == size;
      }
    }

    @SuppressWarnings("unchecked")
    static Decoder of(CRFClassifier<?> c) throws ReflectiveOperationException {
      return new Decoder((float[][]) get(c, "weights"), (List<Index<CRFLabel>>) get(c, "labelIndices"),
          c.classIndex.size(), c.classIndex.indexOf(c.flags.backgroundSymbol));
    }

    /**
     * The best label sequence for one document's features ({@code data[i][j]}: features of
     * the clique of size j+1 at position i; {@code featureVals} null or the matching values),
     * or null when its smallest winning margin is not above {@code nearTie} or no finite path
     * exists. {@code minMargin}, if given, receives that smallest margin.
     */
    int[] bestSequence(int[][][] data, double[][][] featureVals, double nearTie, double[] minMargin) {
      int n = data.length;
      if (n == 0) {
        if (minMargin != null) {
          minMargin[0] = Double.POSITIVE_INFINITY;
        }
        return new int[0];
      }
      int c = numClasses;
      int states = tableSize[window - 1] / c; // c^(window-1)
      int stride = states / c; // c^(window-2); 0 when window == 1
      double[][] tables = new double[window][];
      for (int j = 0; j < window; j++) {
        tables[j] = new double[tableSize[j]];
      }
      double[] acc = new double[maxAssignments()];
      double[] prev = new double[states];
      double[] cur = new double[states];
      byte[] back = new byte[n * states];
      float[] margin = new float[n * states];
      Arrays.fill(prev, Double.NEGATIVE_INFINITY);
      int start = 0;
      for (int j = 0; j < window - 1; j++) {
        start = start * c + background;
      }
      prev[start] = 0.0;
      for (int i = 0; i < n; i++) {
        if ((i & 255) == 0 && Thread.interrupted()) {
          throw new RuntimeInterruptedException(); // as ExactBestSequenceFinder does
        }
        double[] t = potentials(data[i], featureVals == null ? null : featureVals[i], tables, acc);
        for (int ns = 0; ns < states; ns++) {
          int mid = ns / c;
          double best = Double.NEGATIVE_INFINITY;
          double second = Double.NEGATIVE_INFINITY;
          int arg = -1;
          for (int a = 0; a < c; a++) {
            double v = prev[a * stride + mid] + t[a * states + ns];
            if (v > best) { // strict: the lowest label wins a tie, as in ExactBestSequenceFinder
              second = best;
              best = v;
              arg = a;
            } else if (v > second || v == best) {
              second = v;
            }
          }
          cur[ns] = best;
          back[i * states + ns] = (byte) arg;
          margin[i * states + ns] = (float) (best - second);
        }
        double[] swap = prev;
        prev = cur;
        cur = swap;
      }
      // the final choice: CoreNLP keeps the best whole window (the state and the label before
      // it), lowest window index on a tie
      int chosen = -1;
      double top = Double.NEGATIVE_INFINITY;
      long chosenKey = Long.MAX_VALUE;
      for (int s = 0; s < states; s++) {
        double v = prev[s];
        long key = (long) back[(n - 1) * states + s] * states + s;
        if (v > top || (v == top && v > Double.NEGATIVE_INFINITY && key < chosenKey)) {
          top = v;
          chosen = s;
          chosenKey = key;
        }
      }
      if (chosen < 0 || !(top < Double.POSITIVE_INFINITY)) {
        return null;
      }
      double min = Double.POSITIVE_INFINITY;
      for (int s = 0; s < states; s++) {
        if (s != chosen) {
          min = Math.min(min, top - prev[s]);
        }
      }
      int[] labels = new int[n];
      int s = chosen;
      for (int i = n - 1; i >= 0; i--) {
        int a = back[i * states + s];
        float m = margin[i * states + s];
        if (Float.isNaN(m)) {
          return null;
        }
        min = Math.min(min, m);
        if (window == 1) {
          labels[i] = a;
        } else {
          labels[i] = s % c;
          s = a * stride + s / c;
        }
      }
      if (minMargin != null) {
        minMargin[0] = min;
      }
      return min > nearTie ? labels : null;
    }

    /**
     * The window table at one position: the clique potentials of each size (features summed
     * as LinearCliquePotentialFunction sums them), smaller cliques added in as
     * FactorTable.multiplyInEnd adds them.
     */
    private double[] potentials(int[][] cliques, double[][] values, double[][] tables, double[] acc) {
      for (int j = 0; j < window; j++) {
        int[] map = tupleIndex[j];
        int assignments = map.length;
        Arrays.fill(acc, 0, assignments, 0.0);
        int[] features = cliques[j];
        double[] vals = values == null ? null : values[j];
        for (int m = 0; m < features.length; m++) {
          float[] row = weights[features[m]];
          if (vals == null) {
            for (int k = 0; k < assignments; k++) {
              acc[k] += row[k];
            }
          } else {
            double v = vals[m];
            for (int k = 0; k < assignments; k++) {
              acc[k] += row[k] * v;
            }
          }
        }
        double[] table = tables[j];
        if (!complete[j]) {
          Arrays.fill(table, Double.NEGATIVE_INFINITY);
        }
        for (int k = 0; k < assignments; k++) {
          table[map[k]] = acc[k];
        }
        if (j > 0) {
          double[] smaller = tables[j - 1];
          int divisor = smaller.length;
          for (int x = 0; x < table.length; x++) {
            table[x] += smaller[x % divisor];
          }
        }
      }
      return tables[window - 1];
    }

    private int maxAssignments() {
      int max = 0;
      for (int[] m : tupleIndex) {
        max = Math.max(max, m.length);
      }
      return max;
    }
  }
}
