package org.hadath.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import com.google.common.collect.Iterators;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.hadath.entities.time.DateWindow;
import org.hadath.events.BatchExtractor;
import org.hadath.events.EventExtractor;
import org.hadath.output.CsvEventWriter;
import org.hadath.output.EventWriter;
import org.hadath.output.OutputFormat;
import org.hadath.util.TextFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hadath extract}: event frames as JSON, JSON Lines or the ACLED-shaped CSV table
 * ({@link OutputFormat}), one file per input ({@code DIR/NAME.json} for {@code NAME.txt}) or
 * to standard output (one table or JSON Lines stream for all inputs).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract event frames as JSON (the format of the annotation guide), JSON Lines or CSV.")
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files, or - for standard input")
  List<String> files;

  @Option(names = "--out", paramLabel = "DIR", description = "write DIR/NAME.json (.jsonl, .csv) for each NAME.txt"
      + " (default: standard output, for one input in JSON or any number in jsonl or csv)")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "json (default), jsonl (one document per line) or csv (ACLED-style, one row per event)")
  OutputFormat format = OutputFormat.JSON;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the documents' own date: relative times"
      + " (yesterday, on Saturday) are counted from it, and it wins over the date a text carries (default: the date"
      + " each text carries in its dateline, page date or post stamp, if any)")
  LocalDate date;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: available cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-progress", description = "no progress bar on stderr")
  boolean noProgress;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "time budget per document; a document over it is reported as failed (default ${DEFAULT-VALUE}; 0 = none)")
  int timeoutSeconds = 300;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "largest document accepted, in characters (default ${DEFAULT-VALUE})")
  int maxChars = EventExtractor.DEFAULT_MAX_DOCUMENT_CHARS;

  @Option(names = "--models", paramLabel = "DIR",
      description = "edited model files, laid out like models/ (e.g. DIR/events/triggers.tsv); others stay packaged")
  Path models;

  @Option(names = "--archive",
      description = "the inputs are an archive read whole: a date written without its year takes the one year that"
          + " fits its weekday of the whole years from the oldest to the newest date the inputs carry with their year"
          + " written, as hadath incidents does (default: it stays partial, XXXX-MM-DD)")
  boolean archive;

  // the name incidents, serve and the Spark job give it (incidents' --date-window is a gap in days)
  @Option(names = "--year-window", paramLabel = "FROM/TO",
      description = "the days the inputs were written in (YYYY-MM-DD/YYYY-MM-DD, or one date: the year up to it):"
          + " a date written without its year takes the one year of it that fits its weekday, else stays"
          + " partial (XXXX-MM-DD); wins over --archive (default: none)")
  String dateWindow;

  /** The option's first name, kept for the scripts that use it; hidden, as incidents' --date-window means days. */
  @Option(names = "--date-window", hidden = true, paramLabel = "FROM/TO", description = "older name of --year-window")
  void olderDateWindow(String w) {
    dateWindow = w;
  }

  @Option(names = {"-v", "--verbose"},
      description = "stack traces of failures (documents and single sentences) on stderr")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    if (verbose) {
      // before the first Hadath logger exists: slf4j-simple reads levels when a logger is made
      System.setProperty("org.slf4j.simpleLogger.log.org.hadath", "debug");
    }
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    boolean toStdout = out == null;
    if (toStdout && format == OutputFormat.JSON && files.size() > 1) {
      err.println("hadath: error: several inputs in JSON need --out DIR (or --format jsonl or csv for one stream)");
      return 2;
    }
    if (!toStdout) {
      Files.createDirectories(out);
    }
    EventExtractor.Builder builder = EventExtractor.builder().maxDocumentChars(Math.max(1, maxChars));
    if (models != null) {
      if (!Files.isDirectory(models)) {
        err.println("hadath: error: --models " + models + ": not a directory");
        return 2;
      }
      builder.models(models);
    }
    if (dateWindow != null) {
      try {
        builder.dateWindow(DateWindow.parse(dateWindow));
      } catch (IllegalArgumentException e) {
        err.println("hadath: error: --year-window: " + e.getMessage());
        return 2;
      }
    } else if (archive) {
      builder.dateWindow(ArchiveAnchor.window(files));
    }
    EventExtractor extractor = builder.build();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    Progress progress = new Progress(err, files.size(), !noProgress && !toStdout && files.size() > 1);
    Iterator<BatchExtractor.Input> inputs =
        Iterators.transform(files.iterator(), name -> new BatchExtractor.Input(name, () -> read(name), date));
    Duration budget = timeoutSeconds > 0 ? Duration.ofSeconds(timeoutSeconds) : null;
    // standard output is one stream for all inputs (one CSV header); closed at the end, not per document
    EventWriter shared = toStdout ? format.open(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)) : null;
    new BatchExtractor(extractor, Math.max(1, threads), budget).run(inputs, r -> {
      if (!r.ok()) {
        failed.incrementAndGet();
        progress.clear();
        err.println("hadath: error: " + r.error());
        if (verbose && r.cause() != null) {
          r.cause().printStackTrace(err);
        }
      } else if (toStdout) {
        try {
          shared.write(withId(r));
          shared.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        Path target = out.resolve(ParseCommand.docId(r.id()) + "." + format.extension());
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
            EventWriter ew = format == OutputFormat.CSV ? CsvEventWriter.withByteOrderMark(w) : format.open(w)) {
          ew.write(withId(r));
        } catch (IOException e) {
          failed.incrementAndGet();
          err.println("hadath: error: " + r.id() + ": cannot write " + target + ": " + e.getMessage());
        }
      }
      progress.update(done.incrementAndGet());
    });
    progress.clear();
    if (shared != null) {
      shared.flush();
    }
    if (failed.get() > 0) {
      err.println("hadath: " + failed.get() + " of " + files.size() + " document(s) failed");
    }
    return failed.get() == 0 ? 0 : 1;
  }

  private static org.hadath.events.DocumentEvents withId(BatchExtractor.Result r) {
    return r.events().withDocId(ParseCommand.docId(r.id()));
  }

  /** Reads {@code --format} in any case, naming the choices when it is wrong. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return OutputFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  private static String read(String name) {
    try {
      return name.equals("-") ? TextFiles.readUtf8(System.in, "<stdin>") : TextFiles.readUtf8(Path.of(name));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IllegalArgumentException(name + ": no such file");
    } catch (IOException e) {
      String m = e.getMessage();
      throw new IllegalArgumentException(m != null && m.startsWith(name) ? m : name + ": " + m);
    }
  }

  /** A one-line progress bar on stderr. */
  static final class Progress {
    private final PrintStream err;
    private final int total;
    private final boolean enabled;

    Progress(PrintStream err, int total, boolean enabled) {
      this.err = err;
      this.total = total;
      this.enabled = enabled;
    }

    void update(int done) {
      if (!enabled) {
        return;
      }
      int width = 30;
      int filled = total == 0 ? width : done * width / total;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
      err.flush();
    }

    void clear() {
      if (enabled) {
        err.print("\r" + " ".repeat(50) + "\r");
        err.flush();
      }
    }
  }
}
