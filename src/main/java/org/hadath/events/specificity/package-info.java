/**
 * Specificity (issue #16): a learned decision whether a candidate frame the trigger rules found
 * is a mention of one specific event or a generic, habitual, statistical, hypothetical or
 * figurative use of an event word. Features come from what the event layer already has (the
 * trigger word, its word classes and those of its governor and neighbours, the frame's
 * arguments, casualties and modality); the weights are data in {@code models/events/specificity.tsv},
 * trained by {@code hadath train-specificity} with CoreNLP's {@code LinearClassifier}.
 * Internal to the event layer, apart from the training entry points.
 */
package org.hadath.events.specificity;
