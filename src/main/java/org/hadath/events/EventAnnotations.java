package org.hadath.events;

import edu.stanford.nlp.ling.CoreAnnotation;
import java.util.List;

/** Annotation keys of the event layer. */
public final class EventAnnotations {
  private EventAnnotations() {}

  /**
   * Document and sentence: the event frames found, in text order. Set by
   * {@link EventAnnotator} ({@code hadath_events}) on the document (all frames) and on each
   * sentence (its own frames).
   */
  public static final class EventFramesAnnotation implements CoreAnnotation<List<EventFrame>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<EventFrame>> getType() {
      return (Class) List.class;
    }
  }

  /**
   * Sentence: the frames the specificity decision judged, kept or not, with their features
   * and probability ({@code hadath train-specificity} learns from them). Set by {@link EventAnnotator}.
   */
  public static final class SpecificityCandidatesAnnotation
      implements CoreAnnotation<List<org.hadath.events.specificity.SpecificityDecision.Candidate>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<org.hadath.events.specificity.SpecificityDecision.Candidate>> getType() {
      return (Class) List.class;
    }
  }

  /**
   * Document: the places the report names, tied to no frame ({@link
   * org.hadath.events.frames.ReportPlaces}), for readers that group reports into incidents.
   * Set by {@link EventAnnotator}.
   */
  public static final class ReportPlacesAnnotation implements CoreAnnotation<List<EventFrame.Argument>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<EventFrame.Argument>> getType() {
      return (Class) List.class;
    }
  }

  /**
   * Document: the names of people the report gives ({@link org.hadath.entities.people.PersonNames}),
   * outside page furniture, as spans of the document text, for readers that group reports into
   * incidents. Set by {@link EventAnnotator}.
   */
  public static final class ReportPeopleAnnotation implements CoreAnnotation<List<Span>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<Span>> getType() {
      return (Class) List.class;
    }
  }
}
