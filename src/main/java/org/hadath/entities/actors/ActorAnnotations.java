package org.hadath.entities.actors;

import edu.stanford.nlp.ling.CoreAnnotation;
import java.util.List;

/** CoreNLP annotation keys set by {@link ActorAnnotator}. */
public final class ActorAnnotations {
  private ActorAnnotations() {}

  /**
   * The actor mentions of a sentence, in text order, on each sentence {@code CoreMap}
   * (an empty list when there are none).
   */
  public static final class ActorMentionsAnnotation
      implements CoreAnnotation<List<ActorMention>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<ActorMention>> getType() {
      return (Class) List.class;
    }
  }

  /**
   * The words of a sentence that name a state's forces by their country (روسية، التركي،
   * إسرائيل; {@code actor_origins.tsv}), outside actor mentions, in text order: read only when
   * such a word fills an actor's role, never as actor mentions by themselves.
   */
  public static final class ActorOriginsAnnotation
      implements CoreAnnotation<List<ActorMention>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<ActorMention>> getType() {
      return (Class) List.class;
    }
  }
}
