package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.TreeRangeSet;
import java.util.List;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** The rule-based mention filters of issue #16 on hand-built sentences (no CoreNLP model loaded). */
class MentionFilterTest {
  private final MentionFilter filter = new MentionFilter(EventRules.getDefault());

  private static SentenceView s(String conll) {
    return HandSentence.parse(conll).build();
  }

  private static EventFrame frame(SentenceView v, int t, EventType type) {
    return new EventFrame(type, Span.of(v.text(), v.begin(t), v.end(t)), 0, v.key(t), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), null, Polarity.POSITIVE, Modality.ASSERTED, false, "test");
  }

  private int kept(SentenceView v, int t, EventType type) {
    return filter.filter(v, List.of(frame(v, t, type)), TreeRangeSet.create()).size();
  }

  @Test
  void aDefiniteTriggerUnderACondemnationPointsBack() {
    // يدين الحزب التفجير
    SentenceView v = s("يدين/VBP/0/root الحزب/DTNN/1/nsubj التفجير/DTNN/1/obj");
    assertEquals(0, kept(v, 2, EventType.BOMBING));
    // أدان الحزب تفجيراً جديداً: an indefinite one may be news of its own
    SentenceView news = s("أدان/VBD/0/root الحزب/DTNN/1/nsubj تفجيرا/NN/1/obj جديدا/JJ/3/amod");
    assertEquals(1, kept(news, 2, EventType.BOMBING));
  }

  @Test
  void rocketFireNamedAsSuchIsNoStrike() {
    // إطلاق الصواريخ يتم من الملاجئ
    SentenceView v = s("إطلاق/NN/3/nsubj الصواريخ/DTNNS/1/nmod يتم/VBP/0/root من/IN/5/case الملاجئ/DTNNS/3/obl");
    assertEquals(0, kept(v, 1, EventType.STRIKE));
    // أطلقت الفصائل الصواريخ: a launch told with its verb stays
    SentenceView fired = s("أطلقت/VBD/0/root الفصائل/DTNNS/1/nsubj الصواريخ/DTNNS/1/obj");
    assertEquals(1, kept(fired, 2, EventType.STRIKE));
  }

  @Test
  void aTriggerListedWithCrimesOfNoTypeIsAnAccusation() {
    // أعمال قتل واغتصاب ونزوح
    SentenceView v = s("أعمال/NNS/0/root قتل/NN/1/nmod و/CC/4/cc اغتصاب/NN/2/conj و/CC/6/cc نزوح/NN/2/conj");
    assertEquals(0, kept(v, 5, EventType.EVACUATION));
    // قصف واشتباكات: two event words listed together stay
    SentenceView both = s("قصف/NN/0/root و/CC/3/cc اشتباكات/NNS/1/conj");
    assertEquals(1, kept(both, 0, EventType.STRIKE));
  }

  @Test
  void aCountOverAYearIsAStatistic() {
    // شهدت البلاد 140 هجوما في العام 2006
    SentenceView v = s("شهدت/VBD/0/root البلاد/DTNN/1/nsubj 140/CD/4/nummod هجوما/NN/1/obj في/IN/6/case"
        + " العام/DTNN/4/nmod 2006/CD/6/nummod");
    assertEquals(0, kept(v, 3, EventType.BOMBING));
    // وقع هجوم في العام الجديد: an uncounted trigger is no statistic
    SentenceView one = s("وقع/VBD/0/root هجوم/NN/1/nsubj في/IN/4/case العام/DTNN/1/obl الجديد/DTJJ/4/amod");
    assertEquals(1, kept(one, 1, EventType.CLASH));
  }

  @Test
  void aNumberOfAttacksIsAnAggregate() {
    // زيادة عدد الهجمات الصاروخية
    SentenceView v = s("زيادة/NN/0/root عدد/NN/1/nmod الهجمات/DTNNS/2/nmod الصاروخية/DTJJ/3/amod");
    assertEquals(0, kept(v, 2, EventType.STRIKE));
    // شن الطيران عددا من الغارات: some raids
    SentenceView some = s("شن/VBD/0/root الطيران/DTNN/1/nsubj عددا/NN/1/obj من/IN/5/case الغارات/DTNNS/3/nmod");
    assertEquals(1, kept(some, 4, EventType.STRIKE));
  }

  @Test
  void aStormingVerbWithSearchesInItsClauseAndNoFightingIsARaid() {
    // اقتحم الجيش البلدة فجر أمس ، وفرض طوقا على مداخلها وانتشر في أحيائها ، وشرع في عمليات تفتيش
    String storm = "اقتحم/VBD/0/root الجيش/DTNN/1/nsubj البلدة/DTNN/1/obj فجر/NN/1/obl:tmod أمس/NN/4/nmod"
        + " ،/PUNC/1/punct و/CC/8/cc فرض/VBD/1/conj طوقا/NN/8/obj على/IN/11/case مداخل/NN/9/nmod ها/PRP$/11/nmod"
        + " و/CC/14/cc انتشر/VBD/1/conj في/IN/16/case أحياء/NN/14/obl ها/PRP$/16/nmod ،/PUNC/1/punct"
        + " و/CC/20/cc شرع/VBD/1/conj في/IN/22/case عمليات/NNS/20/obl";
    assertEquals(0, kept(s(storm + " تفتيش/NN/22/nmod"), 0, EventType.CLASH));
    // … وشرع في عمليات قتالية: no search or arrest in its clause
    assertEquals(1, kept(s(storm + " قتالية/JJ/22/amod"), 0, EventType.CLASH));
  }
}
