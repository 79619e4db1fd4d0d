package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hadath.output.EventJson;
import org.hadath.testing.SharedCoreNlp;
import org.hadath.testing.SharedExtractor;
import org.hadath.util.TextFiles;
import org.junit.jupiter.api.Test;

/**
 * The two documented ways in give the same frames: {@link EventExtractor} (which prunes what
 * cannot yield a frame) and the annotators by name in a user's own {@code StanfordCoreNLP}
 * ({@link EventExtractor#coreNlpProperties}, every sentence analysed). Compared as JSON on
 * every seed article and every dev text of the shared corpus.
 */
class PipelineRoutesTest {

  private static String framesJson(List<EventFrame> frames) {
    return EventJson.write(new DocumentEvents("doc", ImmutableList.copyOf(frames), 0, 0, ImmutableMap.of()));
  }

  @Test
  void ownCoreNlpPipelineGivesTheExtractorsFramesOnSeedsAndDev() throws IOException {
    Path corpus = Path.of(System.getProperty("hadath.shared", "../shared"), "corpus");
    List<Path> files = new ArrayList<>(TextFiles.txtFiles(corpus.resolve("seeds")));
    files.addAll(TextFiles.txtFiles(corpus.resolve("dev/texts")));
    assertTrue(files.size() >= 45, "seeds and dev texts under " + corpus + ": " + files.size());
    int frames = 0;
    for (Path f : files) {
      String text = TextFiles.readUtf8(f);
      List<EventFrame> expected = SharedExtractor.get().extract(f.getFileName().toString(), text, null).events();
      Annotation a = new Annotation(text);
      SharedCoreNlp.get().annotate(a);
      assertEquals(framesJson(expected), framesJson(a.get(EventAnnotations.EventFramesAnnotation.class)),
          f.toString());
      frames += expected.size();
    }
    assertTrue(frames > 200, "frames compared: " + frames);
  }

  @Test
  void aLineIsSegmentedOnItsOwn() {
    // a line opening with كما after a line ending in a quoted name: CoreNLP's own tokenizer,
    // reading across the break, cut كما into ك ما
    String text = "وقالت مصادر محلية إن الطائرات قصفت مواقع «التحالف».\nكما اندلعت اشتباكات عنيفة بين الطرفين قرب البلدة.";
    Annotation a = new Annotation(text);
    SharedCoreNlp.get().annotate(a);
    List<String> words = a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).stream()
        .map(edu.stanford.nlp.ling.CoreLabel::word).toList();
    assertTrue(words.contains("كما"), words.toString());
    assertEquals(framesJson(SharedExtractor.get().extract(text).events()),
        framesJson(a.get(EventAnnotations.EventFramesAnnotation.class)));
  }
}
