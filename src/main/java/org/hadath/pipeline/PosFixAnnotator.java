package org.hadath.pipeline;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;

/**
 * Corrects the few tags CoreNLP's Arabic tagger gets wrong in a systematic way
 * ({@code hadath_tagfix}): tokens made only of punctuation or symbols get {@code PUNC}
 * (brackets and quotes otherwise come out as nouns and mislead the parser), and tokens made
 * only of digits get {@code CD}. Runs after {@code pos}, before {@code parse}.
 */
public class PosFixAnnotator implements Annotator {

  /** Constructor used by CoreNLP's {@code customAnnotatorClass} mechanism. */
  public PosFixAnnotator(String name, Properties props) {}

  /** Creates the annotator directly. */
  public PosFixAnnotator() {}

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        String w = t.word();
        if (w == null || w.isEmpty()) {
          continue;
        }
        if (allPunct(w)) {
          t.setTag("PUNC");
        } else if (allDigits(w)) {
          t.setTag("CD");
        }
      }
    }
  }

  static boolean allPunct(String w) {
    for (int i = 0; i < w.length(); i++) {
      int type = Character.getType(w.charAt(i));
      boolean punct = type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
          || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
          || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
          || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL
          || type == Character.OTHER_SYMBOL || type == Character.CURRENCY_SYMBOL
          || type == Character.MODIFIER_SYMBOL;
      if (!punct) {
        return false;
      }
    }
    // -LRB- style escapes
    return true;
  }

  static boolean allDigits(String w) {
    boolean digit = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (c != ',' && c != '.') {
        return false;
      }
    }
    return digit;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Collections.emptySet();
  }
}
