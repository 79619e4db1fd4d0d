package org.hadath.output;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.Writer;
import java.util.function.Function;
import org.hadath.events.DocumentEvents;

/**
 * {@link OutputFormat#JSON} and {@link OutputFormat#JSONL}: each document as a JSON object in
 * the annotation guide's format ({@link EventJson}), followed by a line break — pretty-printed
 * ({@link #pretty}; one document per output is a JSON document) or on one line ({@link #lines},
 * JSON Lines, so a stream of any length can be read line by line).
 */
public final class JsonEventWriter implements EventWriter {
  private final Writer out;
  private final Function<DocumentEvents, String> render;

  private JsonEventWriter(Writer out, Function<DocumentEvents, String> render) {
    this.out = Preconditions.checkNotNull(out);
    this.render = render;
  }

  /** Pretty-printed JSON onto {@code out}. */
  public static JsonEventWriter pretty(Writer out) {
    return new JsonEventWriter(out, EventJson::write);
  }

  /** JSON Lines onto {@code out}: one document per line. */
  public static JsonEventWriter lines(Writer out) {
    return new JsonEventWriter(out, EventJson::writeLine);
  }

  @Override
  public void write(DocumentEvents doc) throws IOException {
    out.write(render.apply(doc));
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
