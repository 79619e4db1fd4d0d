/**
 * Layer 4, entities: what the event layer fills its roles with. Subpackages, one annotator
 * each: {@code actors} (canonical actors, people nouns, groups), {@code places} (gazetteer and
 * cue-based places with coordinates), {@code quantity} (figures as {min, max, approximate})
 * and {@code time} (ISO dates and intervals). This package holds what they share: mention
 * types ({@link org.hadath.entities.EntityMention}), the annotation keys through which one
 * kind reads another ({@link org.hadath.entities.EntityAnnotations}), phrase and number
 * matching ({@link org.hadath.entities.PhraseMatcher}, {@link org.hadath.entities.NumberReader}).
 *
 * <p>Data flows one way: tokens and dependencies in; entity mentions out, as sentence
 * annotations, to {@link org.hadath.events}.
 */
package org.hadath.entities;
