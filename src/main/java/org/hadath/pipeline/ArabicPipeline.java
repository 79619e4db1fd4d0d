package org.hadath.pipeline;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that builds Hadath's Arabic CoreNLP pipeline:
 * normalize → tokenize (Arabic segmenter, block by block) → offsets → sentence split → POS → POS fixes →
 * parse → Universal Dependencies.
 *
 * <p>Models are loaded once per JVM and shared by every pipeline built here; a pipeline is
 * thread-safe (its stages keep no per-document state). Equivalent CoreNLP properties, for
 * users who assemble their own pipeline, are given by {@link #coreNlpProperties}.
 */
public final class ArabicPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(ArabicPipeline.class);

  /** Classpath location of the Arabic segmenter model. */
  public static final String SEGMENTER_MODEL =
      "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz";
  /** Classpath location of the Arabic POS tagger model. */
  public static final String TAGGER_MODEL = "edu/stanford/nlp/models/pos-tagger/arabic.tagger";

  /**
   * The dependency layer's annotator ({@code hadath_depparse}), named by class as CoreNLP's
   * {@code customAnnotatorClass} names annotators: the dependency layer reads this layer's
   * trees and parse status, so this layer does not compile against it (no package cycle).
   */
  public static final String DEPENDENCY_ANNOTATOR = "org.hadath.depparse.DependencyAnnotator";

  private static final Map<String, Annotator> SHARED = new ConcurrentHashMap<>();

  private final PipelineOptions options;
  private final ImmutableList<Annotator> stages;

  private ArabicPipeline(PipelineOptions options) {
    this.options = options;
    long start = System.nanoTime();
    ModelLoading.quietLoaders();
    List<Annotator> list = new ArrayList<>();
    list.add(new NormalizeAnnotator(options.models()));
    list.add(new BlockTokenizerAnnotator(sharedTokenizer(),
        BlockTokenizerAnnotator.DEFAULT_MAX_BLOCK_CHARS, options.lineSelector()));
    list.add(new OffsetAnnotator());
    list.add(new SentenceSplitAnnotator());
    list.add(SHARED.computeIfAbsent("pos", k -> new POSTaggerAnnotator("pos", baseProperties())));
    list.add(new PosFixAnnotator(options.models()));
    if (options.parse()) {
      list.add(new ParseAnnotator(options.parser().modelPath(), options.maxParseLength(),
          options.parseSelector()));
    }
    if (options.dependencies()) {
      list.add(dependencyAnnotator(options));
    }
    this.stages = ImmutableList.copyOf(list);
    ModelLoading.announce(start, options);
  }

  /**
   * A new {@link #DEPENDENCY_ANNOTATOR} with the function words of the options' models (by its
   * CoreNLP constructor, with property {@code hadath.models} when a user's folder is named).
   *
   * @throws IllegalStateException if the dependency layer is not on the class path
   */
  private static Annotator dependencyAnnotator(PipelineOptions options) {
    Properties props = new Properties();
    if (options.models().folder() != null) {
      props.setProperty(org.hadath.util.ModelFiles.PROPERTY, options.models().folder().toString());
    }
    try {
      return Class.forName(DEPENDENCY_ANNOTATOR).asSubclass(Annotator.class)
          .getConstructor(String.class, Properties.class).newInstance("hadath_depparse", props);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("cannot create the dependency annotator "
          + DEPENDENCY_ANNOTATOR, e);
    }
  }

  /**
   * The JVM's one CoreNLP tokenizer (Arabic segmenter), made on first use, with the
   * segmenter's faster exact decoder installed ({@link SegmenterDecoding}) and its lexer's
   * answers for single characters remembered ({@link CharTokenMemo}).
   */
  static Annotator sharedTokenizer() {
    ModelLoading.quietLoaders();
    return SHARED.computeIfAbsent("tokenize", k -> {
      TokenizerAnnotator tokenizer = new TokenizerAnnotator(false, baseProperties());
      SegmenterDecoding.install(tokenizer);
      CharTokenMemo.install(tokenizer);
      return tokenizer;
    });
  }

  /** Builds a pipeline; the first call in a JVM loads the models (a few seconds). */
  public static ArabicPipeline create(PipelineOptions options) {
    return new ArabicPipeline(Preconditions.checkNotNull(options));
  }

  /** Builds a pipeline with {@link PipelineOptions#defaults()}. */
  public static ArabicPipeline create() {
    return create(PipelineOptions.defaults());
  }

  /** The options this pipeline was built with. */
  public PipelineOptions options() {
    return options;
  }

  /** The stages, in order. */
  public ImmutableList<Annotator> stages() {
    return stages;
  }

  /**
   * Annotates a text. Empty or blank text gives an annotation with no sentences.
   *
   * @throws IllegalArgumentException if {@code text} is null
   */
  public Annotation annotate(String text) {
    Preconditions.checkArgument(text != null, "text must not be null");
    Annotation a = new Annotation(text);
    annotate(a);
    return a;
  }

  /** Annotates a CoreNLP annotation that holds a text (and optionally a DocID / DocDate). */
  public void annotate(Annotation annotation) {
    Preconditions.checkArgument(annotation != null, "annotation must not be null");
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    Preconditions.checkArgument(text != null, "annotation has no text");
    if (!hasLetterOrDigit(text)) {
      annotation.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>());
      annotation.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>());
      return;
    }
    if (!hasArabic(text)) {
      LOG.warn("text contains no Arabic letters ({} characters); results will be empty or nearly so",
          text.length());
    }
    for (Annotator stage : stages) {
      checkInterrupted();
      stage.annotate(annotation);
    }
  }

  /**
   * Throws {@link java.util.concurrent.CancellationException} when the current thread was
   * interrupted: long documents stop at the next stage or sentence when a batch's time budget
   * expires.
   */
  public static void checkInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("interrupted");
    }
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      Character.UnicodeBlock b = Character.UnicodeBlock.of(s.charAt(i));
      if (b == Character.UnicodeBlock.ARABIC || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
          || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B
          || b == Character.UnicodeBlock.ARABIC_SUPPLEMENT) {
        return true;
      }
    }
    return false;
  }

  /** The CoreNLP properties of the shared tokenizer and tagger. */
  static Properties baseProperties() {
    Properties p = new Properties();
    p.setProperty("tokenize.language", "ar");
    p.setProperty("segment.model", SEGMENTER_MODEL);
    p.setProperty("pos.model", TAGGER_MODEL);
    return p;
  }

  /**
   * CoreNLP properties that build the same pipeline in a user's own {@code StanfordCoreNLP}
   * (annotators by name via {@code customAnnotatorClass}).
   */
  public static Properties coreNlpProperties(PipelineOptions options) {
    Properties p = baseProperties();
    // hadath_tokenize, not CoreNLP's tokenize: the segmenter must see one line at a time, as in
    // ArabicPipeline (CoreNLP's reads across line breaks and cuts a line's first word otherwise)
    StringBuilder ann = new StringBuilder("hadath_normalize,hadath_tokenize,hadath_offsets,hadath_sentences,pos,hadath_tagfix");
    p.setProperty("customAnnotatorClass.hadath_normalize", NormalizeAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.hadath_tokenize", BlockTokenizerAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.hadath_offsets", OffsetAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.hadath_sentences", SentenceSplitAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.hadath_tagfix", PosFixAnnotator.class.getName());
    if (options.parse()) {
      ann.append(",hadath_parse");
      p.setProperty("customAnnotatorClass.hadath_parse", ParseAnnotator.class.getName());
      p.setProperty("hadath_parse.model", options.parser().modelPath());
      p.setProperty("hadath_parse.maxLength", String.valueOf(options.maxParseLength()));
    }
    if (options.dependencies()) {
      ann.append(",hadath_depparse");
      p.setProperty("customAnnotatorClass.hadath_depparse", DEPENDENCY_ANNOTATOR);
    }
    p.setProperty("annotators", ann.toString());
    if (options.models().folder() != null) {
      p.setProperty(org.hadath.util.ModelFiles.PROPERTY, options.models().folder().toString());
    }
    return p;
  }
}
