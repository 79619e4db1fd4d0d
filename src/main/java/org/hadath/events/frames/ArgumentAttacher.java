package org.hadath.events.frames;

import java.util.ArrayList;
import java.util.List;
import org.hadath.events.arguments.Antecedents;
import org.hadath.events.arguments.ArgumentKinds;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.arguments.InstrumentOwners;
import org.hadath.events.arguments.PlaceRoles;
import org.hadath.events.arguments.SemgrexArguments;
import org.hadath.events.arguments.VerbFirstSubject;
import org.hadath.events.arguments.fallback.ActorConjunctAfter;
import org.hadath.events.arguments.fallback.AgentAfterFireOrigin;
import org.hadath.events.arguments.fallback.AnnouncerAsDoer;
import org.hadath.events.arguments.fallback.ArgumentFallback;
import org.hadath.events.arguments.fallback.BothSides;
import org.hadath.events.arguments.fallback.DoerAfterBy;
import org.hadath.events.arguments.fallback.ArmedActorNearTrigger;
import org.hadath.events.arguments.fallback.InstrumentAfterBi;
import org.hadath.events.arguments.fallback.InstrumentNearTrigger;
import org.hadath.events.arguments.fallback.PeopleNearTrigger;
import org.hadath.events.arguments.fallback.PlaceBelowTrigger;
import org.hadath.events.arguments.fallback.PossessorAsDoer;
import org.hadath.events.arguments.fallback.PlacesAfterOn;
import org.hadath.events.arguments.fallback.PlacesInStretch;
import org.hadath.events.arguments.PlaceArguments;
import org.hadath.events.arguments.fallback.RecipientAfterPreposition;
import org.hadath.events.arguments.fallback.SidesAfterBetween;
import org.hadath.events.arguments.fallback.TargetAfterTrigger;
import org.hadath.events.arguments.fallback.TriggerAsInstrument;
import org.hadath.events.arguments.fallback.UndergonePlaces;
import org.hadath.events.arguments.fallback.VictimsSides;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;

/**
 * The arguments of one event mention: first the Semgrex rules of its frame, then those of the
 * words it absorbed (هجوم … استهدف فيه قسد), then the fallbacks, in this order; each token is
 * claimed by the first mechanism that gives it a role ({@link ClaimedTokens}).
 */
public final class ArgumentAttacher {
  private final SemgrexArguments semgrex;
  private final List<ArgumentFallback> fallbacks;

  public ArgumentAttacher(WordClasses words) {
    ArgumentKinds kinds = new ArgumentKinds(words);
    ArgumentSpans spans = new ArgumentSpans(kinds);
    InstrumentOwners owners = new InstrumentOwners(kinds);
    PlaceRoles placeRoles = new PlaceRoles(words);
    this.semgrex = new SemgrexArguments(words, kinds, spans, owners, new Antecedents(words), placeRoles);
    this.fallbacks = List.of(
        new BothSides(words),
        new SidesAfterBetween(words),
        new AgentAfterFireOrigin(words),
        new DoerAfterBy(words),
        new VictimsSides(words),
        new ArmedActorNearTrigger(),
        new UndergonePlaces(words, new org.hadath.events.arguments.PlaceChains(words, placeRoles)),
        new PlacesAfterOn(words, placeRoles),
        new TargetAfterTrigger(kinds),
        new RecipientAfterPreposition(words),
        new PeopleNearTrigger(),
        new InstrumentNearTrigger(words, spans, owners),
        new InstrumentAfterBi(words, kinds, spans),
        new PlacesInStretch(words, placeRoles),
        new PlaceBelowTrigger(placeRoles),
        new AnnouncerAsDoer(words),
        new PossessorAsDoer(),
        new TriggerAsInstrument(kinds, spans),
        new ActorConjunctAfter(kinds));
  }

  /**
   * The argument frame for the trigger as the sentence uses it: a verb rule's word tagged as a
   * noun (قصف ميليشيا قسد على …: the verb regex also matches the noun قصف) takes the noun
   * frame of its type ({@code X_V} → {@code X_N}), whose rules read a noun's dependents.
   */
  private static String frameFor(SentenceView v, Trigger t) {
    String frame = t.rule().frame();
    String tag = v.tag(t.token());
    if (frame.endsWith("_V") && (tag.startsWith("NN") || tag.startsWith("DTNN"))) {
      return frame.substring(0, frame.length() - 2) + "_N";
    }
    return frame;
  }

  /** The fallbacks, in the order they run. */
  public List<ArgumentFallback> fallbacks() {
    return fallbacks;
  }

  /** The candidate arguments of trigger {@code t} in sentence {@code v} (a parsed one). */
  public List<Candidate> arguments(SentenceView v, Trigger t) {
    List<Candidate> out = new ArrayList<>();
    ClaimedTokens claimed = new ClaimedTokens(v.size());
    claimed.claim(t.token());
    for (int alt : t.alts()) {
      claimed.claim(alt);
    }
    semgrex.apply(v, t.token(), frameFor(v, t), null, out, claimed);
    // the words of an absorbed verb (هجوم … استهدف فيه قسد) are this event's arguments too
    for (Trigger a : t.absorbed()) {
      semgrex.apply(v, a.token(), frameFor(v, a), t.rule().type(), out, claimed);
    }
    if (t.rule().type() == org.hadath.events.EventType.STRIKE) {
      VerbFirstSubject.relabel(v, t.token(), out);
    }
    for (ArgumentFallback f : fallbacks) {
      f.fill(v, t, out, claimed);
    }
    PlaceArguments.tidy(v, out);
    return out;
  }
}
