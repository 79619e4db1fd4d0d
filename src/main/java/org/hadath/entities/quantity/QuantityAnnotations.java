package org.hadath.entities.quantity;

import edu.stanford.nlp.ling.CoreAnnotation;
import java.util.List;

/** CoreNLP annotation keys of the quantity layer. */
public final class QuantityAnnotations {

  private QuantityAnnotations() {}

  /** On each sentence CoreMap: the sentence's quantity mentions, in text order. */
  public static final class QuantityMentionsAnnotation
      implements CoreAnnotation<List<QuantityMention>> {
    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override
    public Class<List<QuantityMention>> getType() {
      return (Class) List.class;
    }
  }
}
