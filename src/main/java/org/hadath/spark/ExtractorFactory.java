package org.hadath.spark;

import java.io.Serializable;
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
}
