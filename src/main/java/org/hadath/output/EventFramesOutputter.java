package org.hadath.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationOutputter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventExtractor;

/**
 * A CoreNLP outputter that prints Hadath's event frames, so that CoreNLP's own tools return
 * them: {@code outputFormat=custom} and {@code customOutputter=org.hadath.output.EventFramesOutputter}
 * (set in the packaged {@code hadath-server.properties}) make {@code StanfordCoreNLPServer} and
 * the {@code StanfordCoreNLP} command line answer with the JSON of {@link EventJson} (the
 * annotation guide's format), for an annotation the Hadath annotators ran over. The document id
 * is CoreNLP's {@code DocIDAnnotation} (or "doc"); offsets index the text CoreNLP annotated.
 */
public final class EventFramesOutputter extends AnnotationOutputter {
  private static final ObjectMapper COMPACT = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** CoreNLP creates outputters by reflection with this constructor. */
  public EventFramesOutputter() {}

  @Override
  public void print(Annotation doc, OutputStream target, Options options) throws IOException {
    String id = doc.get(CoreAnnotations.DocIDAnnotation.class);
    DocumentEvents events = EventExtractor.fromAnnotation(id == null ? "doc" : id, doc);
    Charset cs = options.encoding == null ? StandardCharsets.UTF_8 : Charset.forName(options.encoding);
    byte[] json = (options.pretty ? PRETTY : COMPACT).writeValueAsString(EventJson.toJson(events)).getBytes(cs);
    target.write(json);
    target.write('\n');
    target.flush();
  }
}
