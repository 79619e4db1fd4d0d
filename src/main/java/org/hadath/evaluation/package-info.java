/**
 * Scoring against hand-annotated data, for tests and the {@code evaluate} command: event
 * frames against the annotation guide's gold files ({@link org.hadath.evaluation.EventScorer})
 * and dependencies against a gold CoNLL-U treebank
 * ({@link org.hadath.evaluation.AttachmentEvaluation}). Not used by extraction itself.
 */
package org.hadath.evaluation;
