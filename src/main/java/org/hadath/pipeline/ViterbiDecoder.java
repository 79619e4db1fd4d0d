package org.hadath.pipeline;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.Arrays;
import java.util.List;

/**
 * Viterbi over summed clique potentials ({@link CliquePotentials}) for a linear-chain CRF of
 * any window (clique size) k, as used by the Arabic segmenter's fast decoder
 * ({@link SegmenterDecoding}): decides the best label sequence of one line, breaking ties as
 * CoreNLP does, and whether that sequence is safe to use or must be left to CoreNLP's decoder.
 *
 * <p>The state at position i is the last k-1 labels; a step adds the potentials of the full
 * window. The labels before the first character are fixed to the background label, as
 * CoreNLP's {@code TestSequenceModel} fixes them. Ties are broken as CoreNLP's
 * {@code ExactBestSequenceFinder} breaks them (lowest label index first; at the end, the
 * lowest whole-window index).
 *
 * <p><b>Exact, not approximate.</b> CoreNLP's scores (conditional log-probabilities) and these
 * (summed potentials) differ by a constant but are rounded differently, so they could pick
 * different sequences only where two score within rounding error of each other. The search
 * therefore tracks, for every choice along the best path, how far ahead the winner is, and
 * returns no sequence when the smallest of those margins is not above the caller's near-tie
 * bound (or a score is not finite).
 *
 * <p>Immutable; thread-safe: every call allocates its own work arrays.
 */
final class ViterbiDecoder {
  final float[][] weights;
  final int numClasses;
  final int window;
  final int background;
  private final CliquePotentials potentials;

  /**
   * A decoder over {@code weights} for the cliques of {@code labelIndices} (index j: cliques
   * of j+1 labels), {@code numClasses} labels and the background label {@code background}.
   *
   * @throws IllegalArgumentException if a clique's label has the wrong length or a label is
   *     out of range
   */
  ViterbiDecoder(float[][] weights, List<Index<CRFLabel>> labelIndices, int numClasses, int background) {
    this.weights = weights;
    this.numClasses = numClasses;
    this.window = labelIndices.size();
    this.background = background;
    this.potentials = new CliquePotentials(weights, labelIndices, numClasses);
  }

  /** A decoder over {@code c}'s weights, cliques, labels and background symbol. */
  @SuppressWarnings("unchecked")
  static ViterbiDecoder of(CRFClassifier<?> c) throws ReflectiveOperationException {
    return new ViterbiDecoder((float[][]) SegmenterDecoding.get(c, "weights"),
        (List<Index<CRFLabel>>) SegmenterDecoding.get(c, "labelIndices"),
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
    int states = potentials.windowTableSize() / c; // c^(window-1)
    int stride = states / c; // c^(window-2); 0 when window == 1
    double[][] tables = potentials.newTables();
    double[] acc = potentials.newAccumulator();
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
      double[] t = potentials.windowTable(data[i], featureVals == null ? null : featureVals[i], tables, acc);
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
}
