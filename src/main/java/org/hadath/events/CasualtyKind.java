package org.hadath.events;

/** What happened to the victims a casualty figure counts. */
public enum CasualtyKind { KILLED, INJURED, KILLED_OR_INJURED }
