package org.hadath.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventExtractor;
import org.hadath.events.EventFrame;
import org.hadath.testing.SharedExtractor;
import org.hadath.testing.SharedSpark;
import org.hadath.util.TextFiles;
import org.junit.jupiter.api.Test;

/**
 * {@link HadathSpark} on a {@code local[2]} session: the same events as {@link
 * org.hadath.events.EventExtractor} on the shared corpora with two task threads sharing one
 * extractor, and every document accounted for when some are poisoned.
 */
class HadathSparkTest {
  private static final AtomicInteger BUILT = new AtomicInteger();
  /** The test JVM's extractor (models load once), counting how often an executor builds one. */
  private static final ExtractorFactory SHARED = () -> {
    BUILT.incrementAndGet();
    return SharedExtractor.get();
  };
  private static final StructType DOCS = new StructType()
      .add("id", DataTypes.StringType).add("text", DataTypes.StringType).add("date", DataTypes.StringType);

  @Test
  void sameEventsAsTheExtractorOnSeedsAndDev() throws IOException {
    Path corpus = Path.of(System.getProperty("hadath.shared", "../shared"), "corpus");
    List<Path> files = new ArrayList<>(TextFiles.txtFiles(corpus.resolve("seeds")));
    files.addAll(TextFiles.txtFiles(corpus.resolve("dev/texts")));
    if (files.isEmpty()) {
      System.out.println("HadathSparkTest: " + corpus + " not found; corpus comparison skipped");
    }
    assumeTrue(!files.isEmpty(), "../shared/corpus not present");
    Map<String, String> texts = new TreeMap<>();
    for (Path f : files) {
      texts.put(f.getParent().getFileName() + "/" + f.getFileName(), TextFiles.readUtf8(f));
    }
    List<Row> rows = texts.entrySet().stream().map(e -> RowFactory.create(e.getKey(), e.getValue(), null)).toList();
    SparkSession spark = SharedSpark.get();
    // eight partitions on two task threads: the shared extractor serves both at once
    Dataset<Row> docs = spark.createDataFrame(rows, DOCS).repartition(8);

    long t0 = System.nanoTime();
    List<Row> docRows = HadathSpark.extractDocuments(docs, "id", "text", null, SHARED).collectAsList();
    long t1 = System.nanoTime();
    Map<String, DocumentEvents> expected = new TreeMap<>();
    texts.forEach((id, text) -> expected.put(id, SharedExtractor.get().extract(id, text, null)));
    long t2 = System.nanoTime();
    System.out.printf("HadathSparkTest: %d documents, Spark local[2] %.1f s, one thread %.1f s%n",
        texts.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);

    assertEquals(texts.size(), docRows.size(), "one row per document");
    assertEquals(1, BUILT.get(), "one extractor built for all tasks and threads of the JVM");
    for (Row d : docRows) {
      DocumentEvents e = expected.get(d.<String>getAs("doc_id"));
      assertNull(d.getAs("error"), () -> "failed: " + d.getAs("error"));
      assertEquals(e.sentences(), (int) d.getAs("sentences"), e.docId());
      assertEquals(e.tokens(), (int) d.getAs("tokens"), e.docId());
    }
    Map<String, List<String>> want = new TreeMap<>();
    expected.forEach((id, d) -> {
      for (EventFrame f : d.events()) {
        want.computeIfAbsent(id, k -> new ArrayList<>()).add(EventKeys.of(id, f));
      }
    });
    Map<String, List<String>> got = new TreeMap<>();
    for (Row r : HadathSpark.events(spark.createDataFrame(docRows, EventSchema.DOCUMENT)).collectAsList()) {
      got.computeIfAbsent(r.getAs("doc_id"), k -> new ArrayList<>()).add(EventKeys.of(r));
    }
    assertTrue(want.values().stream().mapToInt(List::size).sum() > 200, "the corpora have events");
    assertEquals(want, got);
  }

  @Test
  void poisonedDocumentsAreAccountedForAndTheOthersGoOn() {
    String strike = SparkTexts.strike();
    List<Row> rows = Arrays.asList(
        RowFactory.create("good", strike, "2019-03-05"),
        RowFactory.create("null-text", null, null),
        RowFactory.create("too-long", "قصف ".repeat(2_000), null),
        RowFactory.create("bad-date", SparkTexts.CLASH, "5 March"),
        RowFactory.create(null, SparkTexts.CLASH, null),
        RowFactory.create("empty", "", null),
        RowFactory.create("nothing", SparkTexts.NOTHING, "2020-01-01T08:00:00"),
        RowFactory.create("evacuation", SparkTexts.EVACUATION, ""));
    SparkSession spark = SharedSpark.get();
    Dataset<Row> docs = spark.createDataFrame(rows, DOCS).repartition(3);

    // an extractor of its own, with a small document limit, so that a short text is "too long"
    ExtractorFactory small = () -> EventExtractor.builder().maxDocumentChars(5_000).build();
    List<Row> documents = HadathSpark.extractDocuments(docs, "id", "text", "date", small).collectAsList();
    Map<String, Row> byId = new HashMap<>();
    documents.forEach(r -> byId.put(String.valueOf(r.<String>getAs("doc_id")), r));
    assertEquals(rows.size(), byId.size(), "every document has its row");
    assertTrue(byId.get("null-text").<String>getAs("error").contains("text is null"));
    assertTrue(byId.get("too-long").<String>getAs("error").contains("exceeds the limit"));
    assertTrue(byId.get("bad-date").<String>getAs("error").contains("\"5 March\""));
    assertEquals("document id is null", byId.get("null").getAs("error"));
    for (String ok : List.of("good", "empty", "nothing", "evacuation")) {
      assertNull(byId.get(ok).getAs("error"), ok);
    }
    assertFalse(byId.get("good").getList(byId.get("good").fieldIndex("events")).isEmpty());
    assertFalse(byId.get("evacuation").getList(byId.get("evacuation").fieldIndex("events")).isEmpty());
    assertTrue(byId.get("nothing").getList(byId.get("nothing").fieldIndex("events")).isEmpty());

    // the event table: the good documents' events, one row per failed document
    List<Row> events = HadathSpark.events(spark.createDataFrame(documents, EventSchema.DOCUMENT)).collectAsList();
    List<Row> errors = events.stream().filter(r -> r.getAs("error") != null).toList();
    assertEquals(4, errors.size());
    errors.forEach(r -> assertNull(r.getAs("type")));
    Map<String, Integer> perDoc = new LinkedHashMap<>();
    events.stream().filter(r -> r.getAs("error") == null).forEach(r -> perDoc.merge(r.getAs("doc_id"), 1, Integer::sum));
    assertEquals(SharedExtractor.get().extract("good", strike, java.time.LocalDate.of(2019, 3, 5)).events().size(),
        perDoc.get("good"));
    assertEquals(Map.of("good", perDoc.get("good"), "evacuation", perDoc.get("evacuation")), perDoc);
  }

  @Test
  void binaryTextIsDecodedStrictly() {
    byte[] good = SparkTexts.CLASH.getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(good, good.length + 1);
    bad[20] = (byte) 0xFF;
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.BinaryType);
    List<Row> rows = List.of(RowFactory.create("bytes", good), RowFactory.create("bad-bytes", bad));
    Map<String, Row> byId = new HashMap<>();
    HadathSpark.extractDocuments(SharedSpark.get().createDataFrame(rows, schema), "id", "text", null, SHARED)
        .collectAsList().forEach(r -> byId.put(r.getAs("doc_id"), r));
    String error = byId.get("bad-bytes").getAs("error");
    assertTrue(error.startsWith("bad-bytes: not valid UTF-8 at byte offset 1"), error); // 19 or 20: where the bad sequence starts
    assertNull(byId.get("bytes").getAs("error"));
    assertEquals(SharedExtractor.get().extract("bytes", SparkTexts.CLASH).events().size(),
        byId.get("bytes").getList(byId.get("bytes").fieldIndex("events")).size());
  }

  @Test
  void aMissingColumnIsAClearError() {
    Dataset<Row> docs = SharedSpark.get().createDataFrame(List.<Row>of(), DOCS);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> HadathSpark.extract(docs, "doc", "text"));
    assertTrue(e.getMessage().contains("no column \"doc\""), e.getMessage());
  }
}
