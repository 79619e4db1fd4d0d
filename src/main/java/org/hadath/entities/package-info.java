/**
 * The entity layer: actors, places, quantities and times found in each sentence, one
 * subpackage per kind, each a CoreNLP annotator that reads the tokens (and POS tags) of
 * {@code org.hadath.pipeline}.
 *
 * <p>This package holds what the kinds share, so that no subpackage uses another: the mention
 * interface ({@link org.hadath.entities.EntityMention}), phrase matching on CoreNLP tokens
 * ({@link org.hadath.entities.PhraseMatcher}, {@link org.hadath.entities.CliticRule}) and on
 * sub-token pieces ({@link org.hadath.entities.Pieces}, {@link org.hadath.entities.PhraseTable}),
 * number reading ({@link org.hadath.entities.NumberReader}), and the annotation keys one kind
 * reads from another ({@link org.hadath.entities.EntityAnnotations}).
 */
package org.hadath.entities;
