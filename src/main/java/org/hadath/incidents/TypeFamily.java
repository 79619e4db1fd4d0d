package org.hadath.incidents;

import org.hadath.events.EventType;

/**
 * Groups of event types that may describe the same incident. Reports of one attack call it
 * a strike, a bombing or an attack (هجوم, typed CLASH) depending on the outlet, so those
 * merge; a displacement or a surrender is a different kind of incident.
 */
public enum TypeFamily {
  /** Violence: STRIKE, BOMBING, CLASH. */
  VIOLENCE,
  /** People leaving or moved out: EVACUATION. */
  DISPLACEMENT,
  /** Fighters giving themselves up: SURRENDER. */
  SURRENDER;

  /** The family of {@code type}. */
  public static TypeFamily of(EventType type) {
    return switch (type) {
      case STRIKE, BOMBING, CLASH -> VIOLENCE;
      case EVACUATION -> DISPLACEMENT;
      case SURRENDER -> SURRENDER;
    };
  }
}
