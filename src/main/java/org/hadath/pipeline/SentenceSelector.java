package org.hadath.pipeline;

import edu.stanford.nlp.util.CoreMap;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses which sentences of a document get parsed. Sees the whole document (a sentence may
 * be needed for its neighbour, e.g. a reporting sentence that the next one continues), and
 * runs after tagging, so it can look at words and tags. Must be thread-safe.
 */
@FunctionalInterface
public interface SentenceSelector {

  /** Every sentence is parsed. */
  SentenceSelector ALL = sentences -> {
    boolean[] b = new boolean[sentences.size()];
    Arrays.fill(b, true);
    return b;
  };

  /** For each sentence, whether to parse it. */
  boolean[] select(List<CoreMap> sentences);

  /**
   * For each sentence of a document whose text is {@code text} (what the tokens' offsets
   * point into), whether to parse it: a selector that needs what lies between sentences (a
   * line break) overrides this; by default the text is not read.
   */
  default boolean[] select(List<CoreMap> sentences, String text) {
    return select(sentences);
  }
}
