package org.hadath.spark;

import com.google.common.base.Preconditions;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Hadath's Spark API: a Dataset of events from a Dataset of documents.
 *
 * <pre>{@code
 * Dataset<Row> docs = spark.read().parquet("news/");                 // id, text, date columns
 * Dataset<Row> events = HadathSpark.extract(docs, "id", "text", "date");
 * events.where("error IS NULL").groupBy("type").count().show();
 * events.where("error IS NOT NULL").select("doc_id", "error").show(); // the documents that failed
 * }</pre>
 *
 * <p>Each partition streams its documents through the one {@link org.hadath.events.EventExtractor}
 * of its executor JVM ({@link ExecutorExtractor}: models load once per executor, whatever the
 * number of task threads or partitions). Schemas: {@link EventSchema}. The text column may be
 * a string or binary (decoded strictly as UTF-8: invalid bytes make that document's error);
 * the optional date column a DATE, TIMESTAMP or {@code yyyy-MM-dd} string, anchoring relative
 * times (أمس، السبت) when the article has no dateline. A date written without its year
 * (اليوم الأربعاء 2 كانون الأول) takes one only from a window the caller gives: pass
 * {@link ExtractorFactory#yearWindow} as the factory (the job's {@code --year-window}).
 */
public final class HadathSpark {
  private HadathSpark() {}

  /** {@link #extract(Dataset, String, String, String)} without document dates. */
  public static Dataset<Row> extract(Dataset<Row> docs, String idCol, String textCol) {
    return extract(docs, idCol, textCol, null);
  }

  /**
   * One row per event ({@link EventSchema#EVENT_ROW}), plus one row with its {@code error}
   * for each document that failed; a document without events has no row (use
   * {@link #extractDocuments} to see every document).
   *
   * @param dateCol the document date column, or null
   */
  public static Dataset<Row> extract(Dataset<Row> docs, String idCol, String textCol, String dateCol) {
    return events(extractDocuments(docs, idCol, textCol, dateCol, ExtractorFactory.DEFAULT));
  }

  /** Like {@link #extract(Dataset, String, String, String)} with extractors built by {@code factory}. */
  public static Dataset<Row> extract(Dataset<Row> docs, String idCol, String textCol, String dateCol,
      ExtractorFactory factory) {
    return events(extractDocuments(docs, idCol, textCol, dateCol, factory));
  }

  /**
   * One row per input document ({@link EventSchema#DOCUMENT}): its id, its error or null, its
   * sentence and token counts and its events. Every input row yields exactly one row.
   *
   * @param dateCol the document date column, or null
   * @throws IllegalArgumentException if a named column does not exist
   */
  public static Dataset<Row> extractDocuments(Dataset<Row> docs, String idCol, String textCol, String dateCol,
      ExtractorFactory factory) {
    Preconditions.checkNotNull(factory, "factory");
    int id = column(docs, idCol);
    int text = column(docs, textCol);
    int date = dateCol == null ? -1 : column(docs, dateCol);
    return docs.mapPartitions(new PartitionExtractor(id, text, date, factory), Encoders.row(EventSchema.DOCUMENT));
  }

  /**
   * The event rows ({@link EventSchema#EVENT_ROW}) of a Dataset of document rows: each event
   * with its document id, and one row per failed document.
   */
  public static Dataset<Row> events(Dataset<Row> documents) {
    Column[] eventFields = Arrays.stream(EventSchema.EVENT.fieldNames())
        .map(n -> functions.col("e." + n).as(n))
        .toArray(Column[]::new);
    Dataset<Row> exploded = documents
        .select(functions.col("doc_id"), functions.col("error"), functions.explode_outer(functions.col("events")).as("e"))
        .where("error IS NOT NULL OR e IS NOT NULL");
    Column[] all = new Column[eventFields.length + 2];
    all[0] = functions.col("doc_id");
    all[1] = functions.col("error");
    System.arraycopy(eventFields, 0, all, 2, eventFields.length);
    return exploded.select(all);
  }

  private static int column(Dataset<Row> docs, String name) {
    Preconditions.checkArgument(name != null, "column name must not be null");
    String[] names = docs.columns();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column \"" + name + "\" in " + docs.schema().simpleString());
  }
}
