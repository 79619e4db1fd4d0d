package org.hadath.entities.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.hadath.entities.quantity.QuantityAnnotations;
import org.hadath.entities.quantity.QuantityAnnotator;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/** Both annotators on a shared-pipeline annotation; document date precedence. */
class TimeAnnotatorTest {

  private static final TimeAnnotator TIME = new TimeAnnotator("hadath_time", new Properties());
  private static final QuantityAnnotator QTY =
      new QuantityAnnotator("hadath_quantities", new Properties());

  private static TimeMention firstTime(Annotation a) {
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<TimeMention> ms = s.get(TimeAnnotations.TimeMentionsAnnotation.class);
      if (!ms.isEmpty()) {
        return ms.get(0);
      }
    }
    return null;
  }

  @Test
  void datelineResolvesRelativeTimes() {
    String text = "دير الزور، 02 مارس 2019\nقتل 15 مدنياً بقصف مساء أمس على البلدة.";
    Annotation a = SharedPipeline.annotate(text);
    TIME.annotate(a);
    QTY.annotate(a);
    assertEquals(LocalDate.of(2019, 3, 2), a.get(TimeAnnotations.DocumentDateAnnotation.class));
    boolean found = false;
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (TimeMention m : s.get(TimeAnnotations.TimeMentionsAnnotation.class)) {
        if (m.text().equals("مساء أمس")) {
          assertEquals("2019-03-01", m.value());
          assertEquals(m.text(), text.substring(m.begin(), m.end()));
          found = true;
        }
      }
      for (QuantityMention q : s.get(QuantityAnnotations.QuantityMentionsAnnotation.class)) {
        assertEquals(15, q.min());
      }
    }
    assertTrue(found);
  }

  @Test
  void explicitDocumentDateWinsOverDocDateAndDateline() {
    String text = "02 مارس 2019\nقصفت الطائرات البلدة أمس.";
    Annotation a = SharedPipeline.annotate(text);
    a.set(CoreAnnotations.DocDateAnnotation.class, "2020-01-10");
    a.set(TimeAnnotations.DocumentDateAnnotation.class, LocalDate.of(2021, 6, 6));
    TIME.annotate(a);
    assertTimeValue(a, "أمس", "2021-06-05");
  }

  @Test
  void coreNlpDocDateWinsOverDateline() {
    String text = "02 مارس 2019\nقصفت الطائرات البلدة أمس.";
    Annotation a = SharedPipeline.annotate(text);
    a.set(CoreAnnotations.DocDateAnnotation.class, "2020-01-10");
    TIME.annotate(a);
    assertTimeValue(a, "أمس", "2020-01-09");
  }

  @Test
  void requirementsAreHonest() {
    assertTrue(TIME.requirementsSatisfied()
        .contains(TimeAnnotations.TimeMentionsAnnotation.class));
    assertTrue(QTY.requires().contains(CoreAnnotations.PartOfSpeechAnnotation.class));
    assertTrue(QTY.requirementsSatisfied()
        .contains(QuantityAnnotations.QuantityMentionsAnnotation.class));
  }

  private static void assertTimeValue(Annotation a, String text, String value) {
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (TimeMention m : s.get(TimeAnnotations.TimeMentionsAnnotation.class)) {
        if (m.text().equals(text)) {
          assertEquals(value, m.value());
          return;
        }
      }
    }
    throw new AssertionError("no time '" + text + "' in " + firstTime(a));
  }
}
