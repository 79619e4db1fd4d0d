package org.hadath.pipeline;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import org.hadath.normalize.ArabicTextNormalizer;
import org.hadath.normalize.GlueSplitter;
import org.hadath.normalize.NormalizedText;
import org.hadath.util.ModelFiles;

/**
 * First stage of the Hadath pipeline ({@code hadath_normalize}): replaces the document
 * text with its {@link ArabicTextNormalizer normalized} form, with the space a post lost
 * between a place name and the next word put back ({@link GlueSplitter}), and keeps the offset
 * map under {@link HadathAnnotations.NormalizedTextAnnotation}.
 *
 * <p>Must run before {@code tokenize}; {@link OffsetAnnotator} ({@code hadath_offsets}) must
 * run right after {@code tokenize} to put the original text and offsets back. Usable in a
 * user's own pipeline as {@code customAnnotatorClass.hadath_normalize =
 * org.hadath.pipeline.NormalizeAnnotator}.
 */
public class NormalizeAnnotator implements Annotator {

  private final GlueSplitter glue;

  /**
   * Constructor used by CoreNLP's {@code customAnnotatorClass} mechanism; property
   * {@code hadath.models} names a folder of edited models.
   */
  public NormalizeAnnotator(String name, Properties props) {
    this(ModelFiles.fromProperties(props));
  }

  /** Creates the annotator with the packaged models. */
  public NormalizeAnnotator() {
    this(ModelFiles.packaged());
  }

  /** Creates the annotator with the glued-word lexicon of {@code models}. */
  public NormalizeAnnotator(ModelFiles models) {
    this.glue = GlueSplitter.of(models);
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    if (text == null) {
      throw new IllegalArgumentException("annotation has no text");
    }
    if (annotation.containsKey(HadathAnnotations.NormalizedTextAnnotation.class)) {
      return; // already normalized: running twice must not normalize twice
    }
    NormalizedText nt = glue.split(ArabicTextNormalizer.getInstance().normalize(text));
    annotation.set(HadathAnnotations.NormalizedTextAnnotation.class, nt);
    annotation.set(CoreAnnotations.TextAnnotation.class, nt.normalized());
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Collections.emptySet();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Collections.singleton(HadathAnnotations.NormalizedTextAnnotation.class);
  }
}
