package org.hadath.events;

/** Whether the text says the event happened ({@code POSITIVE}) or did not / was refused. */
public enum Polarity { POSITIVE, NEGATIVE }
