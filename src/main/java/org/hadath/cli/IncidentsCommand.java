package org.hadath.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import com.google.common.collect.Iterators;
import org.hadath.events.BatchExtractor;
import org.hadath.entities.time.ArchiveDates;
import org.hadath.entities.time.DateWindow;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventExtractor;
import org.hadath.incidents.Incident;
import org.hadath.incidents.IncidentBuilder;
import org.hadath.incidents.IncidentOptions;
import org.hadath.output.EventJson;
import org.hadath.output.IncidentJson;
import org.hadath.util.TextFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hadath incidents}: one record per real-world incident across many reports. Text
 * files are extracted first; {@code .json} files written by {@code hadath extract} are read
 * back as they are, so merge rules can be tuned without extracting again. Files come in any
 * order, so the reports are fed to the builder sorted by the date each carries (undated ones
 * last, in the order given, so each can join the record at its place most reports support). An
 * archive is read whole: by default no record closes before its end.
 */
@Command(name = "incidents", mixinStandardHelpOptions = true,
    description = "Merge the events of many reports into incident records (JSON or CSV).")
final class IncidentsCommand implements Callable<Integer> {
  /** The library's defaults, shown in the help; an option not given leaves its default alone. */
  private static final IncidentOptions DEFAULTS = IncidentOptions.defaults();

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "UTF-8 text files (NAME.txt), or event JSON written by extract (NAME.json)")
  List<String> files;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "write the records here")
  Path out;

  @Option(names = "--format", paramLabel = "json|csv",
      description = "json (default: the shape incidents/score.py reads) or csv (a row per incident, analyst columns)")
  String format = "json";

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "the reports' own date, when all share one (default: the date each report carries)")
  LocalDate date;

  @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: available cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "extraction time budget per document; a document over it is reported as failed (default ${DEFAULT-VALUE}; 0 = none)")
  int timeoutSeconds = 300;

  @Option(names = "--date-window", paramLabel = "DAYS", description = "largest gap, in days, between the dates of one"
      + " incident's reports (default ${DEFAULT-VALUE}; --placeless-days, --note-group-days and --focus-days not given"
      + " are narrowed to it). The days a date written without its year may fall in are --year-window")
  int dateWindow = DEFAULTS.dateWindowDays();

  @Option(names = "--max-km", paramLabel = "KM", description = "two places closer than this are one (default ${DEFAULT-VALUE})")
  double maxKm = DEFAULTS.maxDistanceKm();

  @Option(names = "--min-score", paramLabel = "N", description = "evidence a report needs to join a record (default ${DEFAULT-VALUE})")
  int minScore = DEFAULTS.minScore();

  @Option(names = "--casualty-ratio", paramLabel = "R", description = "two tolls of one kind are compatible when the smaller"
      + " is at least R of the larger (0-1, 0 = any; tolls a few people apart always are; default ${DEFAULT-VALUE})")
  double casualtyRatio = DEFAULTS.casualtyRatio();

  @Option(names = "--placeless-days", paramLabel = "DAYS", description = "window for a report naming no place to join the"
      + " one open record of its type (-1 = off; at most --date-window; default ${DEFAULT-VALUE})")
  int placelessDays = DEFAULTS.placelessDateDays();

  @Option(names = "--within-score", paramLabel = "N", description = "evidence of a village and the town a report writes"
      + " it inside (0-3: 2 lets them merge alone, 1 asks for a matching date or toll too; default ${DEFAULT-VALUE})")
  int withinScore = DEFAULTS.withinScore();

  @Option(names = "--max-lag", paramLabel = "DAYS", description = "a date a report's text gives more than this many days"
      + " before the report's own date is background, not the event's (default ${DEFAULT-VALUE})")
  int maxLag = DEFAULTS.maxLagDays();

  @Option(names = "--note-group-days", paramLabel = "DAYS", description = "reports without frames that join no record"
      + " form one when their own dates are at most this far apart and they name the same specific place (-1 = off;"
      + " at most --date-window; default ${DEFAULT-VALUE})")
  int noteGroupDays = DEFAULTS.noteGroupDays();

  @Option(names = "--focus-days", paramLabel = "DAYS", description = "two reports this close in their own dates whose"
      + " most named specific place is the same tell of one incident, whatever places their frames name (-1 = off;"
      + " at most --date-window; default ${DEFAULT-VALUE})")
  int focusDays = DEFAULTS.focusDays();

  @Option(names = "--strict-family", description = "a report of another type family (an evacuation, a surrender) never joins a strike's record, even at the same place")
  boolean strictFamily;

  @Option(names = "--year-window", paramLabel = "FROM/TO", description = "the days the reports were written in"
      + " (YYYY-MM-DD/YYYY-MM-DD, or one date: the year up to it), where a date a report writes without its year takes"
      + " the one year that fits its weekday (default: the whole years from the oldest to the newest date the reports"
      + " carry with their year written, as extract --archive)")
  String yearWindow;

  @Option(names = "--close-after", paramLabel = "DAYS", description = "a dated record closes once a report this many days"
      + " newer is read (more than --date-window; default: the archive's span, so none closes early)")
  Integer closeAfter;

  @Override
  public Integer call() throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    if (!format.equalsIgnoreCase("json") && !format.equalsIgnoreCase("csv")) {
      err.println("hadath: error: --format must be json or csv, not '" + format + "'");
      return 2;
    }
    try {
      options(List.of()); // wrong options fail now, not after the extraction
    } catch (IllegalArgumentException e) {
      err.println("hadath: error: " + optionNames(e.getMessage()));
      return 2;
    }
    List<Incident> records = new ArrayList<>();
    List<DocumentEvents> docs = new ArrayList<>();
    int failed = 0;
    List<String> texts = new ArrayList<>();
    for (String f : files) {
      if (f.endsWith(".json")) {
        try {
          DocumentEvents d = EventJson.read(TextFiles.readUtf8(Path.of(f)));
          docs.add(d.withDocId(docId(f)));
        } catch (IOException | IllegalArgumentException e) {
          failed++;
          err.println("hadath: error: " + f + ": " + e.getMessage());
        }
      } else {
        texts.add(f);
      }
    }
    DateWindow window;
    try {
      window = yearWindow != null ? DateWindow.parse(yearWindow) : ArchiveAnchor.window(texts);
    } catch (IllegalArgumentException e) {
      err.println("hadath: error: --year-window: " + e.getMessage());
      return 2;
    }
    if (!texts.isEmpty()) {
      failed += extract(texts, docs, window, err);
    }
    completeYears(docs, window);
    IncidentOptions options = options(docs);
    IncidentBuilder builder = new IncidentBuilder(options, records::add);
    docs.stream()
        .sorted(Comparator.comparing((DocumentEvents d) -> reportDate(d), Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(d -> builder.add(d, date));
    builder.finish();
    records.sort((x, y) -> Integer.compare(Integer.parseInt(x.id().substring(1)), Integer.parseInt(y.id().substring(1))));
    if (format.equalsIgnoreCase("csv")) {
      try (java.io.Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        org.hadath.output.IncidentCsv.write(records, w);
      }
    } else {
      Files.writeString(out, IncidentJson.write(records) + "\n", StandardCharsets.UTF_8);
    }
    if (failed > 0) {
      err.println("hadath: " + failed + " of " + files.size() + " document(s) failed");
    }
    return failed == 0 ? 0 : 1;
  }

  private LocalDate reportDate(DocumentEvents d) {
    return date != null ? date : d.documentDate().map(x -> x.date()).orElse(null);
  }

  /**
   * Gives the reports whose date was written without its year (اليوم الأربعاء 2 كانون الأول) the
   * one year of {@code window} that fits, when extraction did not: by default the span of the
   * reports' own full dates, since the archive read whole is the evidence of its years (the
   * reader's clock is none).
   */
  private static void completeYears(List<DocumentEvents> docs, DateWindow given) {
    DateWindow window = given;
    if (window == null) {
      ArchiveDates span = new ArchiveDates();
      docs.forEach(d -> d.documentDate().flatMap(x -> x.full()).ifPresent(span::add));
      window = span.window().orElse(null);
    }
    for (int i = 0; i < docs.size(); i++) {
      docs.set(i, docs.get(i).withYearFrom(window));
    }
  }

  private int extract(List<String> texts, List<DocumentEvents> docs, DateWindow window, PrintStream err) {
    // the reports are an archive: its own dates, not the reader's clock, give a year-less date its year
    EventExtractor extractor = EventExtractor.builder().dateWindow(window).build();
    int[] failed = {0};
    Iterator<BatchExtractor.Input> inputs = Iterators.transform(texts.iterator(),
        name -> new BatchExtractor.Input(name, () -> read(name), date));
    Duration budget = timeoutSeconds > 0 ? Duration.ofSeconds(timeoutSeconds) : null;
    new BatchExtractor(extractor, Math.max(1, threads), budget).run(inputs, r -> {
      if (r.ok()) {
        DocumentEvents e = r.events();
        docs.add(e.withDocId(docId(r.id())));
      } else {
        failed[0]++;
        err.println("hadath: error: " + r.error());
      }
    });
    return failed[0];
  }

  /**
   * The options given, over the defaults (an option not given keeps its default, narrowed to a
   * smaller {@code --date-window} where it must lie within it). An archive is read whole, so
   * unless {@code --close-after} says otherwise no record closes before its end: the reports
   * that carry no date come last and may join a record of any date at their place (the one most
   * reports support), not the first one read.
   *
   * @throws IllegalArgumentException naming the options that do not fit together
   */
  private IncidentOptions options(List<DocumentEvents> docs) {
    IncidentOptions o = IncidentOptions.defaults();
    LocalDate first = null;
    LocalDate last = null;
    for (DocumentEvents d : docs) {
      LocalDate x = reportDate(d);
      if (x != null) {
        first = first == null || x.isBefore(first) ? x : first;
        last = last == null || x.isAfter(last) ? x : last;
      }
    }
    int close = o.closeAfterDays();
    if (first != null) {
      long span = ChronoUnit.DAYS.between(first, last) + 1;
      close = (int) Math.max(close, Math.min(span, Integer.MAX_VALUE / 2));
    }
    if (given("--date-window")) {
      // the closing must exceed the window: open it while the window changes, set it below
      o = o.withClosing(Integer.MAX_VALUE / 2, o.maxIdleReports()).withDateWindowDays(dateWindow);
      close = Math.max(close, dateWindow + 1);
    }
    if (given("--max-km")) {
      o = o.withMaxDistanceKm(maxKm);
    }
    if (given("--min-score")) {
      o = o.withMinScore(minScore);
    }
    if (given("--casualty-ratio")) {
      o = o.withCasualtyTolerance(casualtyRatio, o.casualtySlack());
    }
    if (given("--within-score")) {
      o = o.withWithinScore(withinScore);
    }
    if (given("--max-lag")) {
      o = o.withMaxLagDays(maxLag);
    }
    if (given("--placeless-days")) {
      o = o.withPlacelessDateDays(placelessDays);
    }
    if (given("--note-group-days")) {
      o = o.withNoteGroupDays(noteGroupDays);
    }
    if (given("--focus-days")) {
      o = o.withFocusDays(focusDays);
    }
    if (strictFamily) {
      o = o.withFamilyAtSamePlace(false);
    }
    o = o.withClosing(closeAfter != null ? closeAfter : close, o.maxIdleReports());
    return o;
  }

  /** {@link IncidentOptions}' names in a message, as this command's options. */
  private static String optionNames(String message) {
    String m = String.valueOf(message);
    String[][] names = {{"dateWindowDays", "--date-window"}, {"maxDistanceKm", "--max-km"},
        {"casualtyRatio", "--casualty-ratio"}, {"minScore", "--min-score"}, {"closeAfterDays", "--close-after"},
        {"placelessDateDays", "--placeless-days"}, {"withinScore", "--within-score"}, {"maxLagDays", "--max-lag"},
        {"noteGroupDays", "--note-group-days"}, {"focusDays", "--focus-days"}};
    for (String[] n : names) {
      m = m.replace(n[0], n[1]);
    }
    return m;
  }

  /** Whether the command line gave {@code option} (else its field holds the library's default). */
  private boolean given(String option) {
    return spec != null && spec.commandLine().getParseResult() != null
        && spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  /** The file name without directory and without {@code .txt} or {@code .json}. */
  static String docId(String name) {
    String base = ParseCommand.docId(name);
    return base.endsWith(".json") ? base.substring(0, base.length() - 5) : base;
  }

  private static String read(String name) {
    try {
      return TextFiles.readUtf8(Path.of(name));
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage());
    }
  }
}
