package org.hadath.entities;

import edu.stanford.nlp.ling.CoreAnnotation;
import java.util.List;

/**
 * Annotation keys through which one kind of entity reads what another kind found, without
 * its package importing the other's: the entity subpackages depend on this package only.
 */
public final class EntityAnnotations {
  private EntityAnnotations() {}

  /**
   * A range of tokens in a sentence.
   *
   * @param begin first token (sentence-relative)
   * @param end one past the last token
   */
  public record TokenRange(int begin, int end) {}

  /**
   * Sentence: the token ranges of named actors (a known actor's name, not a people noun), in
   * text order, set by the actor annotator next to its mentions. The place annotator, when it
   * runs after it, looks for no place inside them: a country inside an actor's name (قوات
   * سورية الديمقراطية) is not a place mention.
   */
  public static final class ActorNameRangesAnnotation
      implements CoreAnnotation<List<TokenRange>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<TokenRange>> getType() {
      return (Class) List.class;
    }
  }
}
