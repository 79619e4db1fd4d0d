package org.hadath.incidents;

import static org.hadath.incidents.Frames.ariha;
import static org.hadath.incidents.Frames.binnish;
import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.hadath.entities.time.DocumentDate;
import org.hadath.events.DocumentEvents;
import org.hadath.output.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's incidents example is real: its Java block compiles as it stands and, run on the
 * event JSON of three hand-made reports (a page dated 2 December 2020 and a post of "today,
 * Wednesday 2 December" without a year telling one strike, and a strike elsewhere in November),
 * gives the post its year from the archive's span and puts it in the page's record.
 */
class IncidentsReadmeExampleTest {
  @TempDir
  Path dir;

  @Test
  void incidentsExampleCompilesAndRuns() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int at = readme.indexOf("## Incidents across reports");
    assertTrue(at >= 0, "README has its incidents section");
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(at), "a java block in the incidents section");
    Path src = dir.resolve("IncidentsDemo.java");
    Files.writeString(src, m.group(1));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "a JDK compiler");
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null,
        List.of("--release", "17", "-classpath", System.getProperty("java.class.path"), "-d", dir.toString()),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src)).call();
    assertTrue(ok, diagnostics.toString());

    DocumentEvents post = doc("post", null, binnish(strike().time("XXXX-12-02", "اليوم الأربعاء").killed(2, 2L)));
    DocumentDate wednesday =
        DocumentDate.partial(MonthDay.of(12, 2), DayOfWeek.WEDNESDAY, DocumentDate.Source.WEEKDAY, 30, 48);
    post = new DocumentEvents(post.docId(), post.events(), post.sentences(), post.tokens(), post.parseStatus(),
        Optional.of(wednesday));
    List<String> files = new ArrayList<>();
    for (DocumentEvents d : List.of(post, doc("page", "2020-12-02", binnish(strike().time("2020-12-02").killed(2, 2L))),
        doc("other", "2020-11-20", ariha(strike().killed(1, 1L))))) {
      Path f = dir.resolve(d.docId() + ".json");
      Files.writeString(f, EventJson.write(d), StandardCharsets.UTF_8);
      files.add(f.toString());
    }

    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass("IncidentsDemo").getMethod("main", String[].class)
          .invoke(null, (Object) files.toArray(String[]::new));
    } finally {
      System.setOut(old);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    JsonNode json = new ObjectMapper().readTree(printed.substring(printed.indexOf('{')));
    JsonNode records = json.path("incidents");
    assertEquals(2, records.size(), printed);
    JsonNode strike = null;
    for (JsonNode r : records) {
      if (r.path("reports").toString().contains("post")) {
        strike = r;
      }
    }
    assertNotNull(strike, printed);
    assertEquals("[\"page\",\"post\"]", sorted(strike.path("reports")), printed);
    assertEquals("2020-12-02", strike.path("date").asText(), printed);
    assertTrue(printed.contains("STRIKE 2020-12-02"), printed);
  }

  private static String sorted(JsonNode array) {
    List<String> xs = new ArrayList<>();
    array.forEach(x -> xs.add(x.asText()));
    xs.sort(null);
    return new ObjectMapper().valueToTree(xs).toString();
  }
}
