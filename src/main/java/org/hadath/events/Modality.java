package org.hadath.events;

/** A reported fact ({@code ASSERTED}) or a planned, expected, agreed, demanded or future event. */
public enum Modality { ASSERTED, HYPOTHETICAL }
