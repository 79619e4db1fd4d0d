package org.hadath.pipeline;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.hadath.normalize.NormalizedText;

/**
 * Puts the user's original text back ({@code hadath_offsets}): after {@code tokenize} has
 * run on the normalized text, every token's {@code CharacterOffsetBegin/End} is mapped into
 * the original text, its {@code OriginalTextAnnotation} becomes the original characters, and
 * the document {@code TextAnnotation} becomes the original text again.
 *
 * <p>From here on every offset in the annotation points into what the user gave, so
 * {@code text.substring(begin, end)} of any token or later mention is the user's own
 * characters. {@code word()} keeps the normalized form the models were trained on.
 */
public class OffsetAnnotator implements Annotator {

  /** Constructor used by CoreNLP's {@code customAnnotatorClass} mechanism. */
  public OffsetAnnotator(String name, Properties props) {}

  /** Creates the annotator directly. */
  public OffsetAnnotator() {}

  @Override
  public void annotate(Annotation annotation) {
    if (Boolean.TRUE.equals(annotation.get(HadathAnnotations.OriginalOffsetsAnnotation.class))) {
      return;
    }
    NormalizedText nt = annotation.get(HadathAnnotations.NormalizedTextAnnotation.class);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    if (nt != null && tokens != null) {
      String original = nt.original();
      int len = nt.normalized().length();
      for (CoreLabel t : tokens) {
        int b = Math.max(0, Math.min(t.beginPosition(), len));
        int e = Math.max(b, Math.min(t.endPosition(), len));
        int[] o = nt.toOriginal(b, e);
        t.setBeginPosition(o[0]);
        t.setEndPosition(o[1]);
        t.setOriginalText(original.substring(o[0], o[1]));
      }
      List<int[]> spans = annotation.get(HadathAnnotations.UnanalysedSentencesAnnotation.class);
      if (spans != null) {
        List<int[]> mapped = new ArrayList<>(spans.size());
        for (int[] sp : spans) {
          int b = Math.max(0, Math.min(sp[0], len));
          mapped.add(nt.toOriginal(b, Math.max(b, Math.min(sp[1], len))));
        }
        annotation.set(HadathAnnotations.UnanalysedSentencesAnnotation.class, mapped);
      }
      annotation.set(CoreAnnotations.TextAnnotation.class, original);
    }
    annotation.set(HadathAnnotations.OriginalOffsetsAnnotation.class, Boolean.TRUE);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Collections.singleton(CoreAnnotations.TokensAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Collections.singleton(HadathAnnotations.OriginalOffsetsAnnotation.class);
  }
}
