package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** Purposes of means and demolitions, on hand-built sentences (no CoreNLP model loaded). */
class NonOccurrencesTest {
  private final NonOccurrences non = new NonOccurrences(EventRules.getDefault());

  private static SentenceView s(String conll) {
    return HandSentence.parse(conll).build();
  }

  private boolean none(SentenceView v, int t, EventType type) {
    EventFrame f = new EventFrame(type, Span.of(v.text(), v.begin(t), v.end(t)), 0, v.key(t), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), null, Polarity.POSITIVE, Modality.ASSERTED, false, "test");
    return non.noOccurrence(v, t, f);
  }

  @Test
  void aTriggerAsThePurposeOfMeansMoneyOrAPretextTellsNoOccurrence() {
    // ضبطت الشرطة صواعق للتفجير
    assertTrue(none(s("ضبطت/VBD/0/root الشرطة/DTNN/1/nsubj صواعق/NN/1/obj ل/IN/5/case التفجير/DTNN/3/nmod"),
        4, EventType.BOMBING));
    // تلقت الخلية تمويلاً لتفجير سيارة: the purpose hangs on the verb whose object is the money
    assertTrue(none(s("تلقت/VBD/0/root الخلية/DTNN/1/nsubj تمويلا/NN/1/obj ل/IN/5/case تفجير/NN/1/obl"
        + " سيارة/NN/5/nmod"), 4, EventType.BOMBING));
    // اعترافات بتلقي تمويل من جهة ، لتفجير سيارة … علق: the parse hung the purpose on a verb after it
    assertTrue(none(s("اعترافات/NNS/0/root ب/IN/3/case تلقي/NN/1/nmod تمويلا/NN/3/nmod من/IN/6/case جهة/NN/4/nmod"
        + " ،/PUNC/9/punct ل/IN/9/case تفجير/NN/11/obl سيارة/NN/9/nmod علق/VBD/1/acl"), 8, EventType.BOMBING));
    // ذريعة لتنفيذ المداهمات والقصف: through the conjunct and the masdar of doing
    assertTrue(none(s("ذريعة/NN/0/root ل/IN/3/case تنفيذ/NN/1/nmod المداهمات/DTNNS/3/nmod و/CC/6/cc القصف/DTNN/4/conj"),
        5, EventType.STRIKE));
  }

  @Test
  void aTriggerSufferedOrCausingStaysAnOccurrence() {
    // تعرضت مخازن المواد لقصف
    assertFalse(none(s("تعرضت/VBD/0/root مخازن/NN/1/nsubj المواد/DTNN/2/nmod ل/IN/5/case قصف/NN/1/obl"),
        4, EventType.STRIKE));
    // قتل جنود نتيجة لتفجير عبوة
    assertFalse(none(s("قتل/VBD/0/root جنود/NNS/1/nsubj نتيجة/NN/1/obl ل/IN/5/case تفجير/NN/3/nmod عبوة/NN/5/nmod"),
        4, EventType.BOMBING));
    // التصدي لهجوم
    assertFalse(none(s("التصدي/DTNN/0/root ل/IN/3/case هجوم/NN/1/nmod"), 2, EventType.CLASH));
  }

  @Test
  void anArmyBlowingUpBuildingsDemolishes() {
    // قام الجيش بتفجير عدد من المباني
    assertTrue(none(s("قام/VBD/0/root الجيش/DTNN/1/nsubj ب/IN/4/case تفجير/NN/1/obl عدد/NN/4/nmod من/IN/7/case"
        + " المباني/DTNN/5/nmod"), 3, EventType.BOMBING));
    // فجر مسلحون منزل ضابط: gunmen's bomb at a house
    assertFalse(none(s("فجر/VBD/0/root مسلحون/NNS/1/nsubj منزل/NN/1/obj ضابط/NN/3/nmod"), 0, EventType.BOMBING));
    // فجر الجيش عبوة: no building
    assertFalse(none(s("فجر/VBD/0/root الجيش/DTNN/1/nsubj عبوة/NN/1/obj"), 0, EventType.BOMBING));
  }
}
