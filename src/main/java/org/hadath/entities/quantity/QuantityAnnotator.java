package org.hadath.entities.quantity;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP annotator that puts a {@link QuantityAnnotations.QuantityMentionsAnnotation}
 * list on every sentence. Usable as {@code customAnnotatorClass.hadath_quantities =
 * org.hadath.entities.quantity.QuantityAnnotator}.
 *
 * <p>Requires POS tags: they decide whether the word after a number is a counted noun
 * (50 مدنياً) or something else (a verb). Thread-safe: no mutable state, shared immutable
 * lexicon.
 */
public final class QuantityAnnotator implements Annotator {

  private final QuantityExtractor extractor;
  private final PeopleCounter people;

  /** CoreNLP's constructor for custom annotators; no properties are read yet. */
  public QuantityAnnotator(String name, Properties props) {
    this.extractor = new QuantityExtractor();
    this.people = new PeopleCounter();
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (text == null || sentences == null) {
      return;
    }
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<QuantityMention> ms = tokens == null ? List.of() : extractor.extract(tokens, text, s);
      sentence.set(QuantityAnnotations.QuantityMentionsAnnotation.class,
          Collections.unmodifiableList(ms));
      List<QuantityMention> pc = tokens == null ? List.of() : people.count(tokens, text, s);
      sentence.set(QuantityAnnotations.PeopleCountsAnnotation.class, Collections.unmodifiableList(pc));
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(QuantityAnnotations.QuantityMentionsAnnotation.class,
        QuantityAnnotations.PeopleCountsAnnotation.class);
  }
}
