package org.hadath.events;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;

/**
 * One event mention: its type, trigger, arguments, casualties or people count, polarity,
 * modality, and the rules that produced it. Immutable. Every span points into the user's
 * original text.
 *
 * @param type the event type
 * @param trigger the trigger word or phrase
 * @param sentenceIndex index of the trigger's sentence in the document
 * @param triggerNorm the trigger's normalized form (its match key), e.g. {@code قصف}
 * @param altTriggers other words of the same mention (a light verb, an absorbed verb)
 * @param arguments the arguments, by role
 * @param casualties killed / injured figures (STRIKE, CLASH)
 * @param count number of people (EVACUATION, SURRENDER), or null
 * @param polarity NEGATIVE when the text says it did not happen or was refused
 * @param modality HYPOTHETICAL for planned, expected, agreed, demanded or future events
 * @param claimed true when introduced by a claim verb (زعم، ادعى)
 * @param rule which trigger rule produced it ({@code triggers.tsv:LINE})
 */
public record EventFrame(
    EventType type,
    Span trigger,
    int sentenceIndex,
    String triggerNorm,
    ImmutableList<Span> altTriggers,
    ImmutableList<Argument> arguments,
    ImmutableList<Casualty> casualties,
    Quantity count,
    Polarity polarity,
    Modality modality,
    boolean claimed,
    String rule) {

  public EventFrame {
    Preconditions.checkNotNull(type);
    Preconditions.checkNotNull(trigger);
    altTriggers = ImmutableList.copyOf(altTriggers);
    arguments = ImmutableList.copyOf(arguments);
    casualties = ImmutableList.copyOf(casualties);
    Preconditions.checkNotNull(polarity);
    Preconditions.checkNotNull(modality);
  }

  /** This frame with {@code arguments} in place of its own (a later pass adding or carrying arguments). */
  public EventFrame withArguments(ImmutableList<Argument> arguments) {
    return new EventFrame(type, trigger, sentenceIndex, triggerNorm, altTriggers, arguments, casualties, count,
        polarity, modality, claimed, rule);
  }

  /** This frame with {@code casualties} in place of its own (a toll told after the event). */
  public EventFrame withCasualties(ImmutableList<Casualty> casualties) {
    return new EventFrame(type, trigger, sentenceIndex, triggerNorm, altTriggers, arguments, casualties, count,
        polarity, modality, claimed, rule);
  }

  /** The arguments with role {@code r}. */
  public ImmutableList<Argument> arguments(Role r) {
    return arguments.stream().filter(a -> a.role() == r).collect(ImmutableList.toImmutableList());
  }

  /** Whether the frame names where it happened: a LOCATION, TARGET, ORIGIN or DESTINATION argument. */
  public boolean namesPlace() {
    return arguments.stream().anyMatch(a -> a.role() == Role.LOCATION || a.role() == Role.TARGET
        || a.role() == Role.ORIGIN || a.role() == Role.DESTINATION);
  }

  /**
   * An argument: who or what fills a role, with what the entity layer resolved it to.
   *
   * @param role the role
   * @param span the argument's characters
   * @param head the head word's characters
   * @param actorId canonical actor id when resolved (actors.tsv), else null
   * @param actorCategory the actor's category, else null
   * @param placeId canonical place id when resolved (places.tsv), else null
   * @param governorate the place's governorate, else null
   * @param country the place's country code, else null
   * @param lat latitude, else null
   * @param lon longitude, else null
   * @param time ISO date or interval for TIME arguments ({@code XXXX-12-01} when counted from a
   *     document date written without its year), else null
   * @param rule which rule found it ({@code arguments.tsv:LINE} or a named mechanism)
   */
  public record Argument(
      Role role, Span span, Span head,
      String actorId, String actorCategory,
      String placeId, String governorate, String country,
      Double lat, Double lon,
      String time,
      String rule) {
    public Argument {
      Preconditions.checkNotNull(role);
      Preconditions.checkNotNull(span);
      Preconditions.checkNotNull(head);
    }
  }

  /**
   * A number of people, as an interval: {@code max == null} means no upper bound.
   *
   * @param min lower bound
   * @param max upper bound, or null
   * @param approximate stated approximately (نحو، قرابة)
   * @param span the words the figure comes from
   */
  public record Quantity(long min, Long max, boolean approximate, Span span) {}

  /**
   * A casualty figure.
   *
   * @param kind killed, injured, or both without separate figures
   * @param quantity how many
   * @param victims who they were, when the text says (civilians, children, fighters of X)
   * @param rule which mechanism linked it
   */
  public record Casualty(CasualtyKind kind, Quantity quantity, String victims, String rule) {}
}
