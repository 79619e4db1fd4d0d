package org.hadath.output;

import java.io.IOException;
import java.io.Writer;

/**
 * The formats events can be written in, by the CLI ({@code --format}), the HTTP service
 * ({@code ?format=}) and the API alike.
 */
public enum OutputFormat {
  /** Pretty-printed JSON, the annotation guide's format ({@link JsonEventWriter}). */
  JSON("json", "application/json"),
  /** JSON Lines: one document per line ({@link JsonEventWriter#lines}). */
  JSONL("jsonl", "application/x-ndjson"),
  /** The ACLED-shaped CSV table, one row per event ({@link CsvEventWriter}). */
  CSV("csv", "text/csv");

  private final String extension;
  private final String mediaType;

  OutputFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The media type (without charset; all formats are UTF-8). */
  public String mediaType() {
    return mediaType;
  }

  /** A writer in this format onto {@code out} (CSV writes its header at once). */
  public EventWriter open(Writer out) throws IOException {
    return open(out, null);
  }

  /**
   * Like {@link #open(Writer)}, the CSV rows named from {@code rows} (e.g.
   * {@code AcledRows.load(ModelFiles.overrides(dir))} for a user's edited tables); null for
   * the packaged ones.
   */
  public EventWriter open(Writer out, AcledRows rows) throws IOException {
    return switch (this) {
      case JSON -> JsonEventWriter.pretty(out);
      case JSONL -> JsonEventWriter.lines(out);
      case CSV -> rows == null ? new CsvEventWriter(out) : CsvEventWriter.create(out, rows);
    };
  }

  /**
   * The format named {@code name} (json, jsonl or csv; any case).
   *
   * @throws IllegalArgumentException naming the choices
   */
  public static OutputFormat parse(String name) {
    for (OutputFormat f : values()) {
      if (f.extension.equalsIgnoreCase(name == null ? "" : name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "' (json, jsonl or csv)");
  }
}
