package org.hadath.entities;

/** The kinds of mention the entity layer produces. */
public enum EntityType {
  /** An armed, political, reporting or civilian actor (a named group or a people noun). */
  ACTOR,
  /** A place: named in a gazetteer or recognized from a cue such as قرية X. */
  PLACE,
  /** A number or vague quantity, with the noun it counts. */
  QUANTITY,
  /** A date, day, part of day or span. */
  TIME
}
