package org.hadath.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationOutputter;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.PropertiesUtils;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.hadath.events.EventExtractor;
import org.hadath.pipeline.PipelineOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Events from CoreNLP's own server route: the packaged {@code hadath-server.properties} builds
 * a {@code StanfordCoreNLP} the way {@code StanfordCoreNLPServer} does (its prerequisite check
 * turned off by the file), and {@code StanfordCoreNLP.createOutputter}, which the server calls
 * for every request, prints the frames through {@link EventFramesOutputter}. (The stock server
 * itself binds every interface, so the test stays in-process instead of opening it.)
 */
@Timeout(600)
class CoreNlpServerRouteTest {
  // Invented news text.
  static final String TEXT = "قصفت مدفعية قوات النظام بلدة كفرنبل جنوبي إدلب، ما أسفر عن مقتل أربعة مدنيين.";

  static Properties shipped() throws Exception {
    Properties p = new Properties();
    try (InputStream in = CoreNlpServerRouteTest.class.getClassLoader().getResourceAsStream("hadath-server.properties")) {
      assertTrue(in != null, "hadath-server.properties is on the classpath (in the jar)");
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void shippedPropertiesMatchTheLibrarysPipeline() throws Exception {
    Properties shipped = shipped();
    Properties lib = EventExtractor.coreNlpProperties(PipelineOptions.defaults());
    for (String k : lib.stringPropertyNames()) {
      assertEquals(lib.getProperty(k), shipped.getProperty(k), k);
    }
    assertEquals("custom", shipped.getProperty("outputFormat"));
    assertEquals(EventFramesOutputter.class.getName(), shipped.getProperty("customOutputter"));
  }

  @Test
  void theServersOutputterRouteReturnsTheFrames() throws Exception {
    Properties props = shipped();
    // what StanfordCoreNLPServer does before building a pipeline for a request
    assertFalse(PropertiesUtils.getBool(props, "enforceRequirements", true),
        "the server would reject annotator names it does not know");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    Annotation doc = new Annotation(TEXT);
    doc.set(CoreAnnotations.DocIDAnnotation.class, "server-1");
    pipeline.annotate(doc);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StanfordCoreNLP.createOutputter(props, AnnotationOutputter.getOptions(props)).accept(doc, out);

    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals("server-1", json.path("doc").asText());
    JsonNode strike = json.path("events").get(0);
    assertEquals("STRIKE", strike.path("type").asText(), json.toString());
    assertEquals("قصفت", strike.path("trigger").path("text").asText());
    int b = strike.path("trigger").path("begin").asInt();
    assertEquals("قصفت", TEXT.substring(b, strike.path("trigger").path("end").asInt()));
    assertTrue(json.toString().contains("\"INSTRUMENT\""), json.toString());
    assertEquals(4, strike.path("casualties").get(0).path("min").asInt(), json.toString());
  }
}
