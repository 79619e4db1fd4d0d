package org.hadath.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.hadath.util.TextFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Documents per second through {@link HadathSpark} at {@code local[1]} and {@code local[2]}
 * (or other masters) on the same input, in one JVM: an untimed warm-up pass (models, JIT), then
 * alternating timed rounds, each in a fresh session over the same documents in the same number
 * of partitions; the best round of each master counts. Run with {@code ./hadath-spark bench}.
 * Ends with one {@code key=value} line.
 */
@Command(name = "SparkBench", mixinStandardHelpOptions = true,
    description = "Documents per second through Hadath on Spark at local[1] and local[2].")
public final class SparkBench implements Callable<Integer> {

  @Option(names = "--input", paramLabel = "DIR",
      description = "folders of .txt documents (default: ../shared/corpus/seeds and ../shared/corpus/dev/texts)")
  List<Path> input;

  @Option(names = "--masters", split = ",", description = "masters to compare (default: local[1],local[2])")
  List<String> masters = List.of("local[1]", "local[2]");

  @Option(names = "--rounds", description = "timed rounds per master (default: 3)")
  int rounds = 3;

  @Option(names = "--partitions", description = "partitions of the input, the same for every master (default: 16)")
  int partitions = 16;

  /** Entry point: {@code ./hadath-spark bench}. */
  public static void main(String[] args) {
    ExtractJob.quietLogging();
    System.exit(new CommandLine(new SparkBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (input == null) {
      input = List.of(Path.of("../shared/corpus/seeds"), Path.of("../shared/corpus/dev/texts"));
    }
    List<Row> docs = new ArrayList<>();
    long chars = 0;
    for (Path dir : input) {
      for (Path f : TextFiles.txtFiles(dir)) {
        String text = TextFiles.readUtf8(f);
        chars += text.length();
        docs.add(RowFactory.create(dir.getFileName() + "/" + f.getFileName(), text));
      }
    }
    if (docs.isEmpty()) {
      System.out.println("SparkBench: no .txt documents in " + input);
      return 2;
    }
    System.out.printf(Locale.ROOT, "input: %d documents, %d characters, %d partitions%n", docs.size(), chars, partitions);
    long t = System.nanoTime();
    long events = pass(masters.get(masters.size() - 1), docs);
    System.out.printf(Locale.ROOT, "warm-up (%s, loads the models): %.1f s, %d events%n",
        masters.get(masters.size() - 1), (System.nanoTime() - t) / 1e9, events);
    Map<String, Double> best = new LinkedHashMap<>();
    for (int r = 1; r <= rounds; r++) {
      for (String m : masters) {
        long t0 = System.nanoTime();
        pass(m, docs);
        double s = (System.nanoTime() - t0) / 1e9;
        double rate = docs.size() / s;
        best.merge(m, rate, Math::max);
        System.out.printf(Locale.ROOT, "round %d %-9s %6.1f s  %6.2f docs/s%n", r, m, s, rate);
      }
    }
    StringBuilder line = new StringBuilder("spark_docs_per_s");
    best.forEach((m, v) -> line.append(String.format(Locale.ROOT, " %s=%.2f", m, v)));
    double first = best.get(masters.get(0));
    double last = best.get(masters.get(masters.size() - 1));
    line.append(String.format(Locale.ROOT, " scaling=%.2f docs=%d", last / first, docs.size()));
    System.out.println(line);
    return 0;
  }

  /**
   * Extracts every document under {@code master} in a fresh session and returns the number of
   * events; the time of session start-up and of loading the input into it is not included.
   */
  private long pass(String master, List<Row> docs) {
    SparkSession spark = SparkSession.builder().master(master).appName("hadath-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    try {
      StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
      Dataset<Row> in = spark.createDataFrame(docs, schema).repartition(partitions).cache();
      in.count();
      Row r = HadathSpark.extractDocuments(in, "id", "text", null, ExtractorFactory.DEFAULT)
          .agg(functions.count("*"), functions.sum(functions.size(functions.col("events"))))
          .first();
      if (r.getLong(0) != docs.size()) {
        throw new IllegalStateException("expected " + docs.size() + " documents, got " + r.getLong(0));
      }
      return r.isNullAt(1) ? 0 : r.getLong(1);
    } finally {
      spark.stop();
    }
  }
}
