package org.hadath.output;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.Writer;
import org.hadath.events.DocumentEvents;

/**
 * {@link OutputFormat#JSONL}: JSON Lines, one document per line in the annotation guide's
 * format ({@link EventJson}), so a stream of any length can be read line by line.
 */
public final class JsonLinesEventWriter implements EventWriter {
  private final Writer out;

  /** A writer onto {@code out}. */
  public JsonLinesEventWriter(Writer out) {
    this.out = Preconditions.checkNotNull(out);
  }

  @Override
  public void write(DocumentEvents doc) throws IOException {
    out.write(EventJson.writeLine(doc));
    out.write('\n');
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
