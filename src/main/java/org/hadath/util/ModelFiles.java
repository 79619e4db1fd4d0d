package org.hadath.util;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one reader of the library's model files (the tab-separated tables under {@code models/},
 * packaged in the jar as {@code hadath/models/...}): every layer opens its knowledge here.
 *
 * <p>Where a file comes from is explicit. {@link #packaged()} reads the classpath and nothing
 * else, whatever directory the program runs from. {@link #overrides(Path)} reads a folder the
 * user named ({@code EventExtractor.Builder.models}, the annotator property
 * {@code hadath.models}, the CLI flag {@code --models DIR}): a file there replaces the packaged
 * one of the same name, the others stay packaged.
 *
 * <p>Format: strict UTF-8 (a leading byte-order mark is dropped); one record per line, fields
 * separated by tabs and trimmed; blank lines and lines starting with {@code #} ignored. A
 * file's columns are named either by an optional first line whose first field starts with
 * {@code @} ({@link Layout#fields}) or by a required plain header line ({@link Layout#header}).
 * A field missing at the end of a shorter row reads as the empty string, like an empty field.
 * Every problem is a {@link ModelFormatException} naming the file and line.
 *
 * <p>Each packaged file is read once per JVM: its lines are kept, so two layers reading the
 * same table ({@code time/months.tsv}) share one read. A user's copy is read when asked for.
 */
public final class ModelFiles {
  /** Classpath prefix of the packaged models. */
  public static final String PREFIX = "hadath/models/";

  private static final ModelFiles PACKAGED = new ModelFiles(null, "");
  /** Decoded lines of the packaged files, by classpath resource. */
  private static final Map<String, ImmutableList<String>> LINES = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> READS = new ConcurrentHashMap<>();

  private final Path folder;
  private final String layer;

  private ModelFiles(Path folder, String layer) {
    this.folder = folder;
    this.layer = layer;
  }

  /** The packaged models, from the classpath only. */
  public static ModelFiles packaged() {
    return PACKAGED;
  }

  /**
   * The packaged models with the user's edited copies in {@code folder} taking their place:
   * {@code events/triggers.tsv} is read from {@code folder/events/triggers.tsv} when that
   * file exists, else from the classpath.
   */
  public static ModelFiles overrides(Path folder) {
    return overrides(folder, "");
  }

  /**
   * Like {@link #overrides(Path)} for a folder holding one layer's files directly: with
   * {@code layer} {@code "events/"}, {@code events/triggers.tsv} is read from
   * {@code folder/triggers.tsv} when it exists.
   */
  public static ModelFiles overrides(Path folder, String layer) {
    Preconditions.checkNotNull(folder, "folder");
    Preconditions.checkArgument(Files.isDirectory(folder), "models folder %s is not a directory", folder);
    return new ModelFiles(folder.toAbsolutePath().normalize(), layer);
  }

  /** CoreNLP annotator property naming a folder of edited models (for every Hadath annotator). */
  public static final String PROPERTY = "hadath.models";

  /** The models an annotator's properties name ({@link #PROPERTY}), else the packaged ones. */
  public static ModelFiles fromProperties(Properties props) {
    String dir = props == null ? null : props.getProperty(PROPERTY);
    return dir == null || dir.isBlank() ? PACKAGED : overrides(Path.of(dir));
  }

  /** The user's folder, or null for the packaged models. */
  public Path folder() {
    return folder;
  }

  /** How a table names its columns and how many fields a row has. */
  public record Layout(ImmutableList<String> header, int minFields, int maxFields) {
    public Layout {
      Preconditions.checkArgument(minFields >= 1 && minFields <= maxFields, "bad field counts");
    }

    /** Rows of {@code min} to {@code max} fields; an optional first {@code @name} line names them. */
    public static Layout fields(int min, int max) {
      return new Layout(null, min, max);
    }

    /** A required header line equal to {@code names}; every row has that many fields. */
    public static Layout header(List<String> names) {
      return new Layout(ImmutableList.copyOf(names), names.size(), names.size());
    }
  }

  /** One record of a model file, with where it came from. */
  public record Row(String file, int line, ImmutableList<String> fields) {
    /** Field {@code i}, trimmed; the empty string when the row has fewer fields. */
    public String get(int i) {
      return i < fields.size() ? fields.get(i).trim() : "";
    }

    /** Whether field {@code i} is present and not blank. */
    public boolean has(int i) {
      return !get(i).isEmpty();
    }

    /** Field {@code i} as an int; anything else is an {@link #error}. */
    public int getInt(int i) {
      try {
        return Integer.parseInt(get(i));
      } catch (NumberFormatException e) {
        throw error("field " + (i + 1) + " is not an integer: '" + get(i) + "'");
      }
    }

    /** Field {@code i} as a constant of {@code type}; an unknown value is an {@link #error} "unknown WHAT VALUE". */
    public <E extends Enum<E>> E getEnum(Class<E> type, int i, String what) {
      try {
        return Enum.valueOf(type, get(i));
      } catch (IllegalArgumentException e) {
        throw error("unknown " + what + " " + get(i));
      }
    }

    /** An error about this row, naming its file and line. */
    public ModelFormatException error(String message) {
      return new ModelFormatException(file, line, message);
    }
  }

  /** A parsed model file: its header (empty when it has none) and its rows. */
  public record Table(String file, ImmutableList<String> header, ImmutableList<Row> rows)
      implements Iterable<Row> {
    @Override
    public Iterator<Row> iterator() {
      return rows.iterator();
    }

    /** This table, after checking that no row has an empty field. */
    public Table requireNonEmptyFields() {
      for (Row r : rows) {
        for (int i = 0; i < r.fields().size(); i++) {
          if (!r.has(i)) {
            throw r.error("field " + (i + 1) + " is empty");
          }
        }
      }
      return this;
    }
  }

  /** Reads model file {@code name} (relative to {@code models/}) with the given layout. */
  public Table table(String name, Layout layout) {
    Path p = userFile(name);
    return parse(p != null ? p.toString() : name, lines(name), layout);
  }

  /** {@link #table(String, Layout)} with {@link Layout#fields}. */
  public Table table(String name, int minFields, int maxFields) {
    return table(name, Layout.fields(minFields, maxFields));
  }

  /** {@link #table(String, Layout)} with {@link Layout#header}. */
  public Table table(String name, List<String> header) {
    return table(name, Layout.header(header));
  }

  /** The raw lines of model file {@code name} (for tools and tests that copy a model). */
  public List<String> lines(String name) {
    Path p = userFile(name);
    if (p != null) {
      // a user's copy is read afresh each time: it may have been edited since
      try {
        return decode(p.toString(), Files.readAllBytes(p));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read model file " + p, e);
      }
    }
    String res = PREFIX + name;
    return lines(res, () -> {
      InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream(res);
      if (in == null) {
        throw new ModelFormatException(name, 0, "model file not found on the classpath (" + res + ")");
      }
      return in;
    });
  }

  /** The user's copy of {@code name}, or null when there is none (or no user folder). */
  private Path userFile(String name) {
    if (folder == null || !name.startsWith(layer)) {
      return null;
    }
    Path p = folder.resolve(name.substring(layer.length())).normalize();
    return p.startsWith(folder) && Files.isRegularFile(p) ? p : null;
  }

  /** How often the packaged file {@code name} was read from the classpath: for tests. */
  public static int reads(String name) {
    AtomicInteger n = READS.get(PREFIX + name);
    return n == null ? 0 : n.get();
  }

  private interface Opener {
    InputStream open() throws IOException;
  }

  private static ImmutableList<String> lines(String location, Opener opener) {
    ImmutableList<String> cached = LINES.get(location);
    if (cached != null) {
      return cached;
    }
    // computeIfAbsent would hold the map's lock while reading; a rare double read is harmless
    ImmutableList<String> read;
    try (InputStream in = opener.open()) {
      read = decode(location, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model file " + location, e);
    }
    READS.computeIfAbsent(location, k -> new AtomicInteger()).incrementAndGet();
    ImmutableList<String> prev = LINES.putIfAbsent(location, read);
    return prev == null ? read : prev;
  }

  /** Splits {@code bytes} into lines, decoding each strictly as UTF-8 so an error names its line. */
  private static ImmutableList<String> decode(String file, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ImmutableList.Builder<String> out = ImmutableList.builder();
    int start = 0;
    int line = 1;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      String s;
      try {
        s = decoder.decode(ByteBuffer.wrap(bytes, start, stop - start)).toString();
      } catch (CharacterCodingException e) {
        throw new ModelFormatException(file, line, "not valid UTF-8", e);
      }
      if (line == 1 && s.startsWith("\uFEFF")) {
        s = s.substring(1);
      }
      out.add(s);
      start = end + 1;
      line++;
    }
    return out.build();
  }

  /** Parses a model file given as a stream (for tests and tools); {@code file} names it in errors. */
  public static Table parse(String file, InputStream in, Layout layout) {
    try (in) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      in.transferTo(buf);
      return parse(file, decode(file, buf.toByteArray()), layout);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model file " + file, e);
    }
  }

  /** Parses lines already read; {@code file} names the file in errors. */
  public static Table parse(String file, List<String> lines, Layout layout) {
    Objects.requireNonNull(layout, "layout");
    ImmutableList<String> header = null;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.stripLeading().startsWith("#")) {
        continue;
      }
      ImmutableList<String> fields = ImmutableList.copyOf(l.split("\t", -1));
      if (layout.header() != null) {
        if (header == null) {
          header = fields;
          if (!header.equals(layout.header())) {
            throw new ModelFormatException(file, i + 1,
                "header " + header + " differs from expected " + layout.header());
          }
          continue;
        }
      } else if (fields.get(0).startsWith("@")) {
        if (header == null) {
          header = fields;
        }
        continue;
      }
      if (fields.size() < layout.minFields() || fields.size() > layout.maxFields()) {
        throw new ModelFormatException(file, i + 1, "expected " + (layout.minFields() == layout.maxFields()
            ? String.valueOf(layout.minFields()) : layout.minFields() + " to " + layout.maxFields())
            + " tab-separated fields, found " + fields.size());
      }
      rows.add(new Row(file, i + 1, fields));
    }
    if (layout.header() != null && header == null) {
      throw new ModelFormatException(file, lines.size(), "no header line");
    }
    return new Table(file, header == null ? ImmutableList.of() : header, ImmutableList.copyOf(rows));
  }
}
