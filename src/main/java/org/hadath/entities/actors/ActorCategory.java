package org.hadath.entities.actors;

/** What kind of party an actor is; the {@code category} column of {@code actors.tsv}. */
public enum ActorCategory {
  /** A state's own armed or security forces (Syrian army, Iraqi army, Asayish). */
  STATE_FORCES,
  /** A non-state armed group fighting a state or other groups (SDF, ISIS, HTS). */
  REBEL_GROUP,
  /** An irregular armed group allied with a state (NDF, PMF factions, Hezbollah). */
  MILITIA,
  /** Forces of a state outside its own territory (coalition, Russian, Turkish forces). */
  FOREIGN_FORCE,
  /** Civilians as a party: victims, residents, families. */
  CIVILIANS,
  /** Armed men or aircraft the source does not identify. */
  UNIDENTIFIED_ARMED,
  /** News agencies, monitors, relief and rights organisations that report events. */
  MEDIA_MONITOR,
  /** Governments, ministries and international political bodies. */
  GOVERNMENT_BODY
}
