package org.hadath.testing;

import org.hadath.events.EventExtractor;

/** The one {@link EventExtractor} of a test JVM (models load once; it is thread-safe). */
public final class SharedExtractor {
  private SharedExtractor() {}

  private static final class Holder {
    static final EventExtractor EXTRACTOR = EventExtractor.create();
  }

  public static EventExtractor get() {
    return Holder.EXTRACTOR;
  }
}
