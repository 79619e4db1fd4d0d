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

  /**
   * On each sentence CoreMap: the phrases that count people without a numeral (مقتل طفلة،
   * شاب وعمه، أب وأطفاله الثلاثة), kind {@link QuantityKind#PERSONS}, in text order. Kept
   * apart from the numbers: a person noun is a figure only where a casualty word or an
   * evacuation counts it, which the event layer decides.
   */
  public static final class PeopleCountsAnnotation implements CoreAnnotation<List<QuantityMention>> {
    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override
    public Class<List<QuantityMention>> getType() {
      return (Class) List.class;
    }
  }
}
