package org.hadath.pipeline;

/**
 * How a sentence's constituency tree was obtained. Reported in outputs so that users see
 * where syntax, and hence everything built on it, is degraded.
 */
public enum ParseStatus {
  /** Parsed whole by the configured parser. */
  FULL,
  /**
   * Longer than the parser length limit: parsed in consecutive chunks that are joined
   * under one root; dependencies across chunk borders are approximate.
   */
  CHUNKED,
  /** The parser failed or was not run; the tree is flat (every token under the root). */
  FLAT,
  /** Not parsed because no later stage needs it (no trigger candidate). */
  SKIPPED,
  /**
   * Not segmented, tagged or parsed: its line held nothing the event rules can use, nor was
   * it next to such a line (see {@link LineSelector}). The sentence keeps its number and
   * character span but has no tokens.
   */
  NOT_ANALYSED
}
