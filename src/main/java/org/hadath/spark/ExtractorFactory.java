package org.hadath.spark;

import java.io.Serializable;
import org.hadath.entities.time.DateWindow;
import org.hadath.events.EventExtractor;

/**
 * How an executor builds its {@link EventExtractor}: the only thing of Hadath's that travels
 * with a Spark task (the extractor itself is never serialized). The executor builds it once
 * per {@link #key()} and JVM ({@link ExecutorExtractor}).
 *
 * <p>For other settings than the defaults (rules, parser, document size limit) implement it as
 * a small serializable class, e.g. a lambda:
 * {@code () -> EventExtractor.builder().maxDocumentChars(200_000).build()}.
 */
@FunctionalInterface
public interface ExtractorFactory extends Serializable {
  /** The default extractor ({@link EventExtractor#create()}). */
  ExtractorFactory DEFAULT = new DefaultFactory();

  /**
   * The default extractor with {@code window} as the days the documents were written in
   * ({@link EventExtractor.Builder#dateWindow}; the job's {@code --year-window}): a date written
   * without its year takes the one year of the window that fits its weekday, else stays partial
   * ({@code XXXX-12-02}). Null: {@link #DEFAULT}. Factories of different windows have different
   * {@link #key()}s, so each window has its own extractor in an executor.
   */
  static ExtractorFactory yearWindow(DateWindow window) {
    return window == null ? DEFAULT : new YearWindowFactory(window.toString());
  }

  /** Builds an extractor; called at most once per key in each executor JVM. */
  EventExtractor create();

  /**
   * Which cached extractor this factory stands for in an executor JVM: factories of the same
   * class share one (so two different lambdas never share by accident, while every task of
   * a job, each with its own deserialized copy of the factory, does).
   */
  default String key() {
    return getClass().getName();
  }

  /** {@link EventExtractor#create()}, as a named class so its key is stable across builds. */
  final class DefaultFactory implements ExtractorFactory {
    private static final long serialVersionUID = 1L;

    private DefaultFactory() {}

    @Override
    public EventExtractor create() {
      return EventExtractor.create();
    }
  }

  /**
   * The default extractor with a year window ({@link #yearWindow}); the window travels as its
   * text ({@code FROM/TO}), since {@link DateWindow} is not serializable.
   */
  final class YearWindowFactory implements ExtractorFactory {
    private static final long serialVersionUID = 1L;
    private final String window;

    private YearWindowFactory(String window) {
      this.window = window;
    }

    @Override
    public EventExtractor create() {
      return EventExtractor.builder().dateWindow(DateWindow.parse(window)).build();
    }

    @Override
    public String key() {
      return getClass().getName() + ":" + window;
    }
  }
}
