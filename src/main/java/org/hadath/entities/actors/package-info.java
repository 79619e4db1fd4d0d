/**
 * Actors: who acts or suffers in the news. Matches the aliases of {@code actors.tsv}, people
 * nouns and "X of Y" groups in a sentence and resolves short forms to the group the article
 * named ({@link org.hadath.entities.actors.ActorAnnotator}).
 *
 * <p>Data flows one way: tokens in; {@link org.hadath.entities.actors.ActorMention}s out to
 * the event layer.
 */
package org.hadath.entities.actors;
