package org.hadath.pipeline;

import edu.stanford.nlp.ling.CoreAnnotation;
import java.util.List;
import org.hadath.normalize.NormalizedText;

/**
 * The annotation keys the Hadath pipeline layer adds to a CoreNLP {@code Annotation}.
 * Layers further down (entities, events) define their own keys in their packages.
 */
public final class HadathAnnotations {
  private HadathAnnotations() {}

  /**
   * Document: the normalization of the user's text and its offset map. Present from
   * {@code hadath_normalize} on; {@code hadath_offsets} uses it to map offsets back.
   */
  public static final class NormalizedTextAnnotation implements CoreAnnotation<NormalizedText> {
    @Override
    public Class<NormalizedText> getType() {
      return NormalizedText.class;
    }
  }

  /**
   * Document: marker set by {@code hadath_offsets} once token and sentence offsets point
   * into the user's original text (and {@code TextAnnotation} is the original text again).
   */
  public static final class OriginalOffsetsAnnotation implements CoreAnnotation<Boolean> {
    @Override
    public Class<Boolean> getType() {
      return Boolean.class;
    }
  }

  /** Sentence: how the sentence was parsed (see {@link ParseStatus}). */
  public static final class ParseStatusAnnotation implements CoreAnnotation<ParseStatus> {
    @Override
    public Class<ParseStatus> getType() {
      return ParseStatus.class;
    }
  }

  /**
   * Document: character spans [begin, end) of sentences that were not analysed (their lines
   * were left out by a {@link LineSelector}), set by the block tokenizer; offsets are mapped
   * into the original text by {@code hadath_offsets}, and {@code hadath_sentences} turns them
   * into sentences without tokens.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final class UnanalysedSentencesAnnotation implements CoreAnnotation<List<int[]>> {
    @Override
    public Class<List<int[]>> getType() {
      return (Class) List.class;
    }
  }
}
