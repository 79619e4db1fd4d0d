package org.hadath.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.hadath.entities.time.DateWindow;
import org.hadath.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark entry point on a report whose date has no year and one whose date cannot exist:
 * both documents accounted for without an error, the TIME value written {@code XXXX-12-02}.
 */
class YearlessDateSparkTest {
  // invented news sentences, as in org.hadath.cli.YearlessDateOutputsTest
  private static final String YEARLESS = "قصفت طائرات حربية اليوم الأربعاء 2 كانون الأول بلدة كفر نبودة في ريف حماة"
      + " الشمالي، ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين.\n";
  private static final String IMPOSSIBLE = "قصفت طائرات حربية اليوم الأربعاء 31 شباط بلدة كفر نبودة في ريف حماة"
      + " الشمالي، ما أدى إلى مقتل مدنيين اثنين.\n";

  @Test
  void yearlessAndImpossibleDatesGoThroughTheJob(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("yearless.txt"), YEARLESS, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("impossible.txt"), IMPOSSIBLE, StandardCharsets.UTF_8);
    String out = tmp.resolve("out").toString();
    ExtractJob job = new ExtractJob();
    new CommandLine(job).parseArgs("--input", in.toString(), "--output", out, "--output-format", "csv");
    SparkSession spark = SharedSpark.get();

    ExtractJob.Summary s = job.run(spark);

    assertEquals(2, s.documents());
    assertEquals(0, s.failed());
    Map<String, Row> docs = new HashMap<>();
    spark.read().option("header", "true").csv(out + "/documents").collectAsList()
        .forEach(r -> docs.put(r.getAs("doc_id"), r));
    assertNull(docs.get("yearless").getAs("error"));
    assertNull(docs.get("impossible").getAs("error"));
    List<Row> events = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(out + "/events").collectAsList();
    String yearless = events.stream().filter(r -> r.getAs("doc_id").equals("yearless"))
        .map(r -> r.<String>getAs("arguments")).findFirst().orElseThrow();
    assertTrue(yearless.contains("\"XXXX-12-02\""), yearless);
    assertTrue(events.stream().anyMatch(r -> r.getAs("doc_id").equals("impossible")), events.toString());
  }

  @Test
  void theJobTakesAYearWindow(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("yearless.txt"), YEARLESS, StandardCharsets.UTF_8);
    SparkSession spark = SharedSpark.get();
    // 2 December was a Wednesday in 2020, not in 2019 or 2021: the job's window gives that year
    String out = tmp.resolve("out").toString();
    ExtractJob job = new ExtractJob();
    new CommandLine(job).parseArgs("--input", in.toString(), "--output", out, "--output-format", "csv",
        "--partitions", "1", "--year-window", "2019-06-01/2021-06-01");
    assertEquals(0, job.run(spark).failed());
    List<Row> events = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(out + "/events").collectAsList();
    assertEquals(1, events.size(), events.toString());
    String arguments = events.get(0).getAs("arguments");
    assertTrue(arguments.contains("\"2020-12-02\""), arguments);

    // a window no year of which fits (2021-2022) leaves it partial, through the API's factory
    Row doc = HadathSpark.extractDocuments(spark.createDataFrame(List.of(RowFactory.create("yearless", YEARLESS)),
            new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)), "id", "text", null,
        ExtractorFactory.yearWindow(DateWindow.parse("2021-01-01/2022-12-31"))).collectAsList().get(0);
    List<Row> frames = doc.getList(doc.fieldIndex("events"));
    List<String> times = frames.get(0).<Row>getList(frames.get(0).fieldIndex("arguments")).stream()
        .map(a -> a.<String>getAs("time")).filter(t -> t != null).toList();
    assertEquals(List.of("XXXX-12-02"), times, doc.toString());

    ExtractJob bad = new ExtractJob();
    new CommandLine(bad).parseArgs("--input", in.toString(), "--output", tmp.resolve("bad").toString(),
        "--year-window", "2 December");
    CommandLine.ParameterException thrown =
        org.junit.jupiter.api.Assertions.assertThrows(CommandLine.ParameterException.class, () -> bad.run(spark));
    assertTrue(thrown.getMessage().contains("--year-window"), thrown.getMessage());
  }

  @Test
  void factoriesOfDifferentWindowsHaveDifferentKeys() {
    ExtractorFactory a = ExtractorFactory.yearWindow(DateWindow.parse("2020-01-01/2020-12-31"));
    ExtractorFactory b = ExtractorFactory.yearWindow(DateWindow.parse("2021-01-01/2021-12-31"));
    assertTrue(!a.key().equals(b.key()), a.key());
    assertEquals(a.key(), ExtractorFactory.yearWindow(DateWindow.parse("2020-01-01/2020-12-31")).key());
    assertEquals(ExtractorFactory.DEFAULT, ExtractorFactory.yearWindow(null));
  }
}
