package org.hadath.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.hadath.testing.SharedExtractor;
import org.hadath.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@link ExtractJob} end to end on the shared {@code local[2]} session: txt → parquet, parquet → CSV. */
class ExtractJobTest {

  private static ExtractJob job(String... args) {
    ExtractJob job = new ExtractJob();
    new CommandLine(job).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
    return job;
  }

  @Test
  void folderOfTextsToParquetAccountsForEveryFile(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("strike.txt"), SparkTexts.strike(), StandardCharsets.UTF_8);
    Files.writeString(in.resolve("clash.txt"), SparkTexts.CLASH, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("nothing.txt"), SparkTexts.NOTHING, StandardCharsets.UTF_8);
    byte[] bad = SparkTexts.CLASH.getBytes(StandardCharsets.UTF_8);
    bad[7] = (byte) 0xC0;
    Files.write(in.resolve("bad.txt"), bad);
    Files.writeString(in.resolve("notes.md"), "not a document", StandardCharsets.UTF_8);
    String out = tmp.resolve("out").toString();

    SparkSession spark = SharedSpark.get();
    ExtractJob.Summary s = job("--input", in.toString(), "--output", out).run(spark);

    assertEquals(4, s.documents());
    assertEquals(1, s.failed());
    Map<String, Row> docs = new HashMap<>();
    spark.read().parquet(out + "/documents").collectAsList().forEach(r -> docs.put(r.getAs("doc_id"), r));
    assertEquals(List.of("bad", "clash", "nothing", "strike"), docs.keySet().stream().sorted().toList());
    assertTrue(docs.get("bad").<String>getAs("error").startsWith("bad: not valid UTF-8"), docs.get("bad").toString());
    assertNull(docs.get("strike").getAs("error"));
    assertEquals(0, (int) docs.get("nothing").getAs("events"));

    Dataset<Row> events = spark.read().parquet(out + "/events");
    List<String> fields = Arrays.stream(EventSchema.EVENT_ROW.fieldNames()).filter(f -> !f.equals("error")).toList();
    assertEquals(fields, Arrays.asList(events.columns()));
    assertEquals(s.events(), events.count());
    int strikeEvents = SharedExtractor.get().extract("strike", SparkTexts.strike()).events().size();
    assertTrue(strikeEvents > 0);
    assertEquals(strikeEvents, events.where("doc_id = 'strike'").count());
    assertEquals(strikeEvents, (int) docs.get("strike").getAs("events"));
  }

  @Test
  void parquetWithDatesToCsv(@TempDir Path tmp) throws Exception {
    SparkSession spark = SharedSpark.get();
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("date", DataTypes.DateType);
    List<Row> rows = List.of(
        RowFactory.create("s1", SparkTexts.strike(), java.sql.Date.valueOf("2019-03-05")),
        RowFactory.create("e1", SparkTexts.EVACUATION, null));
    String in = tmp.resolve("docs.parquet").toString();
    spark.createDataFrame(rows, schema).write().parquet(in);
    String out = tmp.resolve("out").toString();

    ExtractJob.Summary s = job("--input", in, "--output", out, "--output-format", "csv", "--partitions", "2")
        .run(spark);

    assertEquals(2, s.documents());
    assertEquals(0, s.failed());
    List<Row> events = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(out + "/events").collectAsList();
    assertEquals(s.events(), events.size());
    var expected = SharedExtractor.get().extract("s1", SparkTexts.strike(), LocalDate.of(2019, 3, 5)).events();
    assertEquals(expected.size(), events.stream().filter(r -> r.getAs("doc_id").equals("s1")).count());
    ObjectMapper json = new ObjectMapper();
    for (Row r : events) {
      JsonNode args = json.readTree(r.<String>getAs("arguments"));
      assertTrue(args.isArray(), r.toString());
      args.forEach(a -> assertTrue(a.has("role") && a.has("begin"), a.toString()));
    }
    // the TIME argument of the dated article was resolved against its date
    assertTrue(events.stream().filter(r -> r.getAs("doc_id").equals("s1"))
        .anyMatch(r -> r.<String>getAs("arguments").contains("\"time\":\"2019-03-05\"")), events.toString());
  }
}
