package org.hadath.events;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.hadath.entities.actors.ActorAnnotator;
import org.hadath.entities.places.PlaceAnnotator;
import org.hadath.entities.quantity.QuantityAnnotator;
import org.hadath.entities.time.TimeAnnotations;
import org.hadath.entities.time.TimeAnnotator;
import org.hadath.pipeline.ArabicPipeline;
import org.hadath.pipeline.HadathAnnotations;
import org.hadath.pipeline.PipelineOptions;

/**
 * The common way in: text in, {@link DocumentEvents} out.
 *
 * <pre>{@code
 * EventExtractor extractor = EventExtractor.create();      // loads models once
 * DocumentEvents r = extractor.extract("doc-1", text, LocalDate.of(2019, 3, 2));
 * for (EventFrame f : r.events()) { ... }
 * }</pre>
 *
 * <p>Thread-safe: one extractor serves any number of threads (see {@link BatchExtractor} for
 * streaming many documents over all cores). Runs the Arabic pipeline, the entity layer
 * (actors, places, quantities, times) and {@link EventAnnotator}.
 */
public final class EventExtractor {
  /**
   * Default largest document accepted: 1 million characters (about 170,000 words, far beyond
   * any news article); the annotation of a larger one would not fit a modest heap.
   */
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 1_000_000;

  private final ArabicPipeline pipeline;
  private final ImmutableList<Annotator> layers;
  private final int maxDocumentChars;

  /** Settings for {@link EventExtractor#builder()}. */
  public static final class Builder {
    private PipelineOptions options = PipelineOptions.defaults();
    private EventRules rules;
    private boolean prune = true;
    private int maxDocumentChars = DEFAULT_MAX_DOCUMENT_CHARS;
    private org.hadath.entities.time.DateWindow dateWindow;

    private Builder() {}

    /**
     * The days the documents were written in (default: unknown): a date a text writes without
     * its year (اليوم الأربعاء 2 كانون الأول، a post stamped {@code January 11}) takes the one
     * year of the window that fits it (its weekday, when the text names one), else stays partial
     * ({@code XXXX-12-02}). For an archive read whole, its own span ({@link
     * org.hadath.entities.time.ArchiveDates}); for pages saved on a known day, {@link
     * org.hadath.entities.time.DateWindow#before} that day. The reader's clock is never used.
     * The CLI's, the service's and the Spark job's {@code --year-window}; null: unknown.
     */
    public Builder dateWindow(org.hadath.entities.time.DateWindow w) {
      this.dateWindow = w;
      return this;
    }

    /** The year up to {@code d} as the {@link #dateWindow} (null: unknown). */
    public Builder latestDate(LocalDate d) {
      this.dateWindow = d == null ? null : org.hadath.entities.time.DateWindow.before(d);
      return this;
    }

    /** Pipeline options (parser, parse length limit). */
    public Builder pipelineOptions(PipelineOptions o) {
      this.options = Preconditions.checkNotNull(o);
      return this;
    }

    /** Event rules (default: the packaged ones). */
    public Builder rules(EventRules r) {
      this.rules = Preconditions.checkNotNull(r);
      return this;
    }

    /**
     * Whether to skip work that cannot change a frame (default true; same frames): lines the
     * {@link EventTextFilter} rules out are not segmented, tagged or parsed, and sentences
     * that can neither yield a frame nor pass a reporter on are not parsed
     * ({@link EventAnnotator#parseSelector()}). False analyses every sentence fully, for users who
     * want the whole annotation from {@link EventExtractor#annotate}.
     */
    public Builder pruneParsing(boolean p) {
      this.prune = p;
      return this;
    }

    /**
     * Reads edited model files from {@code folder} (laid out like the packaged {@code models/}:
     * {@code events/triggers.tsv}, {@code entities/actors.tsv}, {@code pipeline/tag-fixes.tsv}
     * …); a file not there is the packaged one. Without this call only the packaged models are
     * read, never files of the working directory. The quantity and time tables
     * ({@code quantity/}, {@code time/}) and {@code entities/clitics.tsv} are always the packaged ones.
     */
    public Builder models(java.nio.file.Path folder) {
      this.options = options.withModels(org.hadath.util.ModelFiles.overrides(folder));
      return this;
    }

    /** Largest document accepted; a longer one is rejected with a clear error. */
    public Builder maxDocumentChars(int n) {
      Preconditions.checkArgument(n > 0, "maxDocumentChars must be positive");
      this.maxDocumentChars = n;
      return this;
    }

    /** Builds the extractor (loads models on first use in the JVM). */
    public EventExtractor build() {
      org.hadath.util.ModelFiles models = options.models();
      EventRules r = rules != null ? rules
          : models == org.hadath.util.ModelFiles.packaged() ? EventRules.getDefault() : EventRules.load(models);
      return new EventExtractor(options, r, prune, maxDocumentChars, dateWindow);
    }
  }

  /** A builder for non-default settings. */
  public static Builder builder() {
    return new Builder();
  }

  private EventExtractor(PipelineOptions options, EventRules rules, boolean prune, int maxDocumentChars,
      org.hadath.entities.time.DateWindow dateWindow) {
    this.maxDocumentChars = maxDocumentChars;
    // a models folder may also hold edited page-furniture cues and specificity weights
    EventAnnotator events = options.models().folder() == null ? new EventAnnotator(rules)
        : new EventAnnotator(rules, PageFurniture.load(options.models()),
            org.hadath.events.specificity.SpecificityModel.load(options.models()));
    // read and parse only what the event rules can use (same frames, less work), unless asked not to
    this.pipeline = ArabicPipeline.create(prune
        ? options.withParseSelector(events.parseSelector()).withLineSelector(
            new EventTextFilter(rules, org.hadath.entities.actors.ActorLexicon.of(options.models()),
                org.hadath.pipeline.SegmenterForms.of(options.models())))
        : options);
    Properties modelProps = new Properties();
    if (options.models().folder() != null) {
      modelProps.setProperty(org.hadath.util.ModelFiles.PROPERTY, options.models().folder().toString());
    }
    Annotator actors = new ActorAnnotator("hadath_actors", modelProps);
    Annotator places = new PlaceAnnotator("hadath_places", modelProps);
    Annotator quantities = new QuantityAnnotator("hadath_quantities", new Properties());
    Properties timeProps = new Properties();
    if (dateWindow != null) {
      timeProps.setProperty("hadath_time." + TimeAnnotator.DATE_WINDOW, dateWindow.toString());
    }
    Annotator times = new TimeAnnotator("hadath_time", timeProps);
    this.layers = ImmutableList.of(actors, places, quantities, times, events);
  }

  /** An extractor with the default pipeline and the packaged rules. */
  public static EventExtractor create() {
    return create(PipelineOptions.defaults(), EventRules.getDefault());
  }

  /**
   * An extractor with the given pipeline options and rules. Text that cannot yield a frame is
   * not analysed (see {@link EventTextFilter}) and sentences that can neither yield a frame
   * nor pass a reporter on are not parsed (see {@link EventAnnotator#parseSelector()}).
   */
  public static EventExtractor create(PipelineOptions options, EventRules rules) {
    return builder().pipelineOptions(options).rules(rules).build();
  }

  /** Like {@link #create(PipelineOptions, EventRules)} but analyses and parses every sentence (for comparison). */
  public static EventExtractor createUnpruned(PipelineOptions options, EventRules rules) {
    return builder().pipelineOptions(options).rules(rules).pruneParsing(false).build();
  }

  /** Extracts events from {@code text} (document id "doc", no document date). */
  public DocumentEvents extract(String text) {
    return extract("doc", text, null);
  }

  /** Extracts events from {@code text} under {@code docId}. */
  public DocumentEvents extract(String docId, String text) {
    return extract(docId, text, null);
  }

  /**
   * Extracts events. {@code documentDate} (may be null) anchors relative times (أمس،
   * السبت); without it the article's dateline is used when there is one.
   *
   * @throws IllegalArgumentException if {@code text} or {@code docId} is null
   */
  public DocumentEvents extract(String docId, String text, LocalDate documentDate) {
    Preconditions.checkArgument(docId != null, "docId must not be null");
    Preconditions.checkArgument(text != null, "text must not be null");
    return fromAnnotation(docId, annotate(docId, text, documentDate));
  }

  /**
   * The frames and statistics of an annotation the Hadath annotators have run over (by
   * {@link #annotate} or by a user's own {@code StanfordCoreNLP}, e.g. the CoreNLP server).
   */
  public static DocumentEvents fromAnnotation(String docId, Annotation a) {
    List<EventFrame> frames = a.get(EventAnnotations.EventFramesAnnotation.class);
    List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.isEmpty()) {
      return DocumentEvents.empty(docId);
    }
    String text = a.get(CoreAnnotations.TextAnnotation.class);
    Map<String, Integer> status = new TreeMap<>();
    ImmutableList.Builder<Span> spans = ImmutableList.builder();
    int tokens = 0;
    for (CoreMap s : sentences) {
      tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
      var st = s.get(HadathAnnotations.ParseStatusAnnotation.class);
      if (st != null) {
        status.merge(st.name(), 1, Integer::sum);
      }
      Integer b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      spans.add(text != null && b != null && e != null && 0 <= b && b <= e && e <= text.length()
          ? Span.of(text, b, e) : new Span("", 0, 0));
    }
    return new DocumentEvents(docId, frames == null ? ImmutableList.of() : ImmutableList.copyOf(frames),
        sentences.size(), tokens, ImmutableMap.copyOf(status), spans.build(),
        Optional.ofNullable(a.get(TimeAnnotations.DocumentDateSourceAnnotation.class)),
        reportPlaces(a), reportPeople(a));
  }

  private static ImmutableList<Span> reportPeople(Annotation a) {
    List<Span> p = a.get(EventAnnotations.ReportPeopleAnnotation.class);
    return p == null ? ImmutableList.of() : ImmutableList.copyOf(p);
  }

  private static ImmutableList<EventFrame.Argument> reportPlaces(Annotation a) {
    List<EventFrame.Argument> p = a.get(EventAnnotations.ReportPlacesAnnotation.class);
    return p == null ? ImmutableList.of() : ImmutableList.copyOf(p);
  }

  /**
   * Runs every layer and returns the CoreNLP annotation. With pruning on (the default),
   * sentences the event layer cannot use have no tokens ({@code ParseStatus.NOT_ANALYSED}) or
   * no parse ({@code SKIPPED}); build with {@code pruneParsing(false)} to have all of it.
   */
  public Annotation annotate(String docId, String text, LocalDate documentDate) {
    Preconditions.checkArgument(text != null, "text must not be null");
    if (text.length() > maxDocumentChars) {
      throw new IllegalArgumentException(docId + ": document of " + text.length()
          + " characters exceeds the limit of " + maxDocumentChars + " (EventExtractor.Builder.maxDocumentChars)");
    }
    Annotation a = new Annotation(text);
    a.set(CoreAnnotations.DocIDAnnotation.class, docId);
    if (documentDate != null) {
      a.set(TimeAnnotations.DocumentDateAnnotation.class, documentDate);
    }
    try {
      pipeline.annotate(a);
      List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
      if (sentences == null || sentences.isEmpty()) {
        a.set(EventAnnotations.EventFramesAnnotation.class, List.of());
        return a;
      }
      for (Annotator layer : layers) {
        ArabicPipeline.checkInterrupted();
        layer.annotate(a);
      }
      return a;
    } catch (CancellationException | edu.stanford.nlp.util.RuntimeInterruptedException e) {
      throw e;
    } catch (RuntimeException e) {
      // the error names the document; the original exception (and its stack trace) is the cause
      throw new IllegalStateException(docId + ": " + e, e);
    }
  }

  /**
   * CoreNLP properties for the whole Hadath pipeline by annotator name, so users can run it
   * in their own {@code StanfordCoreNLP}: frames end up under
   * {@link EventAnnotations.EventFramesAnnotation}.
   */
  public static Properties coreNlpProperties(PipelineOptions options) {
    Properties p = ArabicPipeline.coreNlpProperties(options);
    p.setProperty("customAnnotatorClass.hadath_actors", ActorAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.hadath_places", PlaceAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.hadath_quantities", QuantityAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.hadath_time", TimeAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.hadath_events", EventAnnotator.class.getName());
    p.setProperty("annotators", p.getProperty("annotators")
        + ",hadath_actors,hadath_places,hadath_quantities,hadath_time,hadath_events");
    return p;
  }

}
