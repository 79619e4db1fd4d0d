/**
 * Layer 4, entities: what the event layer fills its roles with. Subpackages, one annotator
 * each: {@code actors} (canonical actors, people nouns, groups), {@code places} (gazetteer and
 * cue-based places with coordinates), {@code quantity} (figures as {min, max, approximate})
 * and {@code time} (ISO dates and intervals). This package holds what they share, so that no
 * subpackage uses another: mention types, phrase matching on tokens
 * ({@link org.hadath.entities.PhraseMatcher}) and on sub-token pieces
 * ({@link org.hadath.entities.PhraseTable}), number reading
 * ({@link org.hadath.entities.NumberReader}) and the annotation keys one kind reads from
 * another ({@link org.hadath.entities.EntityAnnotations}).
 *
 * <p>Data flows one way: tokens and dependencies in; entity mentions out, as sentence
 * annotations, to {@link org.hadath.events}.
 */
package org.hadath.entities;
