package org.hadath.pipeline;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import java.lang.reflect.Field;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Faster decoding, with the same labels, for the CRF inside CoreNLP's Arabic segmenter.
 *
 * <p><b>Why.</b> The segmenter labels each character with a linear-chain CRF (a
 * {@code CRFClassifier}; the shipped model is second order: cliques of 1, 2 and 3 labels). To
 * find the best labels CoreNLP first calibrates a clique tree (forward-backward in log space:
 * {@code CRFCliqueTree.getCalibratedCliqueTree}, {@code FactorTable}, {@code logSum}), turns it
 * into conditional log-probabilities log P(y<sub>i</sub> | y<sub>i-2</sub>, y<sub>i-1</sub>)
 * and then runs Viterbi over those. That was about half of the segmenter's time, and the
 * segmenter more than half of Hadath's. The sum of those conditionals along a label sequence
 * is the sum of the unnormalized clique potentials minus a constant (the log-partition with
 * the padding labels before the text fixed to the background label), so Viterbi directly over
 * the summed potentials picks the same sequence at a fraction of the cost.
 *
 * <p><b>The pieces.</b> This class decides whether the fast decoder applies and installs it:
 * {@link #install} checks the classifier's configuration ({@link #unsupportedReason}) and
 * otherwise keeps CoreNLP's decoder. {@link FastViterbiClassifier} is the installed classifier
 * (features from the original classifier's {@code documentToDataAndLabels}, near-ties handed
 * back to it); {@link ViterbiDecoder} is the search, with CoreNLP's tie-breaking and the
 * near-tie guard; {@link CliquePotentials} scores the label tuples at one position exactly as
 * CoreNLP sums them.
 *
 * <p><b>Exact, not approximate.</b> CoreNLP's scores and ours are the same quantity up to a
 * constant but are rounded differently, so the two could disagree only where two label
 * sequences score within rounding error of each other. The decoder tracks, for every choice
 * along the best path, how far ahead the winner is; when the smallest of those margins is not
 * above {@link #NEAR_TIE} (or a score is not finite) the line is handed to CoreNLP's own
 * decoder instead. {@code SegmenterDecodingTest} checks that the labels and tokens equal
 * CoreNLP's on all our corpora and on generated stress text.
 *
 * <p><b>Where.</b> {@link #install} replaces, by reflection, the classifier inside the
 * {@code ArabicSegmenter} of a CoreNLP {@code TokenizerAnnotator} (fields
 * {@code segmenterAnnotator → segmenter → classifier} of CoreNLP 4.5.10) with a
 * {@link FastViterbiClassifier}. It does so only when the classifier is configured the way
 * this decoder assumes (a plain {@code CRFClassifier}, Viterbi inference, linear potentials
 * over its weights, no Gibbs sampling, no reversed input, no label dictionary); otherwise, or
 * if any reflective step fails, it logs one warning and leaves CoreNLP's decoder in place.
 *
 * <p><b>Switch.</b> Run with {@code -Dhadath.segmenter.coreNlpDecoding=true} to keep CoreNLP's
 * decoder (to compare speed or output).
 *
 * <p>Thread-safe: the decoder holds only the model's immutable arrays; every call allocates
 * its own work arrays.
 */
final class SegmenterDecoding {
  private static final Logger LOG = LoggerFactory.getLogger(SegmenterDecoding.class);

  /** System property: {@code true} keeps CoreNLP's own decoder. */
  static final String CORENLP_DECODING_PROPERTY = "hadath.segmenter.coreNlpDecoding";

  /**
   * A best path with a choice won by at most {@code NEAR_TIE + NEAR_TIE_PER_POSITION * n} (in
   * log-potential units; n characters) is decoded by CoreNLP instead. CoreNLP's own rounding
   * error grows with the line, as its forward-backward values grow with it: by our estimate a
   * few units in the last place of a value of about 20 × n, some 1e-10 per position for a
   * 20,000-character line, so the bound is several times what rounding can move a comparison
   * by. Real margins are far larger: the smallest on our corpora is about 2e-4, most are above
   * 0.1, and no line of them is handed back.
   */
  static final double NEAR_TIE = 1e-6;

  /** See {@link #NEAR_TIE}. */
  static final double NEAR_TIE_PER_POSITION = 1e-9;

  /** Largest label-tuple table (numClasses ^ window) this decoder accepts. */
  private static final int MAX_TABLE = 1 << 16;

  private SegmenterDecoding() {}

  /**
   * Installs the fast decoder into the Arabic segmenter inside {@code tokenizer} (a CoreNLP
   * {@code TokenizerAnnotator} for Arabic). Never throws: when the segmenter or its classifier
   * is not as expected, logs one warning and leaves CoreNLP's decoder in place.
   *
   * @return true if the fast decoder is in place (installed now or before)
   */
  static boolean install(Annotator tokenizer) {
    if (Boolean.getBoolean(CORENLP_DECODING_PROPERTY)) {
      LOG.info("{}=true: the Arabic segmenter keeps CoreNLP's decoder", CORENLP_DECODING_PROPERTY);
      return false;
    }
    try {
      Object segmenter = segmenterOf(tokenizer);
      Field classifierField = field(segmenter.getClass(), "classifier");
      Object current = classifierField.get(segmenter);
      if (current instanceof FastViterbiClassifier) {
        return true;
      }
      if (!(current instanceof CRFClassifier)) {
        LOG.warn("Arabic segmenter: CoreNLP's decoder kept (its classifier is {}, not a CRFClassifier)",
            current == null ? "null" : current.getClass().getName());
        return false;
      }
      @SuppressWarnings("unchecked")
      CRFClassifier<CoreLabel> crf = (CRFClassifier<CoreLabel>) current;
      String why = unsupportedReason(crf);
      if (why != null) {
        LOG.warn("Arabic segmenter: CoreNLP's decoder kept ({})", why);
        return false;
      }
      classifierField.set(segmenter, new FastViterbiClassifier(crf, ViterbiDecoder.of(crf)));
      return true;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.warn("Arabic segmenter: CoreNLP's decoder kept (could not install the fast decoder: {})",
          e.toString());
      return false;
    }
  }

  /** The fast classifier inside {@code tokenizer}'s segmenter, or null if it is not installed. */
  static FastViterbiClassifier installed(Annotator tokenizer) {
    try {
      Object segmenter = segmenterOf(tokenizer);
      Object c = field(segmenter.getClass(), "classifier").get(segmenter);
      return c instanceof FastViterbiClassifier ? (FastViterbiClassifier) c : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The {@code ArabicSegmenter} inside a CoreNLP 4.5.10 {@code TokenizerAnnotator}. */
  static Object segmenterOf(Annotator tokenizer) throws ReflectiveOperationException {
    Object segmenterAnnotator = field(tokenizer.getClass(), "segmenterAnnotator").get(tokenizer);
    if (segmenterAnnotator == null) {
      throw new IllegalStateException("the tokenizer has no segmenter (not tokenize.language=ar?)");
    }
    Object segmenter = field(segmenterAnnotator.getClass(), "segmenter").get(segmenterAnnotator);
    if (segmenter == null) {
      throw new IllegalStateException("the segmenter annotator has no segmenter");
    }
    return segmenter;
  }

  /**
   * Why this decoder would not give CoreNLP's labels for {@code c}, or null when it would.
   * Read from the classifier's configuration: what {@code CRFClassifier.classify} does with
   * it in CoreNLP 4.5.10.
   */
  static String unsupportedReason(CRFClassifier<?> c) {
    try {
      if (c.getClass() != CRFClassifier.class) {
        return "the classifier is a " + c.getClass().getName() + ", not a plain CRFClassifier";
      }
      if (c.flags == null) {
        return "the classifier has no flags";
      }
      if (c.flags.doGibbs) {
        return "doGibbs: Gibbs sampling inference";
      }
      if (c.flags.crfType == null || !c.flags.crfType.equalsIgnoreCase("maxent")) {
        return "crfType " + c.flags.crfType;
      }
      if (c.flags.inferenceType != null && !c.flags.inferenceType.equalsIgnoreCase("Viterbi")) {
        return "inferenceType " + c.flags.inferenceType;
      }
      if (c.flags.useReverse) {
        return "useReverse";
      }
      if (c.flags.nonLinearCRF) {
        return "nonLinearCRF";
      }
      if (get(c, "labelDictionary") != null) {
        return "a label dictionary restricts the labels";
      }
      Object weights = get(c, "weights");
      if (!(weights instanceof float[][])) {
        return "no float weights";
      }
      Object potentials = get(c, "cliquePotentialFunction");
      if (potentials != null) {
        // CoreNLP builds LinearCliquePotentialFunction(weights) on first use; anything else
        // (nonlinear, or linear over other weights via updateWeightsForTest) is not ours
        if (!potentials.getClass().getName().equals("edu.stanford.nlp.ie.crf.LinearCliquePotentialFunction")
            || field(potentials.getClass(), "fWeights").get(potentials) != weights) {
          return "clique potentials from " + potentials.getClass().getName() + ", not linear over the weights";
        }
      }
      List<?> labelIndices = (List<?>) get(c, "labelIndices");
      if (labelIndices == null || labelIndices.size() != c.windowSize || c.windowSize < 1) {
        return "window " + c.windowSize + " does not match the label cliques";
      }
      if (c.classIndex == null || c.classIndex.indexOf(c.flags.backgroundSymbol) < 0) {
        return "background symbol " + c.flags.backgroundSymbol + " is not a label";
      }
      int numClasses = c.classIndex.size();
      if (numClasses < 1 || numClasses > Byte.MAX_VALUE) {
        return numClasses + " labels";
      }
      long table = 1;
      for (int j = 0; j < c.windowSize; j++) {
        table *= numClasses;
        if (table > MAX_TABLE) {
          return "window " + c.windowSize + " over " + numClasses + " labels is too large";
        }
      }
      return null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "cannot read the classifier's configuration: " + e;
    }
  }

  /** The field {@code name} of {@code cls} or a superclass, made accessible. */
  static Field field(Class<?> cls, String name) throws NoSuchFieldException {
    for (Class<?> k = cls; k != null; k = k.getSuperclass()) {
      try {
        Field f = k.getDeclaredField(name);
        f.setAccessible(true);
        return f;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(cls.getName() + "." + name);
  }

  /** The value of {@code o}'s field {@code name} (declared in its class or a superclass). */
  static Object get(Object o, String name) throws ReflectiveOperationException {
    return field(o.getClass(), name).get(o);
  }
}
