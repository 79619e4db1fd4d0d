package org.hadath.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hadath.events.EventExtractor;

/**
 * The {@link EventExtractor}s of this JVM, one per {@link ExtractorFactory#key()}, built on
 * first use and kept for the JVM's life: every task on an executor, on any of its task
 * threads, shares one extractor (thread-safe; the CoreNLP models load once per JVM), instead
 * of loading models per partition or serializing them with the task.
 */
public final class ExecutorExtractor {
  private static final ConcurrentMap<String, EventExtractor> EXTRACTORS = new ConcurrentHashMap<>();

  private ExecutorExtractor() {}

  /**
   * This JVM's extractor for {@code factory}. Concurrent first calls build it once (the other
   * task threads wait for it, rather than each loading the models).
   */
  public static EventExtractor get(ExtractorFactory factory) {
    return EXTRACTORS.computeIfAbsent(factory.key(), k -> factory.create());
  }
}
