package org.hadath.events.frames;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.EventFrame.Quantity;
import org.hadath.events.EventRules;
import org.hadath.events.EventType;
import org.hadath.events.Span;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.PlaceArguments;
import org.hadath.events.arguments.PlaceAssignment;
import org.hadath.events.arguments.PlaceChains;
import org.hadath.events.arguments.PlaceLocations;
import org.hadath.events.arguments.SpecificPlaces;
import org.hadath.events.arguments.PlaceRoles;
import org.hadath.events.arguments.TargetContainers;
import org.hadath.events.arguments.VictimsPlaces;
import org.hadath.events.arguments.TimeArguments;
import org.hadath.events.casualties.CasualtyLinker;
import org.hadath.events.casualties.PeopleCount;
import org.hadath.events.factuality.ClaimDecider;
import org.hadath.events.factuality.ModalityDecider;
import org.hadath.events.factuality.PolarityDecider;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.sources.ReportScope;
import org.hadath.events.sources.SourceFinder;
import org.hadath.events.triggers.Trigger;
import org.hadath.events.triggers.TriggerFinder;

/**
 * The frames of one parsed sentence, assembled from the mechanisms in order: mentions
 * ({@link TriggerFinder}), their arguments ({@link ArgumentAttacher}), places no rule gave
 * and the most specific ones ({@link PlaceAssignment}, {@link SpecificPlaces},
 * {@link TargetContainers}, {@link PlaceLocations}, {@link VictimsPlaces}), times
 * ({@link TimeArguments}), casualties ({@link CasualtyLinker}), reporters ({@link SourceFinder}),
 * a remote attack retyped as a strike ({@link RemoteAttacks}), people counts
 * ({@link PeopleCount}), alternative trigger words (absorbed words, a light verb) and
 * polarity, modality and claims. Thread-safe.
 */
public final class FrameFinder {
  private final WordClasses words;
  private final TriggerFinder triggers;
  private final ArgumentAttacher arguments;
  private final PlaceAssignment places;
  private final TargetContainers containers;
  private final SpecificPlaces specific;
  private final PlaceLocations locations;
  private final VictimsPlaces victims;
  private final CasualtyLinker casualties;
  private final RemoteAttacks remote;
  private final PeopleCount counts;
  private final PolarityDecider polarity;
  private final ModalityDecider modality;
  private final ClaimDecider claims;
  private final ReportScope reports;

  public FrameFinder(EventRules rules) {
    this.words = new WordClasses(rules);
    this.triggers = new TriggerFinder(words);
    this.arguments = new ArgumentAttacher(words);
    PlaceRoles placeRoles = new PlaceRoles(words);
    PlaceChains chains = new PlaceChains(words, placeRoles);
    this.places = new PlaceAssignment(placeRoles, chains);
    this.containers = new TargetContainers(chains);
    this.specific = new SpecificPlaces(chains);
    this.locations = new PlaceLocations(chains);
    this.victims = new VictimsPlaces(words, chains);
    this.casualties = new CasualtyLinker(words);
    this.remote = new RemoteAttacks(words);
    this.counts = new PeopleCount(words);
    this.polarity = new PolarityDecider(words);
    this.modality = new ModalityDecider(words);
    this.claims = new ClaimDecider(words);
    this.reports = new ReportScope(words);
  }

  /** The word classes of the rules in use. */
  public WordClasses words() {
    return words;
  }

  /**
   * The frames of sentence {@code v} (one of the document's {@code doc}) with the sentence's
   * reporters {@code sources}; none for a sentence without parse.
   */
  public List<EventFrame> frames(SentenceView v, List<Candidate> sources, List<SentenceView> doc) {
    if (!v.parsed()) {
      return List.of();
    }
    List<Trigger> trigs = triggers.find(v, doc);
    if (trigs.isEmpty()) {
      return List.of();
    }
    Map<Trigger, List<Candidate>> args = new LinkedHashMap<>();
    for (Trigger t : trigs) {
      args.put(t, arguments.arguments(v, t));
    }
    // places over the sentence: a mention without one takes the nearest; the most specific
    // place of a chain; a target's container; lists of places share a role
    places.assign(v, trigs, args);
    for (Trigger t : trigs) {
      specific.refine(v, t, args.get(t));
      containers.add(v, args.get(t));
      locations.apply(v, args.get(t));
      victims.add(v, t, trigs, args.get(t));
      PlaceArguments.tidy(v, args.get(t));
    }
    TimeArguments.assign(v, trigs, args);
    Map<Trigger, List<Casualty>> tolls = casualties.casualties(v, trigs, args);
    List<EventFrame> frames = new ArrayList<>();
    for (Trigger t : trigs) {
      List<Candidate> a = new ArrayList<>(args.get(t));
      a.addAll(reports.sourcesFor(v, t, sources));
      EventType type = t.rule().type();
      if (remote.isStrike(v, t, a)) {
        type = EventType.STRIKE;
        a = remote.asStrike(v, a);
      }
      List<Argument> built = new ArrayList<>();
      for (Candidate c : a) {
        built.add(ArgumentResolver.resolve(ArgumentResolver.sentenceOf(c, v, doc), c));
      }
      Quantity count = (type == EventType.EVACUATION || type == EventType.SURRENDER) ? counts.count(v, t, a) : null;
      int tok = t.token();
      frames.add(new EventFrame(type, v.span(tok, tok + 1), v.index(), v.key(tok),
          ImmutableList.copyOf(alternatives(v, t)), ImmutableList.copyOf(built),
          ImmutableList.copyOf(tolls.getOrDefault(t, List.of())), count,
          polarity.of(v, tok), modality.of(v, tok), claims.claimed(v, tok), t.rule().source()));
    }
    return frames;
  }

  /** The mention's other words: those it absorbed, and a light verb whose object it is (شن غارات). */
  private List<Span> alternatives(SentenceView v, Trigger t) {
    List<Span> alts = new ArrayList<>();
    for (int alt : t.alts()) {
      alts.add(v.span(alt, alt + 1));
    }
    int lv = v.head(t.token());
    if (lv >= 0 && v.rel(t.token()).equals("obj") && words.is(v, lv, WordClass.LIGHT)) {
      alts.add(v.span(lv, lv + 1));
    }
    return alts;
  }
}
