package org.hadath.pipeline;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import org.hadath.normalize.ArabicTextNormalizer;
import org.hadath.normalize.NormalizedText;

/**
 * First stage of the Hadath pipeline ({@code hadath_normalize}): replaces the document
 * text with its {@link ArabicTextNormalizer normalized} form and keeps the offset map under
 * {@link HadathAnnotations.NormalizedTextAnnotation}.
 *
 * <p>Must run before {@code tokenize}; {@link OffsetAnnotator} ({@code hadath_offsets}) must
 * run right after {@code tokenize} to put the original text and offsets back. Usable in a
 * user's own pipeline as {@code customAnnotatorClass.hadath_normalize =
 * org.hadath.pipeline.NormalizeAnnotator}.
 */
public class NormalizeAnnotator implements Annotator {

  /** Constructor used by CoreNLP's {@code customAnnotatorClass} mechanism. */
  public NormalizeAnnotator(String name, Properties props) {}

  /** Creates the annotator directly. */
  public NormalizeAnnotator() {}

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    if (text == null) {
      throw new IllegalArgumentException("annotation has no text");
    }
    if (annotation.containsKey(HadathAnnotations.NormalizedTextAnnotation.class)) {
      return; // already normalized: running twice must not normalize twice
    }
    NormalizedText nt = ArabicTextNormalizer.getInstance().normalize(text);
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
