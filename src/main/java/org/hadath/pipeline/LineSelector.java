package org.hadath.pipeline;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses, before segmentation, which lines of a document are analysed at all. A line that
 * is not chosen is neither segmented nor tagged nor parsed: it keeps its place as sentences
 * without tokens ({@link ParseStatus#NOT_ANALYSED}), so sentence numbers stay those of a full
 * run. Used to skip text that cannot contribute to what a later stage extracts (see
 * {@code org.hadath.events.EventTextFilter}); the default, {@link #ALL}, analyses everything.
 * Must be thread-safe.
 */
@FunctionalInterface
public interface LineSelector {

  /** Every line is analysed. */
  LineSelector ALL = lines -> {
    boolean[] b = new boolean[lines.size()];
    Arrays.fill(b, true);
    return b;
  };

  /**
   * For each line, whether to analyse it.
   *
   * @param lines the document's non-blank lines, in order, as normalized text (what the
   *     segmenter would read)
   */
  boolean[] select(List<String> lines);
}
