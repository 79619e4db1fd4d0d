package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hadath.output.EventJson;
import org.hadath.pipeline.PipelineOptions;
import org.hadath.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/** The facade on sentences written for these tests (not from any article). */
class EventExtractorTest {

  private static DocumentEvents extract(String text) {
    DocumentEvents d = SharedExtractor.get().extract("t", text);
    EventFrameAssertions.assertSpansTrue(text, d);
    return d;
  }

  private static EventFrame only(DocumentEvents d, EventType type) {
    List<EventFrame> l = d.events().stream().filter(f -> f.type() == type).toList();
    assertEquals(1, l.size(), "frames: " + d.events());
    return l.get(0);
  }

  private static boolean hasArg(EventFrame f, Role r, String textPart) {
    return f.arguments(r).stream().anyMatch(a -> a.span().text().contains(textPart));
  }

  @Test
  void strikeWithAgentTargetLocationAndToll() {
    String text = "قصفت طائرات روسية بلدة كفرنبل في ريف إدلب الجنوبي، ما أدى إلى مقتل سبعة مدنيين.";
    EventFrame f = only(extract(text), EventType.STRIKE);
    assertEquals("قصفت", f.trigger().text());
    assertTrue(hasArg(f, Role.INSTRUMENT, "طائرات"), f.toString());
    assertTrue(hasArg(f, Role.TARGET, "كفرنبل"), f.toString());
    assertEquals(1, f.casualties().size(), f.toString());
    assertEquals(CasualtyKind.KILLED, f.casualties().get(0).kind());
    assertEquals(7, f.casualties().get(0).quantity().min());
    assertEquals(Polarity.POSITIVE, f.polarity());
    assertEquals(Modality.ASSERTED, f.modality());
  }

  @Test
  void clashBetweenTwoSides() {
    String text = "اندلعت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في ريف حماة الشمالي.";
    EventFrame f = only(extract(text), EventType.CLASH);
    assertTrue(f.arguments(Role.PARTICIPANT).size() >= 2, f.toString());
    assertTrue(hasArg(f, Role.PARTICIPANT, "هيئة تحرير الشام"), f.toString());
  }

  @Test
  void evacuationWithCountOriginAndDestination() {
    String text = "خرج نحو 300 مدني من مدينة الرقة إلى مخيم عين عيسى أمس.";
    EventFrame f = only(extract(text), EventType.EVACUATION);
    assertNotNull(f.count(), f.toString());
    assertEquals(300, f.count().min());
    assertTrue(f.count().approximate());
    assertTrue(hasArg(f, Role.DESTINATION, "عين عيسى"), f.toString());
  }

  @Test
  void refusedSurrenderIsNegative() {
    String text = "رفض مسلحو التنظيم الاستسلام للقوات العراقية في الموصل القديمة.";
    EventFrame f = only(extract(text), EventType.SURRENDER);
    assertEquals(Polarity.NEGATIVE, f.polarity());
  }

  @Test
  void plannedEvacuationIsHypothetical() {
    String text = "وينص الاتفاق على خروج المسلحين وعائلاتهم من البلدة خلال ثلاثة أيام.";
    EventFrame f = only(extract(text), EventType.EVACUATION);
    assertEquals(Modality.HYPOTHETICAL, f.modality(), f.toString());
  }

  @Test
  void futureStrikeIsHypothetical() {
    String text = "وقال المتحدث إن الطائرات سوف تقصف مواقع المسلحين في الأيام المقبلة.";
    EventFrame f = only(extract(text), EventType.STRIKE);
    assertEquals(Modality.HYPOTHETICAL, f.modality(), f.toString());
    assertTrue(hasArg(f, Role.SOURCE, "المتحدث"), f.toString());
  }

  @Test
  void nonConflictNewsHasNoEvents() {
    assertTrue(extract("ارتفعت أسعار النفط في الأسواق العالمية بنسبة ثلاثة بالمئة يوم الإثنين.").events().isEmpty());
    assertTrue(extract("").events().isEmpty());
    assertTrue(extract("   \n ").events().isEmpty());
  }

  @Test
  void nullIsAClearError() {
    assertThrows(IllegalArgumentException.class, () -> SharedExtractor.get().extract(null));
    assertThrows(IllegalArgumentException.class, () -> SharedExtractor.get().extract(null, "نص"));
  }

  @Test
  void framesSurviveJsonRoundTrip() {
    String text = "قُتل أربعة مدنيين وأصيب عشرة آخرون في قصف مدفعي على حي الشعار في حلب، بحسب الدفاع المدني.";
    DocumentEvents d = extract(text);
    assertFalse(d.events().isEmpty());
    DocumentEvents back = EventJson.read(EventJson.write(d));
    assertEquals(d.events(), back.events());
    assertEquals(d.docId(), back.docId());
  }

  @Test
  void sharedExtractorIsDeterministicAcrossThreads() throws Exception {
    List<String> texts = List.of(
        "قصفت طائرات التحالف مواقع للتنظيم قرب البوكمال.",
        "اشتبكت فصائل المعارضة مع قوات النظام في درعا البلد.",
        "نزحت مئات العائلات من ريف إدلب الجنوبي باتجاه الحدود التركية.",
        "استسلم عشرات المسلحين لقوات الجيش العراقي في تلعفر.");
    List<String> sequential = texts.stream().map(t -> EventJson.writeLine(SharedExtractor.get().extract("x", t))).toList();
    List<String> parallel = new CopyOnWriteArrayList<>(new String[texts.size()]);
    List<Thread> threads = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      int k = i;
      Thread th = new Thread(() -> parallel.set(k, EventJson.writeLine(SharedExtractor.get().extract("x", texts.get(k)))));
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertEquals(sequential, parallel);
  }

  @Test
  void annotatorsRunInAUsersOwnCoreNlpPipeline() {
    StanfordCoreNLP nlp = org.hadath.testing.SharedCoreNlp.get();
    String text = "شنت طائرات حربية غارات على مدينة معرة النعمان صباح اليوم.";
    Annotation a = new Annotation(text);
    nlp.annotate(a);
    List<EventFrame> frames = a.get(EventAnnotations.EventFramesAnnotation.class);
    assertNotNull(frames);
    assertEquals(SharedExtractor.get().extract(text).events(), frames);
  }
}
