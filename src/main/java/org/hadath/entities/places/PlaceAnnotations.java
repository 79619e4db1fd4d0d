package org.hadath.entities.places;

import edu.stanford.nlp.ling.CoreAnnotation;
import java.util.List;

/** CoreNLP annotation keys set by {@link PlaceAnnotator}. */
public final class PlaceAnnotations {
  private PlaceAnnotations() {}

  /** The place mentions of a sentence, in text order, on each sentence {@code CoreMap}. */
  public static final class PlaceMentionsAnnotation
      implements CoreAnnotation<List<PlaceMention>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<PlaceMention>> getType() {
      return (Class) List.class;
    }
  }
}
