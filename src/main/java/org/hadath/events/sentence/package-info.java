/**
 * The sentence as the event mechanisms read it ({@link org.hadath.events.sentence.SentenceView}:
 * match keys, tags, offsets, the dependency tree, entity mentions), buildable from a CoreNLP
 * sentence or from plain arrays, and the small readings every mechanism shares: word classes
 * memoized per sentence, punctuation, tree distances, armed actors. Internal to the event
 * layer; no models are needed to use it.
 */
package org.hadath.events.sentence;
