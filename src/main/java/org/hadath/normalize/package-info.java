/**
 * Layer 1, normalization: folds what Arabic news writes many ways (presentation forms,
 * tatweel, diacritics, bidi and zero-width marks, Arabic-Indic digits, typographic quotes)
 * into one form, keeping a map from every normalized character back to the user's original
 * text ({@link org.hadath.normalize.NormalizedText}), puts back the space a social post lost
 * between a place name and the next word ({@link org.hadath.normalize.GlueSplitter}), and gives
 * the lookup keys lexicons are matched with ({@link org.hadath.normalize.ArabicKeys}), and names
 * once the fixed letters and marks of Arabic writing that mechanisms of every layer test for
 * (the article, the one-letter clitics, suffixes, punctuation: {@link org.hadath.normalize.ArabicGrammar}).
 *
 * <p>Data flows one way: raw text in, normalized text and offset map out to
 * {@link org.hadath.pipeline}; nothing here depends on a later layer's code (the glued-word
 * lexicon reads the gazetteer and trigger files as data).
 */
package org.hadath.normalize;
