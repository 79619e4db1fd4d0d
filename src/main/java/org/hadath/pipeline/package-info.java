/**
 * Layer 2, CoreNLP: the Arabic pipeline of CoreNLP annotators (normalize, segment, offsets
 * back into the original text, sentences, POS tags and their fixes, constituency parse with a
 * per-sentence length bound), assembled by {@link org.hadath.pipeline.ArabicPipeline}.
 *
 * <p>Data flows one way: text from {@link org.hadath.normalize} in; tokens, sentences and
 * trees out, under CoreNLP's standard annotation keys, to {@link org.hadath.depparse}.
 */
package org.hadath.pipeline;
