package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hadath.events.EventFrame.Argument;
import org.hadath.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * A raid post with no event word: the pipeline leaves its lines unanalysed, yet its report
 * places name the town (read from the words alone), so an incident builder can tie it to the
 * other posts of that raid. The post is written for the test.
 */
class UnanalysedLinePlacesTest {

  @Test
  void aPostWithoutAnEventWordStillNamesItsTown() {
    String post = "شبكة أخبار المنطقة\n"
        + "#عاجل اعتقال الشاب أحمد العلي من منطقة الحاوي في بلدة #الشحيل خلال مداهمة فجر اليوم\n";
    DocumentEvents d = SharedExtractor.get().extract("post", post);
    assertTrue(d.events().isEmpty(), d.events().toString());
    assertEquals(0, d.tokens(), "no line was analysed: " + d.parseStatus());
    List<Argument> places = d.reportPlaces();
    assertTrue(places.stream().anyMatch(a -> "sy-shuhayl".equals(a.placeId())), places.toString());
    assertTrue(places.stream().anyMatch(a -> a.placeId() == null && a.head().text().equals("الحاوي")), places.toString());
  }
}
