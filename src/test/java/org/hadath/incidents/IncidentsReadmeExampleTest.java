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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hadath.entities.time.DocumentDate;
import org.hadath.events.DocumentEvents;
import org.hadath.output.EventJson;
import org.hadath.testing.ReadmeJava;
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
    ReadmeJava.compile(dir, "IncidentsDemo", ReadmeJava.block(readme, "## Incidents across reports", "java"));

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

    String printed = ReadmeJava.run(dir, "IncidentsDemo", files.toArray(String[]::new));
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
