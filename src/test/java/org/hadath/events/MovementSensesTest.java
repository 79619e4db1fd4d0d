package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** Movement words that tell no evacuation, on hand-built sentences (no CoreNLP model loaded). */
class MovementSensesTest {
  private final MovementSenses movements = new MovementSenses(EventRules.getDefault());

  private static SentenceView s(String conll) {
    return HandSentence.parse(conll).build();
  }

  private boolean noEvacuation(SentenceView v, int t) {
    EventFrame f = new EventFrame(EventType.EVACUATION, Span.of(v.text(), v.begin(t), v.end(t)), 0, v.key(t),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), null, Polarity.POSITIVE, Modality.ASSERTED,
        false, "test");
    return movements.noEvacuation(v, t, f);
  }

  @Test
  void capturesMovedAreNoEvacuationAlsoWhenAPronounStandsForThem() {
    // تتعمد المجموعة نقل الرهائن بين البلدات
    assertTrue(noEvacuation(s("تتعمد/VBP/0/root المجموعة/DTNN/1/nsubj نقل/NN/1/obj الرهائن/DTNNS/3/nmod"
        + " بين/IN/6/case البلدات/DTNNS/3/nmod"), 2));
    // كان الرهائن في مصر وتم نقلهم إلى السودان
    assertTrue(noEvacuation(s("كان/VBD/0/root الرهائن/DTNN/1/nsubj في/IN/4/case مصر/NNP/1/obl و/CC/6/cc"
        + " تم/VBD/1/conj نقل/NN/6/nsubj هم/PRP$/7/nmod إلى/IN/10/case السودان/NNP/7/nmod"), 6));
    // بدأ نقل المدنيين إلى المخيم
    assertFalse(noEvacuation(s("بدأ/VBD/0/root نقل/NN/1/obj المدنيين/DTNNS/2/nmod إلى/IN/5/case المخيم/DTNN/2/nmod"), 1));
    // نزحت العائلات وتم نقلهم: the pronoun stands for people who fled
    assertFalse(noEvacuation(s("نزحت/VBD/0/root العائلات/DTNNS/1/nsubj و/CC/4/cc تم/VBD/1/conj نقل/NN/4/nsubj"
        + " هم/PRP$/5/nmod"), 4));
    // غادرت مجموعة من الإيزيديين المختطفين بعد خروجهم: the captive word describes people, freed and leaving
    assertFalse(noEvacuation(s("غادرت/VBD/0/root مجموعة/NN/1/nsubj من/IN/4/case الإيزيديين/DTNNS/2/nmod"
        + " المختطفين/DTJJ/4/amod بعد/NN/7/case خروج/NN/1/obl هم/PRP$/7/nmod"), 6));
  }

  @Test
  void oneMansTripOrFlightIsNoEvacuation() {
    // هرب إلى إيران عام 1980
    assertTrue(noEvacuation(s("هرب/VBD/0/root إلى/IN/3/case إيران/NNP/1/obl عام/NN/1/obl 1980/CD/4/nummod"), 0));
    // أثناء توجهه من منزله
    assertTrue(noEvacuation(s("أثناء/NN/2/case توجه/NN/0/root ه/PRP$/2/nmod من/IN/5/case منزل/NN/2/nmod"), 1));
    // هربوا إلى المخيم: a plural verb
    assertFalse(noEvacuation(s("هربوا/VBD/0/root إلى/IN/3/case المخيم/DTNN/1/obl"), 0));
    // هرب السكان إلى المخيم: people as subject
    assertFalse(noEvacuation(s("هرب/VBD/0/root السكان/DTNNS/1/nsubj إلى/IN/4/case المخيم/DTNN/1/obl"), 0));
    // بعد هروبهم
    assertFalse(noEvacuation(s("بعد/NN/2/case هروب/NN/0/root هم/PRP$/2/nmod"), 1));
  }
}
