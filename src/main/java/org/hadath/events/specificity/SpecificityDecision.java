package org.hadath.events.specificity;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.hadath.events.EventFrame;
import org.hadath.events.EventType;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.Role;
import org.hadath.events.sentence.SentenceView;

/**
 * Applies the specificity model to a sentence's frames: each frame becomes a
 * {@link Candidate} with its features and its probability of being a specific mention, and is
 * kept when the model keeps it. A frame marked HYPOTHETICAL or NEGATIVE is measured against
 * the model's own threshold for marked frames, or, when the model has none, exempt and kept
 * (GUIDE.md wants specific planned, demanded and denied events with their mark; a threat or
 * a condition with no occurrence of its own is generic all the same). A marked evacuation or
 * surrender, or an evacuation of people it names, is always exempt ({@link #alwaysKept}). The candidates (kept or not) are what {@code train-specificity}
 * learns from, so training and use see the same features. Thread-safe.
 */
public final class SpecificityDecision {
  private final SpecificityFeatures features;
  private final SpecificityModel model;

  /** One frame as the decision saw it ({@code exempt}: marked, and the model does not judge marked frames). */
  public record Candidate(EventFrame frame, ImmutableList<String> features, double specific, boolean kept,
      boolean exempt) {}

  public SpecificityDecision(SpecificityFeatures features, SpecificityModel model) {
    this.features = features;
    this.model = model;
  }

  /** The candidates of sentence {@code v}'s frames, in their order. */
  public List<Candidate> judge(SentenceView v, List<EventFrame> frames) {
    List<Candidate> out = new ArrayList<>(frames.size());
    for (EventFrame f : frames) {
      boolean marked = marked(f);
      ImmutableList<String> fs = features.of(v, v.tokenStartingAt(f.trigger().begin()), f);
      double p = model.specific(fs);
      if (marked && (!model.judgesMarked() || alwaysKept(f))) {
        out.add(new Candidate(f, fs, p, true, true));
        continue;
      }
      double threshold = marked ? model.markedThreshold() : model.threshold();
      out.add(new Candidate(f, fs, p, threshold <= 0 || p >= threshold, false));
    }
    return out;
  }

  /** Whether a frame is marked HYPOTHETICAL or NEGATIVE. */
  public static boolean marked(EventFrame f) {
    return f.modality() == Modality.HYPOTHETICAL || f.polarity() == Polarity.NEGATIVE;
  }

  /**
   * Whether a marked frame is kept whatever the model says: a demanded or refused surrender,
   * or a planned, agreed or refused evacuation of people it names or counts. GUIDE.md's own
   * hypothetical and negative events are of these types (يتضمن خروج المسلحين، مهلة استسلام،
   * طالبتهم بتسليم أنفسهم، رفضوا تسليم أنفسهم); the threats, options and conditions the marked
   * threshold is for are strikes, clashes and bombings, and so is a "leaving" with nobody
   * leaving (لن يخرجوا إلا على كره، سيغادر رئاسة اللجنة، خرجت الكلمات), which the model judges
   * like them. A surrender word (استسلام، تسليم أنفسهم) has no such other sense.
   */
  public static boolean alwaysKept(EventFrame f) {
    return marked(f) && (f.type() == EventType.SURRENDER
        || f.type() == EventType.EVACUATION && (f.count() != null || !f.arguments(Role.THEME).isEmpty()));
  }

  /** The frames of the kept candidates. */
  public static List<EventFrame> kept(List<Candidate> candidates) {
    List<EventFrame> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (c.kept()) {
        out.add(c.frame());
      }
    }
    return out;
  }
}
