package org.hadath.testing;

import edu.stanford.nlp.pipeline.Annotation;
import org.hadath.pipeline.ArabicPipeline;

/**
 * The one Arabic pipeline of a test JVM: CoreNLP models load once, on first use, and every
 * test class shares it (pipelines are thread-safe).
 */
public final class SharedPipeline {
  private SharedPipeline() {}

  private static final class Holder {
    static final ArabicPipeline PIPELINE = ArabicPipeline.create();
  }

  /** The shared pipeline (default options: shift-reduce parser, UD dependencies). */
  public static ArabicPipeline get() {
    return Holder.PIPELINE;
  }

  /** Annotates {@code text} with the shared pipeline. */
  public static Annotation annotate(String text) {
    return Holder.PIPELINE.annotate(text);
  }
}
