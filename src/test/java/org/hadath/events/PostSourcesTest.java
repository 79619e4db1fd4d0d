package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who reports the events of social posts ({@code test-data/events/posts/}, written for these
 * tests): the organisation an account speaks for, the account of an embedded post, a speaker
 * opening a headline. Runs the shared extractor (models load once per JVM).
 */
class PostSourcesTest {

  private static List<EventFrame> strikes(String file) throws IOException {
    String text = Files.readString(Path.of("test-data/events/posts", file), StandardCharsets.UTF_8);
    return org.hadath.testing.SharedExtractor.get().extract(file, text).events().stream()
        .filter(f -> f.type() == EventType.STRIKE).toList();
  }

  private static List<String> sources(EventFrame f) {
    return f.arguments(Role.SOURCE).stream().map(a -> a.span().text()).toList();
  }

  @Test
  void teamVoiceTakesTheOrganisationOfTheHashtag() throws IOException {
    List<EventFrame> fs = strikes("team-voice.txt");
    assertFalse(fs.isEmpty());
    EventFrame f = fs.get(0);
    assertEquals(List.of("الخوذ_البيضاء"), sources(f));
    assertEquals("white-helmets", f.arguments(Role.SOURCE).get(0).actorId());
  }

  @Test
  void embeddedPostIsReportedByItsAccount() throws IOException {
    List<EventFrame> fs = strikes("embedded.txt");
    assertEquals(1, fs.size());
    assertEquals(List.of("الدفاع المدني السوري"), sources(fs.get(0)));
  }

  @Test
  void headlineSpeakerBeforeColon() throws IOException {
    List<EventFrame> fs = strikes("leading-speaker.txt");
    assertEquals(1, fs.size());
    assertEquals(List.of("المرصد السوري"), sources(fs.get(0)));
  }
}
