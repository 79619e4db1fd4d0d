package org.hadath.pipeline;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import edu.stanford.nlp.util.Triple;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classifier {@link SegmenterDecoding#install} puts into CoreNLP's Arabic segmenter: a
 * {@code CRFClassifier} (made by CoreNLP's copy constructor from the segmenter's own) whose
 * {@link #classify} decides each line's labels with {@link ViterbiDecoder}, or hands the line to
 * the original classifier. Features are computed by the original classifier; lines whose best
 * path is a near-tie ({@link SegmenterDecoding#NEAR_TIE}), or that the decoder cannot handle,
 * are classified by the original classifier, CoreNLP's code path unchanged.
 *
 * <p>The per-character {@code AnswerProbAnnotation} (a marginal that needs the forward-backward
 * pass) is not set; the segmenter's tokens do not carry it.
 *
 * <p>Thread-safe: the decoder holds only the model's immutable arrays; the counters are
 * {@link LongAdder}s.
 */
final class FastViterbiClassifier extends CRFClassifier<CoreLabel> {
  // logged under SegmenterDecoding's name, as before this class was split out of it
  private static final Logger LOG = LoggerFactory.getLogger(SegmenterDecoding.class);

  private final CRFClassifier<CoreLabel> original;
  private final ViterbiDecoder decoder;
  private final String[] labels;
  private final LongAdder fast = new LongAdder();
  private final LongAdder handedBack = new LongAdder();
  private final LongAdder errors = new LongAdder();

  FastViterbiClassifier(CRFClassifier<CoreLabel> original, ViterbiDecoder decoder) throws ReflectiveOperationException {
    super(original);
    // CoreNLP's copy constructor leaves the weights behind: share them, so that the
    // inherited methods work on this copy too; and share the feature index, not a copy
    SegmenterDecoding.field(CRFClassifier.class, "weights").set(this, decoder.weights);
    Field featureIndex = SegmenterDecoding.field(CRFClassifier.class, "featureIndex");
    featureIndex.set(this, featureIndex.get(original));
    this.original = original;
    this.decoder = decoder;
    this.labels = new String[decoder.numClasses];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = original.classIndex.get(i);
    }
  }

  /**
   * Labels {@code document} in place (AnswerAnnotation), as {@code CRFClassifier.classify}
   * does with Viterbi inference.
   */
  @Override
  public List<CoreLabel> classify(List<CoreLabel> document) {
    if (document.isEmpty()) {
      return document;
    }
    Triple<int[][][], int[], double[][][]> p = original.documentToDataAndLabels(document);
    int[] best;
    try {
      best = decoder.bestSequence(p.first(), p.third(),
          SegmenterDecoding.NEAR_TIE + SegmenterDecoding.NEAR_TIE_PER_POSITION * document.size(), null);
    } catch (RuntimeInterruptedException e) {
      throw e;
    } catch (RuntimeException e) {
      // not expected (CoreNLP reads the same arrays); CoreNLP's decoder decides, as it would have
      if (errors.sum() == 0) {
        LOG.warn("Arabic segmenter: fast decoder failed on a line, CoreNLP's decoder used: {}", e.toString());
      }
      errors.increment();
      best = null;
    }
    if (best == null || best.length != document.size()) {
      handedBack.increment();
      return original.classify(document);
    }
    for (int j = 0; j < best.length; j++) {
      document.get(j).set(CoreAnnotations.AnswerAnnotation.class, labels[best[j]]);
    }
    fast.increment();
    return document;
  }

  /** The segmenter's own classifier, which this one decodes for. */
  CRFClassifier<CoreLabel> original() {
    return original;
  }

  /** Lines decoded here so far. */
  long fastCount() {
    return fast.sum();
  }

  /** Lines handed to CoreNLP's decoder so far (near-ties and errors). */
  long handedBackCount() {
    return handedBack.sum();
  }

  /** Lines on which the fast decoder failed with an exception (and CoreNLP decoded). */
  long errorCount() {
    return errors.sum();
  }
}
