/**
 * Scoring against gold annotations: extracted frames in the annotation guide's format
 * (precision, recall and F1 of events, arguments and figures;
 * {@link org.hadath.evaluation.EventScorer}) and dependencies against a gold CoNLL-U treebank
 * (UAS and LAS; {@link org.hadath.evaluation.AttachmentEvaluation}).
 *
 * <p>Data flows one way: extracted and gold annotations in, scores out; it reads the other
 * layers' results and changes nothing.
 */
package org.hadath.evaluation;
