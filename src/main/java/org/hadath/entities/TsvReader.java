package org.hadath.entities;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the project's tab-separated model files: UTF-8, lines starting with {@code #}
 * and blank lines ignored, the first other line a header naming the columns.
 *
 * <p>Every row remembers its file and line so that a validation error in a model file
 * points the person editing it at the exact place ({@code actors.tsv:42: unknown
 * category FOO}). Column counts are checked here; meaning is checked by the caller with
 * {@link Row#error(String)}.
 */
public final class TsvReader {

  private TsvReader() {}

  /**
   * A model file is malformed; the message starts with {@code file:line:}. A
   * {@link org.hadath.util.ModelFormatException}, like every model-file error of the library.
   */
  public static final class FormatException extends org.hadath.util.ModelFormatException {
    private static final long serialVersionUID = 1L;

    public FormatException(String file, int line, String message) {
      super(file, line, message);
    }
  }

  /** One data line of a TSV file. */
  public record Row(String file, int line, ImmutableList<String> fields) {
    /** The field at {@code i}, trimmed. */
    public String get(int i) {
      return fields.get(i).trim();
    }

    /** An exception that names this row's file and line. */
    public FormatException error(String message) {
      return new FormatException(file, line, message);
    }

    /**
     * The field at {@code i} as a constant of {@code type}; an unknown value is an
     * {@link #error} "unknown {@code what} VALUE".
     */
    public <E extends Enum<E>> E getEnum(Class<E> type, int i, String what) {
      try {
        return Enum.valueOf(type, get(i));
      } catch (IllegalArgumentException e) {
        throw error("unknown " + what + " " + get(i));
      }
    }
  }

  /** A parsed file: its header and rows. */
  public record Table(String file, ImmutableList<String> header, ImmutableList<Row> rows) {}

  /**
   * Reads {@code resource} from the class path.
   *
   * @throws UncheckedIOException when the resource is missing or unreadable
   * @throws FormatException when a row's column count differs from the header's, or when
   *     {@code expectedHeader} is given and the header differs from it
   */
  public static Table readResource(String resource, List<String> expectedHeader) {
    InputStream in = TsvReader.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("model file not on class path: " + resource));
    }
    return read(resource, in, expectedHeader);
  }

  /** Reads a stream; {@code file} is only used in error messages. Closes the stream. */
  public static Table read(String file, InputStream in, List<String> expectedHeader) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      ImmutableList<String> header = null;
      ImmutableList.Builder<Row> rows = ImmutableList.builder();
      String s;
      int lineNo = 0;
      while ((s = r.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
          s = s.substring(1);
        }
        if (s.isBlank() || s.startsWith("#")) {
          continue;
        }
        // -1 keeps trailing empty fields, so "a\tb\t" has three columns, as editors show it.
        ImmutableList<String> fields = ImmutableList.copyOf(s.split("\t", -1));
        if (header == null) {
          header = fields;
          if (expectedHeader != null && !header.equals(expectedHeader)) {
            throw new FormatException(file, lineNo,
                "header " + header + " differs from expected " + expectedHeader);
          }
          continue;
        }
        if (fields.size() != header.size()) {
          throw new FormatException(file, lineNo,
              "expected " + header.size() + " tab-separated columns, found " + fields.size());
        }
        rows.add(new Row(file, lineNo, fields));
      }
      if (header == null) {
        throw new FormatException(file, lineNo, "no header line");
      }
      return new Table(file, header, rows.build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
