package org.hadath.events;

import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confines a failure of one mechanism to one sentence: the event layer runs each sentence's
 * work through {@link #run}, so an unexpected exception costs that sentence's frames, not the
 * whole document. The failure is logged at WARN naming the document and the sentence; the
 * stack trace goes to DEBUG (for bug reports, without flooding a batch's log).
 */
final class SentenceGuard {
  private static final Logger LOG = LoggerFactory.getLogger(SentenceGuard.class);

  private SentenceGuard() {}

  /**
   * The result of {@code work} for sentence {@code sentence} (0-based, as in the JSON), or
   * {@code fallback} when it throws. Cancellation (a batch's
   * time budget ran out) and {@link Error}s are not caught: they end the document, as they
   * should.
   */
  static <T> T run(String docId, int sentence, Supplier<T> work, T fallback) {
    String doc = docId == null ? "(document without id)" : docId;
    try {
      return work.get();
    } catch (CancellationException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.warn("{}: sentence {}: event extraction failed ({}); the sentence's frames are dropped",
          doc, sentence, e.toString());
      LOG.debug("{}: sentence {}: stack trace", doc, sentence, e);
      return fallback;
    }
  }
}
