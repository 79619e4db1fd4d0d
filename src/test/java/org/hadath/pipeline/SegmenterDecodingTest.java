package org.hadath.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ie.crf.CliquePotentialFunction;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SegmenterDecoding}'s Viterbi must give exactly CoreNLP's segmentation: the tokens of
 * Hadath's shared tokenizer (fast decoder installed) are compared, with every annotation,
 * against a stock CoreNLP {@code TokenizerAnnotator} built from the same properties, on every
 * text the project has and on generated stress text, whole texts and line by line; the
 * decoder alone is compared with CoreNLP's calibrated clique tree and Viterbi on random
 * models of windows 1 to 4; unsupported configurations keep CoreNLP's decoder.
 *
 * <p>Loads one extra segmenter model (the stock one) for the class and drops it after.
 */
class SegmenterDecodingTest {

  private record Input(String name, String text) {}

  private static Annotator fast;
  private static FastViterbiClassifier installed;
  private static TokenizerAnnotator stock;
  private static List<Input> inputs;

  @BeforeAll
  static void load() throws IOException {
    assumeFalse(Boolean.getBoolean(SegmenterDecoding.CORENLP_DECODING_PROPERTY),
        "CoreNLP's decoder requested: nothing to compare");
    fast = ArabicPipeline.sharedTokenizer();
    installed = SegmenterDecoding.installed(fast);
    assertNotNull(installed, "the fast decoder is installed in the shared tokenizer");
    stock = new TokenizerAnnotator(false, ArabicPipeline.baseProperties());
    assertNull(SegmenterDecoding.installed(stock));
    inputs = new ArrayList<>();
    inputs.addAll(texts(Path.of(System.getProperty("hadath.testData", "test-data"))));
    inputs.addAll(texts(Path.of(System.getProperty("hadath.shared", "../shared"), "corpus")));
    inputs.addAll(stressTexts(new Random(20240611)));
  }

  @AfterAll
  static void release() {
    stock = null;
    inputs = null;
  }

  /** Every .txt below {@code root} (none if it is missing), in a fixed order. */
  private static List<Input> texts(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<Input> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(new Input(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  // ---- generated stress text

  private static final String LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي";
  private static final String[] PREFIXES = {"", "", "", "و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "بال", "لل",
      "فال", "وب", "ولل", "وس", "أ"};
  private static final String[] SUFFIXES = {"", "", "", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي", "ني",
      "ون", "ين", "ات", "ة", "وا", "تم"};
  private static final String[] WORDS = {"قصفت", "الطائرات", "مواقع", "المسلحين", "مدينة", "وقال", "مصدر",
      "الجيش", "بالقرب", "للقوات", "وبحسب", "فإنهم", "سيطرتها", "والتحالف", "لإجلاء", "المدنيين", "حلب",
      "الموصل", "وزارة", "الدفاع", "ﻻ", "ﷲ"};
  private static final String[] OTHER = {"«", "»", "“", "”", "،", "؛", "؟", ".", "!", ":", "(", ")", "-", "…",
      "\"", "'", "/", "%", "٪", "ISIS", "UN", "Reuters", "e-mail", "http://example.com/a?b=1", "@hadath",
      "#سوريا", "12", "2024", "3.5", "١٢", "٣٫٥", "١٤٤٥هـ", "10:30", "A.", "x", "ـــ", "...", "؟!", "،،"};

  private static String word(Random r) {
    StringBuilder w = new StringBuilder();
    int kind = r.nextInt(10);
    if (kind < 4) {
      w.append(PREFIXES[r.nextInt(PREFIXES.length)]).append(WORDS[r.nextInt(WORDS.length)])
          .append(SUFFIXES[r.nextInt(SUFFIXES.length)]);
    } else if (kind < 8) {
      w.append(PREFIXES[r.nextInt(PREFIXES.length)]);
      int len = 1 + r.nextInt(7);
      for (int i = 0; i < len; i++) {
        w.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        if (r.nextInt(6) == 0) {
          w.append((char) (0x064B + r.nextInt(8))); // a diacritic
        }
        if (r.nextInt(15) == 0) {
          w.append('\u0640'); // tatweel
        }
      }
      w.append(SUFFIXES[r.nextInt(SUFFIXES.length)]);
    } else {
      w.append(OTHER[r.nextInt(OTHER.length)]);
    }
    if (r.nextInt(8) == 0) {
      w.append(OTHER[r.nextInt(OTHER.length)]); // glued punctuation, digits or Latin
    }
    return w.toString();
  }

  private static String line(Random r, int minChars) {
    StringBuilder b = new StringBuilder();
    while (b.length() < minChars) {
      if (b.length() > 0) {
        b.append(r.nextInt(20) == 0 ? "\u00A0" : " ");
      }
      b.append(word(r));
    }
    return b.toString();
  }

  /** Random lines of clitics, diacritics, tatweel, digits, Latin and punctuation; some very long. */
  private static List<Input> stressTexts(Random r) {
    List<Input> out = new ArrayList<>();
    for (int d = 0; d < 15; d++) {
      StringBuilder doc = new StringBuilder();
      for (int l = 0; l < 20; l++) {
        doc.append(line(r, 1 + r.nextInt(r.nextInt(5) == 0 ? 600 : 150))).append(r.nextInt(6) == 0 ? "\n\n" : "\n");
      }
      out.add(new Input("stress-" + d, doc.toString()));
    }
    out.add(new Input("stress-edges", "و\n،\nـ\n٣\nA\nَ\n«»\n؟\nال\nبـ\n" + "ـ".repeat(50) + "\n"
        + "وو".repeat(40) + "\n" + "َُ".repeat(30) + "\n12345678901234567890\n"));
    out.add(new Input("stress-long-8k", line(r, 8_000)));
    out.add(new Input("stress-long-25k", line(r, 25_000))); // cut into blocks by the block tokenizer
    return out;
  }

  // ---- token comparison

  private static List<CoreLabel> tokens(Annotator tokenizer, String text) {
    Annotation a = new Annotation(text);
    tokenizer.annotate(a);
    List<CoreLabel> t = a.get(CoreAnnotations.TokensAnnotation.class);
    return t == null ? List.of() : t;
  }

  /** Null when both lists hold the same tokens with the same annotations, else the first difference. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String difference(List<CoreLabel> expected, List<CoreLabel> actual) {
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      if (i >= expected.size() || i >= actual.size()) {
        return "token counts " + expected.size() + " vs " + actual.size();
      }
      CoreLabel e = expected.get(i);
      CoreLabel a = actual.get(i);
      if (!Objects.equals(e.word(), a.word()) || e.beginPosition() != a.beginPosition()
          || e.endPosition() != a.endPosition()) {
        return "token " + i + ": " + e.word() + " [" + e.beginPosition() + "," + e.endPosition() + ") vs "
            + a.word() + " [" + a.beginPosition() + "," + a.endPosition() + ")";
      }
      if (!e.keySet().equals(a.keySet())) {
        return "token " + i + " annotations " + e.keySet() + " vs " + a.keySet();
      }
      for (Class key : e.keySet()) {
        if (!Objects.equals(e.get(key), a.get(key))) {
          return "token " + i + " " + key.getSimpleName() + ": " + e.get(key) + " vs " + a.get(key);
        }
      }
    }
    return null;
  }

  private static long characters() {
    return inputs.stream().mapToLong(i -> i.text().length()).sum();
  }

  @Test
  void wholeTextsGiveCoreNlpsTokens() {
    List<List<CoreLabel>> expected = inputs.parallelStream().map(in -> tokens(stock, in.text())).toList();
    long fastBefore = installed.fastCount();
    List<String> mismatches = new ArrayList<>();
    // several threads share the fast classifier, as a batch does
    IntStream.range(0, inputs.size()).parallel().forEach(i -> {
      String d = difference(expected.get(i), tokens(fast, inputs.get(i).text()));
      if (d != null) {
        synchronized (mismatches) {
          mismatches.add(inputs.get(i).name() + ": " + d);
        }
      }
    });
    long tokens = expected.stream().mapToLong(List::size).sum();
    System.out.printf("segmenter decoding, whole texts: %d texts, %d characters, %d tokens, %d mismatches%n",
        inputs.size(), characters(), tokens, mismatches.size());
    assertEquals(List.of(), mismatches);
    assertTrue(installed.fastCount() > fastBefore, "the fast decoder was used");
    assertEquals(0, installed.errorCount());
  }

  @Test
  void lineByLineGivesCoreNlpsTokens() {
    BlockTokenizerAnnotator stockBlocks = new BlockTokenizerAnnotator(stock, BlockTokenizerAnnotator.DEFAULT_MAX_BLOCK_CHARS);
    BlockTokenizerAnnotator fastBlocks = new BlockTokenizerAnnotator(fast, BlockTokenizerAnnotator.DEFAULT_MAX_BLOCK_CHARS);
    long fastBefore = installed.fastCount();
    long handedBefore = installed.handedBackCount();
    List<List<CoreLabel>> expected = inputs.parallelStream().map(in -> tokens(stockBlocks, in.text())).toList();
    List<List<CoreLabel>> actual = inputs.parallelStream().map(in -> tokens(fastBlocks, in.text())).toList();
    int lines = 0;
    long tokens = 0;
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Input in = inputs.get(i);
      List<CoreLabel> e = expected.get(i);
      List<CoreLabel> a = actual.get(i);
      tokens += e.size();
      // compare line by line, so that every line that differs is counted
      for (int[] span : BlockTokenizerAnnotator.lines(in.text())) {
        lines++;
        String d = difference(inLine(e, span), inLine(a, span));
        if (d != null) {
          mismatches.add(in.name() + " line at " + span[0] + ": " + d);
        }
      }
      String d = difference(e, a);
      if (d != null && mismatches.isEmpty()) {
        mismatches.add(in.name() + ": " + d);
      }
    }
    long decoded = installed.fastCount() - fastBefore;
    long handedBack = installed.handedBackCount() - handedBefore;
    System.out.printf("segmenter decoding, line by line: %d lines, %d characters, %d tokens, %d mismatches;"
        + " %d segmenter calls decoded fast, %d near-ties handed to CoreNLP%n",
        lines, characters(), tokens, mismatches.size(), decoded, handedBack);
    assertEquals(List.of(), mismatches);
    assertTrue(decoded + handedBack >= lines * 0.99, "the lines went through the fast classifier");
    assertEquals(0, installed.errorCount());
  }

  private static List<CoreLabel> inLine(List<CoreLabel> tokens, int[] span) {
    List<CoreLabel> out = new ArrayList<>();
    for (CoreLabel t : tokens) {
      if (t.beginPosition() >= span[0] && t.endPosition() <= span[1]) {
        out.add(t);
      }
    }
    return out;
  }

  // ---- the decoder alone, against CoreNLP's clique tree and Viterbi

  /** LinearCliquePotentialFunction's arithmetic (its constructor is not public). */
  private record Linear(float[][] weights) implements CliquePotentialFunction {
    @Override
    public double computeCliquePotential(int cliqueSize, int labelIndex, int[] cliqueFeatures, double[] featureVal,
        int posInSent) {
      double output = 0.0;
      for (int m = 0; m < cliqueFeatures.length; m++) {
        double dotProd = weights[cliqueFeatures[m]][labelIndex];
        if (featureVal != null) {
          dotProd *= featureVal[m];
        }
        output += dotProd;
      }
      return output;
    }
  }

  /** CoreNLP's labels for one document: calibrated clique tree, TestSequenceModel, Viterbi. */
  private static int[] coreNlpLabels(int[][][] data, double[][][] vals, List<Index<CRFLabel>> labelIndices,
      Index<String> classIndex, String background, float[][] weights) {
    CRFCliqueTree<String> tree = CRFCliqueTree.getCalibratedCliqueTree(data, labelIndices, classIndex.size(),
        classIndex, background, new Linear(weights), vals);
    int[] padded = new ExactBestSequenceFinder().bestSequence(new TestSequenceModel(tree));
    int window = labelIndices.size();
    return Arrays.copyOfRange(padded, window - 1, window - 1 + data.length);
  }

  @Test
  void decoderPicksCoreNlpsSequenceOnRandomModels() {
    Random r = new Random(7);
    int documents = 0;
    int differing = 0;
    int handedBack = 0;
    int impossible = 0;
    for (int model = 0; model < 160; model++) {
      int window = 1 + model % 4;
      int classes = 2 + r.nextInt(window == 4 ? 3 : 5);
      boolean incomplete = model % 5 == 4; // some label tuples never seen in training: impossible
      boolean values = model % 3 == 2; // real-valued features
      boolean coarse = model % 7 == 0; // weights on a coarse grid: exact ties happen
      Index<String> classIndex = new HashIndex<>();
      for (int c = 0; c < classes; c++) {
        classIndex.add("L" + c);
      }
      List<Index<CRFLabel>> labelIndices = new ArrayList<>();
      for (int j = 0; j < window; j++) {
        Index<CRFLabel> index = new HashIndex<>();
        int size = (int) Math.pow(classes, j + 1);
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < size; t++) {
          order.add(t);
        }
        java.util.Collections.shuffle(order, r);
        for (int t : order) {
          if (incomplete && j > 0 && r.nextInt(4) == 0) {
            continue;
          }
          int[] label = new int[j + 1];
          for (int p = j, x = t; p >= 0; p--, x /= classes) {
            label[p] = x % classes;
          }
          index.add(new CRFLabel(label));
        }
        labelIndices.add(index);
      }
      int featuresPerClique = 30;
      float[][] weights = new float[featuresPerClique * window][];
      for (int f = 0; f < weights.length; f++) {
        weights[f] = new float[labelIndices.get(f / featuresPerClique).size()];
        for (int k = 0; k < weights[f].length; k++) {
          int z = r.nextInt(4);
          weights[f][k] = z == 0 ? 0f : coarse ? (float) (r.nextInt(5) - 2) : (float) (r.nextGaussian() * 2);
        }
      }
      String background = "L" + r.nextInt(classes);
      ViterbiDecoder decoder = new ViterbiDecoder(weights, labelIndices, classes,
          classIndex.indexOf(background));
      for (int doc = 0; doc < 12; doc++) {
        int n = 1 + r.nextInt(doc == 0 ? 2 : 40);
        int[][][] data = new int[n][window][];
        double[][][] vals = new double[n][window][];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < window; j++) {
            int count = coarse ? r.nextInt(5) : 1 + r.nextInt(4); // no features: every label ties
            data[i][j] = new int[count];
            for (int m = 0; m < count; m++) {
              data[i][j][m] = j * featuresPerClique + r.nextInt(featuresPerClique);
            }
            if (values && r.nextBoolean()) {
              vals[i][j] = new double[count];
              for (int m = 0; m < count; m++) {
                vals[i][j][m] = r.nextInt(3) == 0 ? 1.0 : r.nextDouble() * 3;
              }
            }
          }
        }
        documents++;
        double[] margin = new double[1];
        int[] raw = decoder.bestSequence(data, vals, Double.NEGATIVE_INFINITY, margin);
        double nearTie = SegmenterDecoding.NEAR_TIE + SegmenterDecoding.NEAR_TIE_PER_POSITION * n;
        int[] guarded = decoder.bestSequence(data, vals, nearTie, null);
        int[] expected;
        try {
          expected = coreNlpLabels(data, vals, labelIndices, classIndex, background, weights);
        } catch (ArrayIndexOutOfBoundsException e) {
          // CoreNLP fails when no label sequence is possible (unseen tuples only); the fast
          // decoder then finds none either and hands the line to CoreNLP, which fails the same way
          impossible++;
          assertNull(raw, "model " + model + " doc " + doc + ": CoreNLP found no sequence");
          continue;
        }
        if (!Arrays.equals(expected, raw)) {
          differing++;
          assertTrue(raw == null || margin[0] <= nearTie, "model " + model + " doc " + doc + ": CoreNLP "
              + Arrays.toString(expected) + ", fast " + Arrays.toString(raw) + " with margin " + margin[0]);
        }
        if (guarded == null) {
          handedBack++;
        } else {
          assertEquals(Arrays.toString(expected), Arrays.toString(guarded), "model " + model + " doc " + doc);
        }
      }
    }
    System.out.printf("segmenter decoding, random models: %d documents, %d decided differently by a"
        + " near-tie (all handed back), %d handed back, %d without any possible sequence%n",
        documents, differing, handedBack, impossible);
    assertTrue(handedBack < documents / 4, handedBack + " of " + documents + " handed back");
  }

  // ---- configurations the decoder refuses, and the switch

  @Test
  void unsupportedConfigurationsAreRefused() {
    assertNull(SegmenterDecoding.unsupportedReason(installed.original()));
    List<java.util.function.Consumer<SeqClassifierFlags>> changes = List.of(
        f -> f.doGibbs = true,
        f -> f.crfType = "other",
        f -> f.inferenceType = "Beam",
        f -> f.useReverse = true,
        f -> f.nonLinearCRF = true);
    for (var change : changes) {
      SeqClassifierFlags flags = new SeqClassifierFlags();
      change.accept(flags);
      assertNotNull(SegmenterDecoding.unsupportedReason(new CRFClassifier<CoreLabel>(flags)), flags.toString());
    }
    assertNotNull(SegmenterDecoding.unsupportedReason(new CRFClassifier<CoreLabel>(new SeqClassifierFlags()) {}),
        "a subclass");
    // not a segmenter at all: refused without an exception
    Properties english = new Properties();
    english.setProperty("tokenize.language", "en");
    assertFalse(SegmenterDecoding.install(new TokenizerAnnotator(false, english)));
    assertFalse(SegmenterDecoding.install(new NormalizeAnnotator()));
    // already installed: kept
    assertTrue(SegmenterDecoding.install(fast));
    assertSame(installed, SegmenterDecoding.installed(fast));
  }

  @Test
  void unsupportedSegmenterKeepsCoreNlpsDecoder() throws ReflectiveOperationException {
    Object segmenter = SegmenterDecoding.segmenterOf(stock);
    Field f = segmenter.getClass().getDeclaredField("classifier");
    f.setAccessible(true);
    CRFClassifier<?> classifier = (CRFClassifier<?>) f.get(segmenter);
    classifier.flags.useReverse = true;
    try {
      assertFalse(SegmenterDecoding.install(stock));
    } finally {
      classifier.flags.useReverse = false;
    }
    assertSame(classifier, f.get(segmenter));
    System.setProperty(SegmenterDecoding.CORENLP_DECODING_PROPERTY, "true");
    try {
      assertFalse(SegmenterDecoding.install(stock));
    } finally {
      System.clearProperty(SegmenterDecoding.CORENLP_DECODING_PROPERTY);
    }
    assertSame(classifier, f.get(segmenter));
  }

  @Test
  void interruptStopsSegmentationAsInCoreNlp() {
    for (Annotator tokenizer : new Annotator[] {stock, fast}) {
      Thread.currentThread().interrupt();
      try {
        assertThrows(RuntimeInterruptedException.class, () -> tokens(tokenizer, "قصفت الطائرات البلدة."));
      } finally {
        assertFalse(Thread.interrupted(), "the interrupt is consumed, as CoreNLP's Viterbi consumes it");
      }
    }
  }

}
