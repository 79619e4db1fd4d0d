package org.hadath.pipeline;

import com.google.common.base.Preconditions;
import org.hadath.util.ModelFiles;

/**
 * The few choices that shape the Arabic CoreNLP pipeline. Immutable; start from
 * {@link #defaults()} and change what you need with the {@code with...} methods.
 *
 * @param parser which constituency parser to run
 * @param maxParseLength longest sentence (in tokens) parsed in one piece; longer ones are
 *     parsed in chunks (see {@link ParseStatus#CHUNKED})
 * @param parse whether to parse at all (false: segmentation and tagging only)
 * @param dependencies whether to convert trees to Universal Dependencies
 * @param parseSelector which sentences need a parse; the others are {@link ParseStatus#SKIPPED}
 * @param lineSelector which lines are analysed at all; the others become sentences without
 *     tokens, {@link ParseStatus#NOT_ANALYSED}
 * @param models where the pipeline's model files come from (tag fixes, function words, glued words):
 *     the packaged ones, or a user's folder ({@link ModelFiles#overrides})
 */
public record PipelineOptions(
    ParserChoice parser,
    int maxParseLength,
    boolean parse,
    boolean dependencies,
    SentenceSelector parseSelector,
    LineSelector lineSelector,
    ModelFiles models) {

  public PipelineOptions {
    Preconditions.checkNotNull(parser, "parser");
    Preconditions.checkArgument(maxParseLength >= 10, "maxParseLength must be >= 10: %s", maxParseLength);
    Preconditions.checkArgument(parse || !dependencies, "dependencies need the parser");
    Preconditions.checkNotNull(parseSelector, "parseSelector");
    Preconditions.checkNotNull(lineSelector, "lineSelector");
    Preconditions.checkNotNull(models, "models");
  }

  /** Options with the packaged models. */
  public PipelineOptions(ParserChoice parser, int maxParseLength, boolean parse, boolean dependencies,
      SentenceSelector parseSelector, LineSelector lineSelector) {
    this(parser, maxParseLength, parse, dependencies, parseSelector, lineSelector, ModelFiles.packaged());
  }

  /** Shift-reduce parser, 100-token parse limit, dependencies on, every line analysed and every sentence parsed. */
  public static PipelineOptions defaults() {
    return new PipelineOptions(ParserChoice.SHIFT_REDUCE, ParseAnnotator.DEFAULT_MAX_LENGTH, true, true, SentenceSelector.ALL,
        LineSelector.ALL, ModelFiles.packaged());
  }

  public PipelineOptions withParser(ParserChoice p) {
    return new PipelineOptions(p, maxParseLength, parse, dependencies, parseSelector, lineSelector, models);
  }

  public PipelineOptions withMaxParseLength(int n) {
    return new PipelineOptions(parser, n, parse, dependencies, parseSelector, lineSelector, models);
  }

  /** Segmentation and tagging only: no trees, no dependencies. */
  public PipelineOptions withoutParsing() {
    return new PipelineOptions(parser, maxParseLength, false, false, parseSelector, lineSelector, models);
  }

  /** Parse only the sentences {@code selector} chooses (the others are SKIPPED). */
  public PipelineOptions withParseSelector(SentenceSelector selector) {
    return new PipelineOptions(parser, maxParseLength, parse, dependencies, selector, lineSelector, models);
  }

  /** Read model files from {@code m} (e.g. {@code ModelFiles.overrides(dir)}: a user's edited copies). */
  public PipelineOptions withModels(ModelFiles m) {
    return new PipelineOptions(parser, maxParseLength, parse, dependencies, parseSelector, lineSelector, m);
  }

  /** Analyse only the lines {@code selector} chooses (the others are NOT_ANALYSED). */
  public PipelineOptions withLineSelector(LineSelector selector) {
    return new PipelineOptions(parser, maxParseLength, parse, dependencies, parseSelector, selector, models);
  }
}
