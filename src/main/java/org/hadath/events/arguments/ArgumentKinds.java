package org.hadath.events.arguments;

import org.hadath.entities.actors.ActorMention;
import org.hadath.entities.places.PlaceMention;
import org.hadath.entities.places.PlaceType;
import org.hadath.entities.time.TimeMention;
import org.hadath.events.EventRules.ArgFilter;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;

/**
 * What a token can fill, from the entity mentions over it and the word classes: an actor,
 * people, a place, an instrument, part of a time; and whether it passes an argument rule's
 * filter ({@code arguments.tsv}, column 3).
 */
public final class ArgumentKinds {
  private final WordClasses words;

  public ArgumentKinds(WordClasses words) {
    this.words = words;
  }

  /** The word classes these tests read. */
  public WordClasses words() {
    return words;
  }

  /** A weapon word (aircraft, artillery, explosives, guns), or a vehicle made one (عربات مفخخة، دراجة نارية مفخخة). */
  public boolean isInstrument(SentenceView v, int h) {
    String k = v.key(h);
    if (words.isA(k, WordClass.AIR) || words.isA(k, WordClass.ARTILLERY) || words.isA(k, WordClass.EXPLOSIVE)
        || words.isA(k, WordClass.WEAPON)) {
      return true;
    }
    for (int c : v.children(h, "amod")) {
      if (words.is(v, c, WordClass.EXPLOSIVE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A named actor, a nationality, or a country's name: a state acts through its forces
   * (إسرائيل شنت هجوما، قصف النظام وروسيا), and the argument rules only ask this of slots
   * an actor fills.
   */
  public boolean isActor(SentenceView v, int h) {
    ActorMention a = v.actorAt(h);
    if ((a != null && a.isNamed()) || words.is(v, h, WordClass.NATIONALITY)) {
      return true;
    }
    PlaceMention p = v.placeAt(h);
    return p != null && p.placeType() == PlaceType.COUNTRY && p.tokenEnd() - p.tokenBegin() == 1;
  }

  /** People: a people noun of the actor layer or of the class, or a number heading one. */
  public boolean isPeople(SentenceView v, int h) {
    ActorMention a = v.actorAt(h);
    if ((a != null && a.noun() != null) || words.is(v, h, WordClass.PEOPLE)) {
      return true;
    }
    // 21 إيزيدياً غادروا: a number heading the people it counts
    return v.tag(h).equals("CD") && h + 1 < v.size() && words.is(v, h + 1, WordClass.PEOPLE);
  }

  /** A place mention or a place noun. */
  public boolean isPlace(SentenceView v, int h) {
    return v.placeAt(h) != null || words.is(v, h, WordClass.PLACECUE);
  }

  /** Whether token {@code h} lies inside a time expression. */
  public boolean inTime(SentenceView v, int h) {
    for (TimeMention tm : v.times()) {
      if (h >= tm.tokenBegin() && h < tm.tokenEnd()) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code h} may fill a role under filter {@code f} (punctuation never does). */
  public boolean passes(SentenceView v, int h, ArgFilter f) {
    if (v.tag(h).equals("PUNC")) {
      return false;
    }
    switch (f) {
      case ACTOR: return isActor(v, h);
      case PEOPLE: return isPeople(v, h);
      case ACTOR_OR_PEOPLE: return isActor(v, h) || isPeople(v, h) || v.actorAt(h) != null;
      case PLACE: return isPlace(v, h);
      case INSTRUMENT: return isInstrument(v, h);
      case NOT_PLACE: return !isPlace(v, h) || isActor(v, h);
      case NOT_INSTRUMENT: return !isInstrument(v, h);
      case AGENT_LIKE: return isActor(v, h) || isInstrument(v, h);
      case ANY:
      default: return true;
    }
  }
}
