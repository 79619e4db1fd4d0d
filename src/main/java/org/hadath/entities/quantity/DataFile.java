package org.hadath.entities.quantity;

import org.hadath.util.ModelFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small tab-separated data files of the quantity and time layers from the
 * classpath ({@code hadath/models/...}).
 *
 * <p>Lines are UTF-8; blank lines and lines starting with {@code #} are ignored. Every
 * other line must have between {@code minColumns} and {@code maxColumns} tab-separated
 * non-blank columns. A malformed line fails the load with a {@link DataFormatException}
 * naming the file and the line, because a silently skipped lexicon entry is a bug nobody
 * finds.
 */
public final class DataFile {

  private DataFile() {}

  /**
   * A data line that does not follow its file's format; the message names file and line. A
   * {@link org.hadath.util.ModelFormatException}, like every model-file error of the library.
   */
  public static final class DataFormatException extends org.hadath.util.ModelFormatException {
    private static final long serialVersionUID = 1L;

    public DataFormatException(String file, int line, String message) {
      super(file, line, message);
    }
  }

  /** One validated data line: its columns (trimmed) and where it came from. */
  public record Row(String file, int line, List<String> columns) {
    /** Column {@code i}, or {@code null} when the row is shorter. */
    public String get(int i) {
      return i < columns.size() ? columns.get(i) : null;
    }

    /** Fails this row with a message naming its file and line. */
    public DataFormatException error(String message) {
      return new DataFormatException(file, line, message);
    }

    /** Column {@code i} as an int, failing with file and line when it is not one. */
    public int intColumn(int i) {
      String s = get(i);
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException | NullPointerException e) {
        throw error("column " + (i + 1) + " is not an integer: '" + s + "'");
      }
    }
  }

  /** Loads {@code hadath/models/<relativePath>} from the classpath. */
  public static List<Row> load(String relativePath, int minColumns, int maxColumns) {
    String resource = "hadath/models/" + relativePath;
    InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing data file on the classpath: " + resource);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(resource, r, minColumns, maxColumns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Parses data lines from {@code reader}; {@code name} is used in error messages. The
   * reading and column-count rules are {@link ModelFiles#parseTsv}'s; this file format adds
   * that columns are trimmed and none may be empty.
   */
  public static List<Row> parse(String name, Reader reader, int minColumns, int maxColumns)
      throws IOException {
    List<String> lines = new BufferedReader(reader).lines().toList();
    List<Row> rows = new ArrayList<>();
    List<ModelFiles.Row> parsed;
    try {
      parsed = ModelFiles.parseTsv(name, lines, minColumns, maxColumns);
    } catch (org.hadath.util.ModelFormatException e) {
      throw new DataFormatException(name, e.line(), e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
    }
    for (ModelFiles.Row r : parsed) {
      List<String> cols = new ArrayList<>();
      for (int i = 0; i < r.fields().size(); i++) {
        String c = r.get(i);
        if (c.isEmpty()) {
          throw new DataFormatException(name, r.line(), "column " + (i + 1) + " is empty");
        }
        cols.add(c);
      }
      rows.add(new Row(name, r.line(), List.copyOf(cols)));
    }
    return rows;
  }
}
