package org.hadath.events.factuality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.junit.jupiter.api.Test;

/** Polarity, modality and claims on hand-built sentences (no CoreNLP model loaded). */
class FactualityTest {
  private final WordClasses words = HandSentence.words();
  private final PolarityDecider polarity = new PolarityDecider(words);
  private final ModalityDecider modality = new ModalityDecider(words);
  private final ClaimDecider claims = new ClaimDecider(words);

  private static SentenceView s(String conll) {
    return HandSentence.parse(conll).build();
  }

  @Test
  void plainReportIsPositiveAssertedUnclaimed() {
    SentenceView v = s("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj بلدة/NN/1/obj الوادي/DTNN/3/nmod");
    assertEquals(Polarity.POSITIVE, polarity.of(v, 0));
    assertEquals(Modality.ASSERTED, modality.of(v, 0));
    assertFalse(claims.claimed(v, 0));
  }

  @Test
  void negationBeforeTheTriggersVerbIsNegative() {
    // لم تسجل أي اشتباكات في المدينة
    SentenceView v = s("لم/RP/2/advmod تسجل/VBP/0/root أي/DT/4/det اشتباكات/NNS/2/obj في/IN/6/case المدينة/DTNN/2/obl");
    assertEquals(Polarity.NEGATIVE, polarity.of(v, 3));
  }

  @Test
  void aBoundOnTheTollDeniesNothing() {
    // مقتل ما لا يقل عن 15 جنديا في تفجير انتحاري: the parse hangs تفجير on يقل
    SentenceView v = s("مقتل/NN/0/root ما/WP/4/nsubj لا/RP/4/advmod يقل/VBP/1/acl عن/IN/7/case 15/CD/7/nummod"
        + " جنديا/NN/4/obl في/IN/9/case تفجير/NN/4/obl انتحاري/JJ/9/amod");
    assertEquals(Polarity.POSITIVE, polarity.of(v, 8));
    // قتل ما لا يقل عن عشرة بقصف: no في, the bound alone
    SentenceView bi = s("قتل/VBD/0/root ما/WP/4/nsubj لا/RP/4/advmod يقل/VBP/1/nsubj عن/IN/6/case عشرة/CD/4/obl"
        + " ب/IN/8/case قصف/NN/4/obl");
    assertEquals(Polarity.POSITIVE, polarity.of(bi, 7));
  }

  @Test
  void aNegatedHarmOrOutcomeIsNoDenialOfTheAttack() {
    // لم يصب في هجوم انتحاري وقع أمس
    SentenceView harm = s("لم/RP/2/advmod يصب/VBP/0/root في/IN/4/case هجوم/NN/2/obl انتحاري/JJ/4/amod");
    assertEquals(Polarity.POSITIVE, polarity.of(harm, 3));
    // لم يسفرا عن ضحايا وقد استهدف أحدهما مقراً
    SentenceView joined = s("لم/RP/2/advmod يسفرا/VBP/0/root عن/IN/4/case ضحايا/NNS/2/obl و/CC/7/cc قد/RP/7/aux"
        + " استهدف/VBD/2/conj أحدهما/NN/7/nsubj مقرا/NN/7/obj");
    assertEquals(Polarity.POSITIVE, polarity.of(joined, 6));
    // لم تقصف الطائرات البلدة ولم تستهدف السوق: each verb its own negation
    SentenceView both = s("لم/RP/2/advmod تقصف/VBP/0/root الطائرات/DTNNS/2/nsubj البلدة/DTNN/2/obj و/CC/7/cc"
        + " لم/RP/7/advmod تستهدف/VBP/2/conj السوق/DTNN/7/obj");
    assertEquals(Polarity.NEGATIVE, polarity.of(both, 1));
    assertEquals(Polarity.NEGATIVE, polarity.of(both, 6));
  }

  @Test
  void aNegatedVerbAboveTheToldClauseOrRestrictedByIllaDeniesNothing() {
    // نقلت الوكالة عن مصدر لم تسمه ، أن الطيران استهدف نقاطا
    SentenceView told = s("نقلت/VBD/0/root الوكالة/DTNN/1/nsubj عن/IN/4/case مصدر/NN/1/obl لم/RP/6/advmod"
        + " تسمه/VBP/4/acl ،/PUNC/6/punct أن/IN/10/mark الطيران/DTNN/10/nsubj استهدف/VBD/6/ccomp نقاطا/NNS/10/obj");
    assertEquals(Polarity.POSITIVE, polarity.of(told, 9));
    // لا تملكها إلا القوات الأمريكية بإطلاق صواريخ
    SentenceView only = s("لا/RP/2/advmod تملكها/VBP/0/root الا/RP/4/nmod القوات/DTNNS/2/nsubj ب/IN/6/case"
        + " اطلاق/NN/2/obl صواريخ/NNS/6/nmod");
    assertEquals(Polarity.POSITIVE, polarity.of(only, 6));
    // لم تتعرض البلدة لأي قصف: the event is what the negated verb takes, it did not happen
    SentenceView none = s("لم/RP/2/advmod تتعرض/VBP/0/root البلدة/DTNN/2/nsubj ل/IN/6/case أي/DT/6/det قصف/NN/2/obl");
    assertEquals(Polarity.NEGATIVE, polarity.of(none, 5));
  }

  @Test
  void denialShortlyBeforeTheTriggerIsNegativeEvenWhenAttachedElsewhere() {
    // نفت الوزارة وقوع قصف على الحي: the parse hangs قصف below وقوع, not below نفت
    SentenceView v = s("نفت/VBD/0/root الوزارة/DTNN/1/nsubj وقوع/NN/1/obj قصف/NN/3/nmod على/IN/6/case الحي/DTNN/4/nmod");
    assertEquals(Polarity.NEGATIVE, polarity.of(v, 3));
  }

  @Test
  void denialBeyondPunctuationOrTheWindowDoesNotCount() {
    // رفض المتحدث ، قصف مدفعي على الحي (a headline list): the comma ends the stretch, and the
    // refusal hangs beside the trigger, not above it
    SentenceView comma = s("رفض/VBD/4/parataxis المتحدث/DTNN/1/nsubj ،/PUNC/4/punct قصف/NN/0/root"
        + " مدفعي/JJ/4/amod على/IN/7/case الحي/DTNN/4/nmod");
    assertEquals(Polarity.POSITIVE, polarity.of(comma, 3));
    // the denial eight words before the trigger: beyond the window, but it governs the trigger
    SentenceView far = s("رفض/VBD/0/root قائد/NN/1/nsubj الفصيل/DTNN/2/nmod في/IN/5/case حديث/NN/1/obl"
        + " مع/IN/7/case الصحفيين/DTNNS/5/nmod أمس/NN/1/obl قصف/NN/1/obj");
    assertEquals(Polarity.NEGATIVE, polarity.of(far, 8), "a denying governor still negates");
    // … رفض قائد الفصيل في حديث مع الصحفيين عن نتائج قصف: four links down, out of the chain
    SentenceView deep = s("رفض/VBD/0/root قائد/NN/1/nsubj الفصيل/DTNN/2/nmod في/IN/5/case حديث/NN/1/obl"
        + " مع/IN/7/case الصحفيين/DTNNS/5/nmod عن/IN/9/case نتائج/NNS/7/nmod قصف/NN/9/nmod");
    assertEquals(Polarity.POSITIVE, polarity.of(deep, 9));
  }

  @Test
  void futureParticleMakesItHypothetical() {
    // س تبدأ عملية إجلاء المدنيين غدا
    SentenceView v = s("س/RP/2/aux تبدأ/VBP/0/root عملية/NN/2/nsubj إجلاء/NN/3/nmod المدنيين/DTNNS/4/nmod غدا/NN/2/obl");
    assertEquals(Modality.HYPOTHETICAL, modality.of(v, 3));
  }

  @Test
  void planAboveTheTriggerMakesItHypothetical() {
    // ينص الاتفاق على خروج المسلحين من البلدة
    SentenceView v = s("ينص/VBP/0/root الاتفاق/DTNN/1/nsubj على/IN/4/case خروج/NN/1/obl المسلحين/DTNNS/4/nmod"
        + " من/IN/7/case البلدة/DTNN/4/nmod");
    assertEquals(Modality.HYPOTHETICAL, modality.of(v, 3));
  }

  @Test
  void conditionMarksHypotheticalButComplementizerDoesNot() {
    // إذا استمر القصف / قال إن القصف استمر
    SentenceView cond = s("إذا/IN/2/mark استمر/VBD/0/root القصف/DTNN/2/nsubj");
    assertEquals(Modality.HYPOTHETICAL, modality.of(cond, 1));
    SentenceView that = s("قال/VBD/0/root المرصد/DTNN/1/nsubj إن/IN/5/mark القصف/DTNN/5/nsubj استمر/VBD/1/ccomp");
    assertEquals(Modality.ASSERTED, modality.of(that, 3));
  }

  @Test
  void claimVerbAboveTheTriggerMarksItClaimed() {
    // زعم التنظيم أن طائرات قصفت المدرسة
    SentenceView v = s("زعم/VBD/0/root التنظيم/DTNN/1/nsubj أن/IN/5/mark طائرات/NNS/5/nsubj قصفت/VBD/1/ccomp"
        + " المدرسة/DTNN/5/obj");
    assertTrue(claims.claimed(v, 4));
    assertEquals(Polarity.POSITIVE, polarity.of(v, 4));
  }

  @Test
  void preparationsIntentionsAndAnExpectingAdjectiveMarkHypothetical() {
    // أرسلت تعزيزات استعداداً لشن هجوم
    SentenceView prep = s("أرسلت/VBD/0/root تعزيزات/NNS/1/obj استعدادا/NN/1/obl ل/IN/5/case شن/NN/3/nmod"
        + " هجوم/NN/5/nmod");
    assertEquals(Modality.HYPOTHETICAL, modality.of(prep, 5));
    // كانوا يعتزمون تنفيذ هجوم
    SentenceView intent = s("كانوا/VBD/2/aux يعتزمون/VBP/0/root تنفيذ/NN/2/obj هجوم/NN/3/nmod");
    assertEquals(Modality.HYPOTHETICAL, modality.of(intent, 3));
    // الهجوم التركي المرتقب: the adjective after the trigger; الهجوم التركي الأخير is a fact
    SentenceView expected = s("الهجوم/DTNN/0/root التركي/DTJJ/1/amod المرتقب/DTJJ/1/amod");
    assertEquals(Modality.HYPOTHETICAL, modality.of(expected, 0));
    SentenceView last = s("الهجوم/DTNN/0/root التركي/DTJJ/1/amod الأخير/DTJJ/1/amod");
    assertEquals(Modality.ASSERTED, modality.of(last, 0));
  }

  @Test
  void aPurposeUnderANounIsHypotheticalButAResumedAttackIsNot() {
    // تجنيد النساء لتنفيذ عمليات
    SentenceView purpose = s("تجنيد/NN/0/root النساء/DTNNS/1/nmod ل/IN/4/case تنفيذ/NN/1/nmod عمليات/NNS/4/nmod");
    assertEquals(Modality.HYPOTHETICAL, modality.of(purpose, 4));
    // عاد الطيران لشن غارات: ل under a verb tells a resumed attack
    SentenceView resumed = s("عاد/VBD/0/root الطيران/DTNN/1/nsubj ل/IN/4/case شن/NN/1/obl غارات/NNS/4/nmod");
    assertEquals(Modality.ASSERTED, modality.of(resumed, 4));
  }

  @Test
  void aNegatedReactionToAnEventLeavesItPositive() {
    // لم ترد قسد على القصف التركي: the strike took place, the response did not
    SentenceView v = s("لم/RP/2/advmod ترد/VBP/0/root قسد/NNP/2/nsubj على/IN/5/case القصف/DTNN/2/obl"
        + " التركي/DTJJ/5/amod");
    assertEquals(Polarity.POSITIVE, polarity.of(v, 4));
    // لم تتعرض البلدة لقصف: undergoing, negated, is no event
    SentenceView none = s("لم/RP/2/advmod تتعرض/VBP/0/root البلدة/DTNN/2/nsubj ل/IN/5/case قصف/NN/2/obl");
    assertEquals(Polarity.NEGATIVE, polarity.of(none, 4));
  }
}
