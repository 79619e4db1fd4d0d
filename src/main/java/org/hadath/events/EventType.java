package org.hadath.events;

/** The event types Hadath extracts (see the annotation guide). */
public enum EventType {
  /** Violence delivered from a distance: air and drone strikes, shelling, rockets, missiles. */
  STRIKE,
  /** Armed fighting between parties on the ground: clashes, battles, attacks, advances. */
  CLASH,
  /** People leaving, being moved out of, or fleeing a place. */
  EVACUATION,
  /** Fighters or their families giving themselves up. */
  SURRENDER,
  /** An explosive set off on the ground, not fired or dropped: car bombs, IEDs, suicide attacks, landmines. */
  BOMBING
}
