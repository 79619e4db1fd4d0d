package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.hadath.entities.time.TimeAnnotations;
import org.hadath.entities.time.TimeMention;
import org.hadath.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * A failure inside the event layer costs one sentence's frames, never the document; and the
 * reporters a continuing sentence inherits (ولفت إلى أنه …) are resolved in the sentence that
 * named them.
 */
class SentenceIsolationTest {

  /**
   * The input of issue #15 (two consecutive sentences of a news page): the second continues
   * the first's report, and its inherited reporter's head token (64) lay beyond the second
   * sentence's 57 tokens, which failed the whole document.
   */
  private static final String ISSUE_15 = "وأوضح «المرصد»، أن قيادة القوات التركية ضمن منطقة خفض التصعيد في شمال غربي سوريا، أصدرت مؤخراً تعميماً عسكرياً على قواتها في النقاط العسكرية المنتشرة على طول خط التماس مع قوات النظام بالرد المباشر على مصادر النيران، في حال تعرض أي موقع أو نقطة تركية للقصف من قبل قوات النظام، وأبلغت بذات الوقت فصائل المعارضة السورية المسؤولة عن المدفعية والصواريخ بعدم الاستهداف العشوائي لمواقع النظام أو مناطق سيطرته إلا بعد مراجعة لجنة الارتباط والتنسيق معها وأخذ الإحداثيات الدقيقة منها. ولفت، إلى أنه قامت لجنة الارتباط التي تنسق بين القوات التركية المتمركزة في نقطة بنش ومطار تفتناز ونقطة سرمين ونقطة أبين وقمة النبي أيوب وبليون ونقطة التوامة وفصائل المعارضة السورية، بالتنسيق حول استخدام السلاح الثقيل في حال تعرضت المنطقة لهجوم من قِبل النظام.";

  @Test
  void inheritedReportersKeepTheirOwnSentencesActors() {
    DocumentEvents d = SharedExtractor.get().extract("issue-15", ISSUE_15);
    EventFrameAssertions.assertSpansTrue(ISSUE_15, d);
    Map<Integer, String> actorAt = new HashMap<>();
    for (EventFrame f : d.events()) {
      if (f.sentenceIndex() == 0) {
        f.arguments(Role.SOURCE).forEach(a -> actorAt.put(a.span().begin(), String.valueOf(a.actorId())));
      }
    }
    List<EventFrame> second = d.events().stream().filter(f -> f.sentenceIndex() == 1).toList();
    assertFalse(second.isEmpty(), "the continuing sentence's frames: " + d.events());
    int inherited = 0;
    for (EventFrame f : second) {
      for (EventFrame.Argument a : f.arguments(Role.SOURCE)) {
        if (a.span().end() <= ISSUE_15.indexOf("ولفت")) {
          inherited++;
          assertEquals(actorAt.get(a.span().begin()), String.valueOf(a.actorId()),
              "an inherited reporter resolves as in its own sentence: " + a);
        }
      }
    }
    assertTrue(inherited > 0, "the second sentence inherits the first's reporters: " + second);
    assertTrue(second.stream().anyMatch(f -> f.arguments(Role.SOURCE).stream()
        .anyMatch(a -> a.actorId() != null)), "a named reporter keeps its actor: " + second);
  }

  @Test
  void aFailingSentenceLosesOnlyItsOwnFrames() {
    String text = "قصفت طائرات حربية بلدة الزيتون في ريف المدينة صباح اليوم.\n"
        + "واندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة قرب الطريق الدولي.";
    Annotation a = SharedExtractor.get().annotate("broken", text, null);
    List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(2, sentences.size());
    EventAnnotator events = new EventAnnotator();
    events.annotate(a);
    assertFalse(sentences.get(0).get(EventAnnotations.EventFramesAnnotation.class).isEmpty());
    assertFalse(sentences.get(1).get(EventAnnotations.EventFramesAnnotation.class).isEmpty());
    int tokens = sentences.get(0).get(CoreAnnotations.TokensAnnotation.class).size();
    // a time mention pointing past the sentence's tokens: a mechanism of sentence 0 fails
    sentences.get(0).set(TimeAnnotations.TimeMentionsAnnotation.class, List.of(new TimeMention("صباح", 0, 4, 0,
        tokens + 5, tokens + 6, "2020-01-01", org.hadath.entities.time.Granularity.DAY, null)));
    events.annotate(a);
    assertTrue(sentences.get(0).get(EventAnnotations.EventFramesAnnotation.class).isEmpty());
    List<EventFrame> kept = a.get(EventAnnotations.EventFramesAnnotation.class);
    assertFalse(kept.isEmpty(), "the other sentence's frames stay");
    assertTrue(kept.stream().allMatch(f -> f.sentenceIndex() == 1), kept.toString());
  }

  @Test
  void theGuardLetsCancellationThrough() {
    assertEquals(List.of(), SentenceGuard.run("d", 3, () -> {
      throw new IllegalStateException("boom");
    }, List.of()));
    assertThrows(CancellationException.class, () -> SentenceGuard.run("d", 0, () -> {
      throw new CancellationException("budget");
    }, List.of()));
  }
}
