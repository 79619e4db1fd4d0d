package org.hadath.testing;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.hadath.events.EventExtractor;
import org.hadath.pipeline.PipelineOptions;

/**
 * The one {@code StanfordCoreNLP} of a test JVM built the way users build it, from
 * {@link EventExtractor#coreNlpProperties} (its models load once; it is thread-safe).
 */
public final class SharedCoreNlp {
  private SharedCoreNlp() {}

  private static final class Holder {
    static final StanfordCoreNLP NLP = new StanfordCoreNLP(EventExtractor.coreNlpProperties(PipelineOptions.defaults()));
  }

  public static StanfordCoreNLP get() {
    return Holder.NLP;
  }
}
