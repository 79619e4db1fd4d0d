package org.hadath.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.hadath.entities.time.DateWindow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job: documents in, events out.
 *
 * <pre>
 * spark-submit --class org.hadath.spark.ExtractJob hadath-spark.jar \
 *     --input news/ --output events-out/ [--output-format parquet|csv] [--year-window FROM/TO]
 * </pre>
 *
 * <p>Writes {@code OUTPUT/events} (one row per event, {@link EventSchema#EVENT_ROW} without
 * {@code error}) and {@code OUTPUT/documents} (one row per input document: {@code doc_id,
 * error, sentences, tokens, events} = its number of events), so every document is accounted
 * for; failed documents are also listed on stderr. The documents are extracted once (cached
 * between the two writes). In CSV, arrays and structs (arguments, casualties, count) are JSON
 * strings. Exit code 0 when the job ran, even if some documents failed (see
 * {@code documents}); 2 for bad arguments.
 */
@Command(name = "ExtractJob", mixinStandardHelpOptions = true,
    description = "Extract Hadath event frames from documents with Spark.")
public final class ExtractJob implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "a folder of UTF-8 .txt files, or parquet / CSV (header row) with id, text[, date] columns")
  String input;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "AUTO (default: by file extension), TXT, PARQUET or CSV")
  JobInput.Format inputFormat = JobInput.Format.AUTO;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "writes DIR/events and DIR/documents")
  String output;

  @Option(names = "--output-format", paramLabel = "FORMAT", description = "parquet (default) or csv")
  String outputFormat = "parquet";

  @Option(names = "--id-col", paramLabel = "COLUMN", description = "id column of parquet/CSV input (default: id)")
  String idCol = "id";

  @Option(names = "--text-col", paramLabel = "COLUMN", description = "text column of parquet/CSV input (default: text)")
  String textCol = "text";

  @Option(names = "--date-col", paramLabel = "COLUMN", description = "document date column: relative times are counted"
      + " from it, and it wins over the date a text carries (default: date, when the input has one)")
  String dateCol;

  @Option(names = "--partitions", paramLabel = "N", description = "repartition the input into N partitions "
      + "(default: at least 4 per task slot, so that long documents do not leave slots idle)")
  int partitions;

  @Option(names = "--year-window", paramLabel = "FROM/TO",
      description = "the days the documents were written in (YYYY-MM-DD/YYYY-MM-DD, or one date: the year up to it):"
          + " a date written without its year takes the one year of it that fits its weekday, else stays partial"
          + " (XXXX-MM-DD), as in hadath extract (default: none)")
  String yearWindow;

  @Option(names = "--master", paramLabel = "MASTER", description = "Spark master (default: spark-submit's, else local[*])")
  String master;

  @Option(names = "--overwrite", description = "replace an existing output folder")
  boolean overwrite;

  /** What a run did. */
  record Summary(long documents, long failed, long events) {}

  /** Entry point for {@code spark-submit --class org.hadath.spark.ExtractJob}. */
  public static void main(String[] args) {
    quietLogging();
    System.exit(new CommandLine(new ExtractJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  /**
   * With slf4j-simple as the binding ({@code ./hadath-spark}): warnings on stderr, Spark's and
   * Hadoop's chatter only when it is an error. No effect under Spark's own log4j2 set-up.
   */
  static void quietLogging() {
    for (String[] kv : new String[][] {
        {"org.slf4j.simpleLogger.defaultLogLevel", "warn"},
        {"org.slf4j.simpleLogger.logFile", "System.err"},
        {"org.slf4j.simpleLogger.log.org.apache.spark", "error"},
        {"org.slf4j.simpleLogger.log.org.apache.hadoop", "error"},
        {"org.slf4j.simpleLogger.log.org.apache.parquet", "error"},
        {"org.slf4j.simpleLogger.log.org.sparkproject", "error"}}) {
      System.setProperty(kv[0], System.getProperty(kv[0], kv[1]));
    }
  }

  @Override
  public Integer call() throws Exception {
    SparkSession.Builder b = SparkSession.builder().appName("hadath-extract");
    if (master != null) {
      b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    SparkSession spark = b.getOrCreate();
    try {
      Summary s = run(spark);
      System.err.printf(Locale.ROOT, "hadath: documents=%d failed=%d events=%d -> %s%n",
          s.documents(), s.failed(), s.events(), output);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Runs the job in an existing session (the caller owns it). */
  Summary run(SparkSession spark) throws java.io.IOException {
    String format = outputFormat.toLowerCase(Locale.ROOT);
    if (!format.equals("parquet") && !format.equals("csv")) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--output-format must be parquet or csv");
    }
    ExtractorFactory factory;
    try {
      factory = ExtractorFactory.yearWindow(yearWindow == null ? null : DateWindow.parse(yearWindow));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--year-window: " + e.getMessage());
    }
    Dataset<Row> docs = JobInput.read(spark, input, inputFormat);
    int target = partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
    if (partitions > 0 || docs.rdd().getNumPartitions() < target) {
      docs = docs.repartition(target);
    }
    String date = dateCol != null ? dateCol : Arrays.asList(docs.columns()).contains("date") ? "date" : null;
    Dataset<Row> documents = HadathSpark.extractDocuments(docs, idCol, textCol, date, factory)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> summary = documents.select(functions.col("doc_id"), functions.col("error"),
          functions.col("sentences"), functions.col("tokens"), functions.size(functions.col("events")).as("events"));
      write(summary, format, output + "/documents");
      Dataset<Row> events = HadathSpark.events(documents).where("error IS NULL").drop("error");
      write(format.equals("csv") ? jsonColumns(events) : events, format, output + "/events");
      Row totals = summary.agg(functions.count("*"), functions.count("error"), functions.sum("events")).first();
      List<Row> failed = summary.where("error IS NOT NULL").select("error").limit(20).collectAsList();
      failed.forEach(r -> System.err.println("hadath: failed: " + r.getString(0)));
      return new Summary(totals.getLong(0), totals.getLong(1), totals.isNullAt(2) ? 0 : totals.getLong(2));
    } finally {
      documents.unpersist();
    }
  }

  private void write(Dataset<Row> d, String format, String path) {
    var w = d.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    if (format.equals("csv")) {
      // RFC 4180 quoting (a quote inside a field is doubled), as spreadsheets and csv readers expect
      w.option("header", "true").option("escape", "\"").csv(path);
    } else {
      w.parquet(path);
    }
  }

  /** CSV has no arrays or structs: those columns become JSON text. */
  static Dataset<Row> jsonColumns(Dataset<Row> d) {
    StructType schema = d.schema();
    Column[] cols = new Column[schema.fields().length];
    for (int i = 0; i < cols.length; i++) {
      StructField f = schema.fields()[i];
      boolean nested = f.dataType() instanceof ArrayType || f.dataType() instanceof StructType;
      cols[i] = nested ? functions.to_json(functions.col(f.name())).as(f.name()) : functions.col(f.name());
    }
    return d.select(cols);
  }
}
