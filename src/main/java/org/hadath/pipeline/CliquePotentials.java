package org.hadath.pipeline;

import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.util.Index;
import java.util.Arrays;
import java.util.List;

/**
 * The unnormalized clique potentials of a linear-chain CRF at one position, for the Arabic
 * segmenter's fast decoder ({@link SegmenterDecoding}): decides the score of every label tuple
 * of the full window (clique size k) from the position's features, exactly as CoreNLP adds
 * them up.
 *
 * <p><b>Same potentials as CoreNLP.</b> Each clique potential is the sum, in CoreNLP's order,
 * of the {@code float} weights widened to {@code double} (times the feature values when there
 * are any), exactly as {@code LinearCliquePotentialFunction} does; smaller cliques are added in
 * as {@code FactorTable.multiplyInEnd} does, and label tuples the model does not list are
 * impossible ({@code -Infinity}), as in CoreNLP's tables. Tuples are indexed with the first
 * label most significant, as {@code FactorTable.indexOf} indexes them.
 *
 * <p>Immutable and thread-safe: holds only the model's arrays; callers pass their own work
 * arrays ({@link #newTables()}, {@link #newAccumulator()}).
 */
final class CliquePotentials {
  private final float[][] weights;
  private final int window;
  /** Per clique size j+1: label-assignment index k → index in a table of numClasses^(j+1). */
  private final int[][] tupleIndex;
  /** Per clique size: whether every tuple has an assignment (no -Infinity cells). */
  private final boolean[] complete;
  /** numClasses^(j+1) for j = 0..window-1. */
  private final int[] tableSize;

  /**
   * Potentials over {@code weights} for the cliques of {@code labelIndices} (index j: cliques
   * of j+1 labels, each label in 0..numClasses-1).
   *
   * @throws IllegalArgumentException if a clique's label has the wrong length or a label is
   *     out of range
   */
  CliquePotentials(float[][] weights, List<Index<CRFLabel>> labelIndices, int numClasses) {
    this.weights = weights;
    this.window = labelIndices.size();
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

  /** numClasses^window: the number of label tuples of the full window. */
  int windowTableSize() {
    return tableSize[window - 1];
  }

  /** Fresh work tables for {@link #windowTable}, one per clique size. */
  double[][] newTables() {
    double[][] tables = new double[window][];
    for (int j = 0; j < window; j++) {
      tables[j] = new double[tableSize[j]];
    }
    return tables;
  }

  /** A fresh accumulator for {@link #windowTable}, as long as the largest clique's assignments. */
  double[] newAccumulator() {
    int max = 0;
    for (int[] m : tupleIndex) {
      max = Math.max(max, m.length);
    }
    return new double[max];
  }

  /**
   * The window table at one position: the clique potentials of each size (features summed
   * as LinearCliquePotentialFunction sums them), smaller cliques added in as
   * FactorTable.multiplyInEnd adds them.
   *
   * @param cliques the position's features per clique size
   * @param values null, or the matching feature values
   * @param tables work tables from {@link #newTables()}; the result is the last of them
   * @param acc work array from {@link #newAccumulator()}
   */
  double[] windowTable(int[][] cliques, double[][] values, double[][] tables, double[] acc) {
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
}
