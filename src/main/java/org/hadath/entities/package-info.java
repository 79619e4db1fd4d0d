/**
 * Layer 4, entities: what the event layer fills its roles with. Subpackages, one annotator
 * each: {@code actors} (canonical actors, people nouns, groups), {@code places} (gazetteer and
 * cue-based places with coordinates), {@code quantity} (figures as {min, max, approximate})
 * and {@code time} (ISO dates and intervals). This package holds what they share: mention
 * types and the reader of their TSV tables ({@link org.hadath.entities.TsvReader}).
 *
 * <p>Data flows one way: tokens and dependencies in; entity mentions out, as sentence
 * annotations, to {@link org.hadath.events}.
 */
package org.hadath.entities;
