package org.hadath.events.arguments;

import org.hadath.entities.places.PlaceMention;
import org.hadath.entities.places.PlaceType;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;

/**
 * The role of a place from its preposition (من/عن a place left, إلى/نحو a place reached,
 * على, or ل after a noun, a strike's target, else where it happened), and how roles read from another event
 * type's frame.
 */
public final class PlaceRoles {
  /** Only a word longer than this can carry a glued preposition (بريف، لمدينة). */
  public static final int MIN_GLUED_LENGTH = 3;

  private final WordClasses words;

  public PlaceRoles(WordClasses words) {
    this.words = words;
  }

  /** The role of place {@code p} with head {@code h} below a trigger of {@code type}, or null. */
  public Role below(SentenceView v, EventType type, int h, PlaceMention p) {
    String prep = v.caseOf(h);
    if (prep.isEmpty()) {
      prep = gluedPreposition(v, p);
    }
    if (type == EventType.EVACUATION && words.isA(prep, WordClass.FROM)) {
      return Role.ORIGIN;
    }
    if (type == EventType.EVACUATION && words.isA(prep, WordClass.TOWARDS)) {
      return Role.DESTINATION;
    }
    if (type == EventType.STRIKE && (words.isA(prep, WordClass.ON)
        || words.isA(prep, WordClass.TARGET_PREP) && !v.isVerb(v.head(h) < 0 ? h : v.head(h)))) {
      return Role.TARGET;
    }
    if (words.isA(prep, WordClass.FROM) || words.isA(prep, WordClass.TOWARDS)) {
      return null;
    }
    return Role.LOCATION;
  }

  /** The preposition glued to a place mention's first word when the segmenter left it (بريف), or "". */
  public String gluedPreposition(SentenceView v, PlaceMention p) {
    String k = v.key(p.tokenBegin());
    if (k.length() > MIN_GLUED_LENGTH && (k.charAt(0) == 'ب' || k.charAt(0) == 'ل')
        && words.isA(k.substring(1), WordClass.PLACECUE)) {
      return k.substring(0, 1);
    }
    return "";
  }

  /**
   * A country name with no preposition of its own names a belligerent, not a place (قصف
   * لطائرات النظام وروسيا، قصفت تركيا): it is no place argument.
   */
  public static boolean namesActor(SentenceView v, int h, PlaceMention p) {
    return p.placeType() == PlaceType.COUNTRY && v.caseOf(h).isEmpty();
  }

  /** Roles of another type's frame, seen from {@code target} (a clash's agent and target are its sides). */
  public static Role mapRole(Role r, EventType target) {
    if (target == EventType.CLASH && (r == Role.AGENT || r == Role.TARGET)) {
      return Role.PARTICIPANT;
    }
    if (target == EventType.STRIKE && r == Role.PARTICIPANT) {
      return Role.AGENT;
    }
    return r;
  }
}
