package org.hadath.events.specificity;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.hadath.events.EventFrame;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.sentence.SentenceView;

/**
 * Applies the specificity model to a sentence's frames: each frame becomes a
 * {@link Candidate} with its features and its probability of being a specific mention, and is
 * kept when the model keeps it. A frame marked HYPOTHETICAL or NEGATIVE is exempt and kept:
 * GUIDE.md wants planned, demanded and denied events with their mark, so the factuality
 * deciders, not this model, own them. The candidates (kept or not) are what {@code train-specificity}
 * learns from, so training and use see the same features. Thread-safe.
 */
public final class SpecificityDecision {
  private final SpecificityFeatures features;
  private final SpecificityModel model;

  /** One frame as the decision saw it. */
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
      if (f.modality() == Modality.HYPOTHETICAL || f.polarity() == Polarity.NEGATIVE) {
        out.add(new Candidate(f, ImmutableList.of(), 1.0, true, true));
        continue;
      }
      ImmutableList<String> fs = features.of(v, v.tokenStartingAt(f.trigger().begin()), f);
      double p = model.specific(fs);
      out.add(new Candidate(f, fs, p, model.threshold() <= 0 || p >= model.threshold(), false));
    }
    return out;
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
