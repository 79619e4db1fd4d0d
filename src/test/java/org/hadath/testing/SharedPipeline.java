package org.hadath.testing;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The one CoreNLP pipeline of a test JVM: models load once, on first use, and every test
 * class shares it. (Temporary form: segmenter + POS; it becomes the library's own
 * pipeline once that exists.)
 */
public final class SharedPipeline {
  private SharedPipeline() {}

  private static final class Holder {
    static final StanfordCoreNLP PIPELINE = build();

    private static StanfordCoreNLP build() {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos");
      p.setProperty("tokenize.language", "ar");
      p.setProperty("segment.model",
          "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz");
      p.setProperty("ssplit.boundaryTokenRegex", "[.]|[!?]+|[!\u061F]+");
      p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/arabic.tagger");
      return new StanfordCoreNLP(p);
    }
  }

  /** Annotates {@code text} with the shared pipeline (tokens, sentences, POS tags). */
  public static Annotation annotate(String text) {
    Annotation a = new Annotation(text);
    Holder.PIPELINE.annotate(a);
    return a;
  }
}
