package org.hadath.util;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain-text model files under {@code models/} (packaged in the jar as
 * {@code hadath/models/...}). A model name such as {@code depparse/function-words.tsv} is
 * looked up on the classpath; a name that is an existing file path is read from disk, so
 * users can point the library at their own edited copies.
 *
 * <p>TSV conventions: UTF-8, one record per line, fields separated by tabs, blank lines and
 * lines starting with {@code #} ignored, an optional header line whose first field starts
 * with {@code @} (e.g. {@code @form}) skipped. Every problem is reported as a
 * {@link ModelFormatException} naming the file and line.
 */
public final class ModelFiles {
  /** Classpath prefix of the packaged models. */
  public static final String PREFIX = "hadath/models/";

  private ModelFiles() {}

  /** One non-comment line of a TSV model file. */
  public record Row(String file, int line, ImmutableList<String> fields) {
    /** Field {@code i}, trimmed; empty string when the line has fewer fields. */
    public String get(int i) {
      return i < fields.size() ? fields.get(i).trim() : "";
    }

    /** An error about this row. */
    public ModelFormatException error(String message) {
      return new ModelFormatException(file, line, message);
    }
  }

  /**
   * Reads a TSV model file, checking that every row has between {@code minFields} and
   * {@code maxFields} fields.
   */
  public static List<Row> readTsv(String name, int minFields, int maxFields) {
    return parseTsv(name, readLines(name), minFields, maxFields);
  }

  /** Parses TSV lines already read; {@code name} is used in error messages. */
  public static List<Row> parseTsv(String name, List<String> lines, int minFields, int maxFields) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
      if (l.isBlank() || l.stripLeading().startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\t", -1);
      if (parts[0].startsWith("@")) {
        continue;
      }
      if (parts.length < minFields || parts.length > maxFields) {
        throw new ModelFormatException(name, i + 1, "expected " + (minFields == maxFields
            ? String.valueOf(minFields) : minFields + " to " + maxFields)
            + " tab-separated fields, found " + parts.length);
      }
      rows.add(new Row(name, i + 1, ImmutableList.copyOf(parts)));
    }
    return rows;
  }

  /** All lines of a model file, decoded strictly as UTF-8. */
  public static List<String> readLines(String name) {
    try (InputStream in = open(name)) {
      var decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      List<String> lines = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
        String l;
        while ((l = r.readLine()) != null) {
          if (lines.isEmpty() && l.startsWith("\uFEFF")) {
            l = l.substring(1);
          }
          lines.add(l);
        }
      } catch (CharacterCodingException e) {
        throw new ModelFormatException(name, 0, "not valid UTF-8", e);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model file " + name, e);
    }
  }

  private static InputStream open(String name) throws IOException {
    Path p = Path.of(name);
    if (name.contains("/") && Files.isRegularFile(p) && !name.startsWith(PREFIX)) {
      return Files.newInputStream(p);
    }
    String res = name.startsWith(PREFIX) ? name : PREFIX + name;
    InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream(res);
    if (in == null) {
      throw new ModelFormatException(name, 0, "model file not found on the classpath (" + res + ")");
    }
    return in;
  }
}
