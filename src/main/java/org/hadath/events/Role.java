package org.hadath.events;

/** Argument roles of an event frame (see the annotation guide for which type uses which). */
public enum Role {
  AGENT, TARGET, PARTICIPANT, THEME, RECIPIENT, ORIGIN, DESTINATION, LOCATION, TIME, INSTRUMENT, SOURCE
}
