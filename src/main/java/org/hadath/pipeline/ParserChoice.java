package org.hadath.pipeline;

/** The Arabic constituency parsers shipped in CoreNLP's {@code models-arabic} jar. */
public enum ParserChoice {
  /** Shift-reduce, greedy (default): ~1,400 tokens/s end to end, bounded memory. */
  SHIFT_REDUCE("edu/stanford/nlp/models/srparser/arabicSR.ser.gz"),
  /** Shift-reduce with beam search: somewhat more accurate, several times slower. */
  SHIFT_REDUCE_BEAM("edu/stanford/nlp/models/srparser/arabicSR.beam.ser.gz"),
  /** The factored PCFG of CoreNLP's stock Arabic properties: ~25x slower, memory grows with length. */
  PCFG("edu/stanford/nlp/models/lexparser/arabicFactored.ser.gz");

  private final String modelPath;

  ParserChoice(String modelPath) {
    this.modelPath = modelPath;
  }

  /** Classpath location of the serialized model. */
  public String modelPath() {
    return modelPath;
  }
}
