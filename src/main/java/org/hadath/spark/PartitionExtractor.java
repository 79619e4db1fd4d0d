package org.hadath.spark;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.hadath.events.EventExtractor;
import org.hadath.util.TextFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The function {@link HadathSpark} runs on each partition: streams the partition's documents
 * one at a time through the executor's {@link EventExtractor} and yields one
 * {@link EventSchema#DOCUMENT} row per document, lazily (a partition is never held in memory).
 * A document that cannot be read or extracted yields its error row and the partition goes on;
 * only a cancelled task (interrupted thread) or a JVM error stops it, as Spark expects.
 *
 * <p>Serialized with each task: column positions and the {@link ExtractorFactory}, nothing else.
 */
final class PartitionExtractor implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(PartitionExtractor.class);

  private final int idIndex;
  private final int textIndex;
  private final int dateIndex;
  private final ExtractorFactory factory;

  /** Column positions in the input rows; {@code dateIndex} is -1 when there is no date column. */
  PartitionExtractor(int idIndex, int textIndex, int dateIndex, ExtractorFactory factory) {
    this.idIndex = idIndex;
    this.textIndex = textIndex;
    this.dateIndex = dateIndex;
    this.factory = factory;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> docs) {
    EventExtractor extractor = ExecutorExtractor.get(factory);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return docs.hasNext();
      }

      @Override
      public Row next() {
        return extract(extractor, docs.next());
      }
    };
  }

  /** One document's row: its events, or its error. */
  Row extract(EventExtractor extractor, Row doc) {
    Object rawId = doc.get(idIndex);
    String id = rawId == null ? null : rawId.toString();
    try {
      if (id == null) {
        return EventRows.failed(null, "document id is null");
      }
      Object rawText = doc.get(textIndex);
      if (rawText == null) {
        return EventRows.failed(id, id + ": text is null");
      }
      String text = rawText instanceof byte[] bytes ? TextFiles.decode(bytes, id) : rawText.toString();
      LocalDate date = dateIndex < 0 ? null : date(doc.get(dateIndex));
      return EventRows.document(extractor.extract(id, text, date));
    } catch (CancellationException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e; // the task was killed: let Spark see it, do not record it against the document
      }
      return failed(id, e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // StackOverflowError: a pathological parse on a task thread with a small stack; the
      // thread unwinds and the next document is fine (see README: -Xss8m on executors)
      return failed(id, e);
    }
  }

  private static Row failed(String id, Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    if (e instanceof StackOverflowError) {
      message = "stack overflow while extracting (give executors -Xss8m)";
    }
    if (id != null && !message.contains(id)) {
      message = id + ": " + message;
    }
    LOG.warn("hadath: document failed: {}", message);
    return EventRows.failed(id, message);
  }

  /** A document date from a DATE, TIMESTAMP or ISO {@code yyyy-MM-dd} string column; null stays null. */
  static LocalDate date(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    if (v instanceof Instant i) {
      return i.atOffset(ZoneOffset.UTC).toLocalDate();
    }
    String s = v.toString().strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      // a date, or the date of a date-time (2019-03-02T10:00, 2019-03-02 10:00:00)
      boolean dateTime = s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ');
      return LocalDate.parse(dateTime ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("document date is not yyyy-MM-dd: \"" + s + "\"", e);
    }
  }
}
