package org.hadath.entities.actors;

import com.google.common.collect.ImmutableList;

/**
 * One row of {@code actors.tsv}.
 *
 * @param id stable identifier (lower-case, hyphenated)
 * @param nameEn canonical English name
 * @param category what kind of party it is
 * @param affiliation id of the actor it belongs to or fights under, or null
 * @param aliases every Arabic surface form, as written in the file
 */
public record Actor(String id, String nameEn, ActorCategory category, String affiliation,
    ImmutableList<String> aliases) {}
