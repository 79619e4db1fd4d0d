package org.hadath.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hadath.util.TextFiles;

/**
 * Times the Arabic segmenter alone: one call of Hadath's shared tokenizer per non-blank line
 * of the given folders' .txt files, 6 passes. Not a test; run it twice to compare decoders:
 *
 * <pre>
 * mvn -o -q -DskipTests package &amp;&amp; mvn -o -q test-compile
 * CP="target/test-classes:target/classes:target/lib/*"
 * java -Xmx3g -cp "$CP" org.hadath.pipeline.SegmenterSpeed ../shared/corpus/seeds ../shared/corpus/extra
 * java -Xmx3g -Dhadath.segmenter.coreNlpDecoding=true -cp "$CP" org.hadath.pipeline.SegmenterSpeed ../shared/corpus/seeds ../shared/corpus/extra
 * </pre>
 */
public final class SegmenterSpeed {
  private SegmenterSpeed() {}

  public static void main(String[] args) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String dir : args) {
      for (Path f : TextFiles.txtFiles(Path.of(dir))) {
        for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) {
            lines.add(line);
          }
        }
      }
    }
    long chars = lines.stream().mapToLong(String::length).sum();
    Annotator tokenizer = ArabicPipeline.sharedTokenizer();
    boolean fast = SegmenterDecoding.installed(tokenizer) != null;
    System.out.printf(Locale.ROOT, "decoder: %s; %d lines, %d characters%n",
        fast ? "Hadath (fast Viterbi)" : "CoreNLP", lines.size(), chars);
    long tokens = 0;
    for (int pass = 1; pass <= 6; pass++) {
      long t = System.nanoTime();
      tokens = 0;
      for (String line : lines) {
        Annotation a = new Annotation(line);
        tokenizer.annotate(a);
        tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
      }
      double s = (System.nanoTime() - t) / 1e9;
      System.out.printf(Locale.ROOT, "pass %d: %.2f s (%.0f chars/s, %d tokens)%n", pass, s, chars / s, tokens);
    }
  }
}
