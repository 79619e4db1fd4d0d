package org.hadath.entities.quantity;

import org.hadath.entities.EntityMention;
import org.hadath.entities.EntityType;

/**
 * A number or vague quantity in the text, with the noun it counts when there is one.
 *
 * <p>Values follow the annotation GUIDE (section Quantities): {@code min} is always set;
 * {@code max == null} means unbounded (أكثر من 100 gives min 101, no max).
 * The mention's span covers the cue, the number and the counted noun
 * ({@code نحو 120 شخصاً}); {@link #countedNoun()} has the noun's own span.
 *
 * @param text the user's characters, {@code docText.substring(begin, end)}
 * @param begin document offset of the first character
 * @param end document offset one past the last character
 * @param sentenceIndex index of the sentence in the document
 * @param tokenBegin first token (sentence-relative)
 * @param tokenEnd one past the last token (sentence-relative)
 * @param min the lower bound (the value itself for exact numbers)
 * @param max the upper bound, or {@code null} for unbounded
 * @param approximate true under an approximation cue (نحو، قرابة، حوالي، ما يقارب…)
 * @param kind how the value was stated
 * @param countedNoun the counted noun, or {@code null} when none follows
 */
public record QuantityMention(String text, int begin, int end, int sentenceIndex,
    int tokenBegin, int tokenEnd, long min, Long max, boolean approximate, QuantityKind kind,
    CountedNoun countedNoun) implements EntityMention {

  /**
   * The noun a quantity counts: one word (مدنياً، عنصرين) or an {@code من X} phrase
   * (من الجرحى), whose head is X.
   *
   * @param text the noun's characters in the original text
   * @param begin document offset of the first character
   * @param end document offset one past the last character
   * @param tokenIndex sentence-relative index of the head noun's token
   * @param person true when the head is in the person-noun list
   *     ({@code models/quantity/person-nouns.tsv}); false means "not known to be people",
   *     so callers wanting casualty figures can ignore 10 غارات or 5 صواريخ
   */
  public record CountedNoun(String text, int begin, int end, int tokenIndex, boolean person) {}

  public QuantityMention {
    if (max != null && max < min) {
      throw new IllegalArgumentException("max < min: " + min + ".." + max);
    }
  }

  @Override
  public EntityType type() {
    return EntityType.QUANTITY;
  }

  /** True when the counted noun is known to denote people. */
  public boolean countsPeople() {
    return countedNoun != null && countedNoun.person();
  }
}
