package org.hadath.events;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
  private final ArabicPipeline pipeline;
  private final ImmutableList<Annotator> layers;

  private EventExtractor(PipelineOptions options, EventRules rules) {
    this.pipeline = ArabicPipeline.create(options);
    Annotator actors = new ActorAnnotator("hadath_actors", new java.util.Properties());
    Annotator places = new PlaceAnnotator("hadath_places", new java.util.Properties());
    Annotator quantities = new QuantityAnnotator("hadath_quantities", new java.util.Properties());
    Annotator times = new TimeAnnotator("hadath_time", new java.util.Properties());
    this.layers = ImmutableList.of(actors, places, quantities, times, new EventAnnotator(rules));
  }

  /** An extractor with the default pipeline and the packaged rules. */
  public static EventExtractor create() {
    return create(PipelineOptions.defaults(), EventRules.getDefault());
  }

  /** An extractor with the given pipeline options and rules. */
  public static EventExtractor create(PipelineOptions options, EventRules rules) {
    return new EventExtractor(Preconditions.checkNotNull(options), Preconditions.checkNotNull(rules));
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
    Annotation a = annotate(docId, text, documentDate);
    List<EventFrame> frames = a.get(EventAnnotations.EventFramesAnnotation.class);
    List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.isEmpty()) {
      return DocumentEvents.empty(docId);
    }
    Map<String, Integer> status = new TreeMap<>();
    int tokens = 0;
    for (CoreMap s : sentences) {
      tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
      var st = s.get(HadathAnnotations.ParseStatusAnnotation.class);
      if (st != null) {
        status.merge(st.name(), 1, Integer::sum);
      }
    }
    return new DocumentEvents(docId, frames == null ? ImmutableList.of() : ImmutableList.copyOf(frames),
        sentences.size(), tokens, ImmutableMap.copyOf(status));
  }

  /** Runs every layer and returns the CoreNLP annotation, for users who want all of it. */
  public Annotation annotate(String docId, String text, LocalDate documentDate) {
    Preconditions.checkArgument(text != null, "text must not be null");
    Annotation a = new Annotation(text);
    a.set(CoreAnnotations.DocIDAnnotation.class, docId);
    if (documentDate != null) {
      a.set(TimeAnnotations.DocumentDateAnnotation.class, documentDate);
    }
    pipeline.annotate(a);
    List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.isEmpty()) {
      a.set(EventAnnotations.EventFramesAnnotation.class, List.of());
      return a;
    }
    for (Annotator layer : layers) {
      layer.annotate(a);
    }
    return a;
  }

  /**
   * CoreNLP properties for the whole Hadath pipeline by annotator name, so users can run it
   * in their own {@code StanfordCoreNLP}: frames end up under
   * {@link EventAnnotations.EventFramesAnnotation}.
   */
  public static java.util.Properties coreNlpProperties(PipelineOptions options) {
    java.util.Properties p = ArabicPipeline.coreNlpProperties(options);
    p.setProperty("customAnnotatorClass.hadath_actors", ActorAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.hadath_places", PlaceAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.hadath_quantities", QuantityAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.hadath_time", TimeAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.hadath_events", EventAnnotator.class.getName());
    p.setProperty("annotators", p.getProperty("annotators")
        + ",hadath_actors,hadath_places,hadath_quantities,hadath_time,hadath_events");
    return p;
  }

  /** Number of tokens in an annotation (for throughput figures). */
  static int tokenCount(Annotation a) {
    List<CoreLabel> t = a.get(CoreAnnotations.TokensAnnotation.class);
    return t == null ? 0 : t.size();
  }
}
