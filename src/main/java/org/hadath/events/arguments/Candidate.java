package org.hadath.events.arguments;

import org.hadath.events.Role;
import org.hadath.events.Span;

/**
 * A candidate argument before the entity layer's attributes are attached: its role, head
 * token, characters, head characters and the rule that found it ({@code arguments.tsv:LINE}
 * or a named mechanism).
 */
public record Candidate(Role role, int head, Span span, Span headSpan, String rule) {}
