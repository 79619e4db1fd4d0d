package org.hadath.output;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.Writer;
import org.hadath.events.DocumentEvents;

/**
 * {@link OutputFormat#JSON}: each document as a pretty-printed JSON object in the annotation
 * guide's format ({@link EventJson}), followed by a line break. One document per output is
 * a JSON document; for streams of many use {@link JsonLinesEventWriter}.
 */
public final class JsonEventWriter implements EventWriter {
  private final Writer out;

  /** A writer onto {@code out}. */
  public JsonEventWriter(Writer out) {
    this.out = Preconditions.checkNotNull(out);
  }

  @Override
  public void write(DocumentEvents doc) throws IOException {
    out.write(EventJson.write(doc));
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
