package org.hadath.pipeline;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.international.arabic.process.ArabicSegmenter;
import edu.stanford.nlp.parser.common.ParserGrammar;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.logging.Redwood;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps start-up to one INFO line. CoreNLP's model loaders (segmenter, its flags, sequence
 * classifier, POS tagger, parser) log five or six INFO lines when {@link ArabicPipeline} first
 * loads its models; their log channels are hidden once per JVM and the pipeline logs a single
 * line with the load time instead. Only those loader classes are hidden (everything they log,
 * warnings included: they log little else); the rest of CoreNLP logs as configured.
 */
final class ModelLoading {
  private static final Logger LOG = LoggerFactory.getLogger(ArabicPipeline.class);
  private static final AtomicBoolean HIDDEN = new AtomicBoolean();
  private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

  private ModelLoading() {}

  /** Hides the loaders' channels (once per JVM). */
  static void quietLoaders() {
    if (HIDDEN.compareAndSet(false, true)) {
      Redwood.hideChannelsEverywhere(ArabicSegmenter.class, SeqClassifierFlags.class,
          AbstractSequenceClassifier.class, MaxentTagger.class, ParserGrammar.class);
    }
  }

  /** The one INFO line, after the first pipeline of the JVM is built. */
  static void announce(long startNanos, PipelineOptions options) {
    if (ANNOUNCED.compareAndSet(false, true)) {
      LOG.info("Arabic models loaded in {} s (segmenter, POS tagger{})",
          String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9),
          options.parse() ? ", " + options.parser().name().toLowerCase(Locale.ROOT) + " parser" : "");
    }
  }
}
