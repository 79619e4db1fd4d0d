package org.hadath.output;

import java.io.Closeable;
import java.io.IOException;
import org.hadath.events.DocumentEvents;

/**
 * Writes the frames of a stream of documents in one output format ({@link OutputFormat}).
 * Documents are written in the order given; {@link #close()} finishes the output (flushes it
 * and closes the underlying writer). Not thread-safe: one writer per output stream.
 */
public interface EventWriter extends Closeable {
  /** Writes one document's frames. */
  void write(DocumentEvents doc) throws IOException;

  /** Flushes what was written so far. */
  void flush() throws IOException;
}
