package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** Trigger words used in another sense, on hand-built sentences (no CoreNLP model loaded). */
class FigurativeMentionsTest {
  private final FigurativeMentions figurative = new FigurativeMentions(EventRules.getDefault());

  private static SentenceView s(String conll) {
    return HandSentence.parse(conll).build();
  }

  private static EventFrame frame(SentenceView v, int t, EventType type) {
    return new EventFrame(type, Span.of(v.text(), v.begin(t), v.end(t)), 0, v.key(t), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), null, Polarity.POSITIVE, Modality.ASSERTED, false, "test");
  }

  @Test
  void anAbstractObjectMakesTheWordFigurative() {
    // أسهم القرار في تفجير الصراعات
    SentenceView v = s("أسهم/VBD/0/root القرار/DTNN/1/nsubj في/IN/4/case تفجير/NN/1/obl الصراعات/DTNNS/4/nmod");
    assertTrue(figurative.figurative(v, 3, frame(v, 3, EventType.BOMBING)));
    // تفجير سيارة مفخخة: a thing that explodes is no abstraction
    SentenceView car = s("تفجير/NN/0/root سيارة/NN/1/nmod مفخخة/JJ/2/amod");
    assertFalse(figurative.figurative(car, 0, frame(car, 0, EventType.BOMBING)));
    // اشتباكات على خط التماس: the line of a front, past a preposition, is no team's line
    SentenceView front = s("اشتباكات/NNS/0/root على/IN/3/case خط/NN/1/nmod التماس/DTNN/3/nmod");
    assertFalse(figurative.figurative(front, 0, frame(front, 0, EventType.CLASH)));
  }

  @Test
  void aTeamsLineOrAFigurativeAdjectiveMakesTheWordFigurative() {
    // في خط الهجوم الأول
    SentenceView line = s("في/IN/2/case خط/NN/0/root الهجوم/DTNN/2/nmod الأول/DTJJ/3/amod");
    assertTrue(figurative.figurative(line, 2, frame(line, 2, EventType.CLASH)));
    // هجمة عنصرية شرسة
    SentenceView racist = s("هجمة/NN/0/root عنصرية/JJ/1/amod شرسة/JJ/1/amod");
    assertTrue(figurative.figurative(racist, 0, frame(racist, 0, EventType.CLASH)));
  }

  @Test
  void anAttackToldWithHowItWasSaidIsAnAttackInWords() {
    // هاجمت الوزيرة الحركة قائلة إنها لا تريد السلام
    SentenceView v = s("هاجمت/VBD/0/root الوزيرة/DTNN/1/nsubj الحركة/DTNN/1/obj قائلة/JJ/1/advcl"
        + " إن/IN/6/mark ها/PRP/4/ccomp");
    assertTrue(figurative.figurative(v, 0, frame(v, 0, EventType.CLASH)));
    // the same words after a strike, or past the end of the clause, say nothing of it
    assertFalse(figurative.figurative(v, 0, frame(v, 0, EventType.STRIKE)));
    SentenceView later = s("هاجم/VBD/0/root مسلحون/NNS/1/nsubj حاجزا/NN/1/obj ./PUNC/1/punct"
        + " وأضاف/VBD/1/conj قائلا/JJ/5/advcl");
    assertFalse(figurative.figurative(later, 0, frame(later, 0, EventType.CLASH)));
  }

  @Test
  void aWordInTheQuotedTitleOfAWorkIsNoEvent() {
    // عرض فيلم « المعركة الأخيرة »
    SentenceView film = s("عرض/VBD/0/root فيلم/NN/1/obj «/PUNC/4/punct المعركة/DTNN/2/nmod الأخيرة/DTJJ/4/amod"
        + " »/PUNC/4/punct");
    assertTrue(figurative.figurative(film, 3, frame(film, 3, EventType.CLASH)));
    // قال القائد « المعركة مستمرة »: a quotation is no title
    SentenceView said = s("قال/VBD/0/root القائد/DTNN/1/nsubj «/PUNC/4/punct المعركة/DTNN/1/ccomp"
        + " مستمرة/JJ/4/amod »/PUNC/4/punct");
    assertFalse(figurative.figurative(said, 3, frame(said, 3, EventType.CLASH)));
  }

  @Test
  void aClashOrEvacuationWhoseSubjectIsAPersonInOfficeIsWordsOrATrip() {
    // شن رئيس الحزب هجوماً عنيفاً على الحكومة
    SentenceView v = s("شن/VBD/0/root رئيس/NN/1/nsubj الحزب/DTNN/2/nmod هجوما/NN/1/obj عنيفا/JJ/4/amod"
        + " على/IN/7/case الحكومة/DTNN/4/nmod");
    assertTrue(figurative.figurative(v, 3, frame(v, 3, EventType.CLASH)));
    // شن مسلحون هجوما على الحاجز: fighters are no office
    SentenceView armed = s("شن/VBD/0/root مسلحون/NNS/1/nsubj هجوما/NN/1/obj على/IN/5/case الحاجز/DTNN/3/nmod");
    assertFalse(figurative.figurative(armed, 2, frame(armed, 2, EventType.CLASH)));
    // تنقل رئيس البلدية بين المراكز
    SentenceView trip = s("تنقل/VBD/0/root رئيس/NN/1/nsubj البلدية/DTNN/2/nmod بين/IN/5/case المراكز/DTNNS/1/obl");
    assertTrue(figurative.figurative(trip, 0, frame(trip, 0, EventType.EVACUATION)));
  }

  @Test
  void aPrepositionalUseIsNoEvent() {
    // في مواجهة الحركة
    SentenceView against = s("في/IN/2/case مواجهة/NN/0/root الحركة/DTNN/2/nmod");
    assertTrue(figurative.figurative(against, 1, frame(against, 1, EventType.CLASH)));
    // اندلعت المواجهة في الحي: the noun itself
    SentenceView fight = s("اندلعت/VBD/0/root المواجهة/DTNN/1/nsubj في/IN/4/case الحي/DTNN/1/obl");
    assertFalse(figurative.figurative(fight, 1, frame(fight, 1, EventType.CLASH)));
  }

  @Test
  void wordsThatComeOutAreNoEvacuation() {
    // خرجت تصريحات من المجموعة
    SentenceView words = s("خرجت/VBD/0/root تصريحات/NNS/1/nsubj من/IN/4/case المجموعة/DTNN/1/obl");
    assertTrue(figurative.figurative(words, 0, frame(words, 0, EventType.EVACUATION)));
    // خرجت عائلات من الحي
    SentenceView people = s("خرجت/VBD/0/root عائلات/NNS/1/nsubj من/IN/4/case الحي/DTNN/1/obl");
    assertFalse(figurative.figurative(people, 0, frame(people, 0, EventType.EVACUATION)));
  }

  @Test
  void anAttackOnComputersIsNoArmedEvent() {
    // هجوم على مواقع الويب
    SentenceView web = s("هجوم/NN/0/root على/IN/3/case مواقع/NN/1/nmod الويب/DTNN/3/nmod");
    assertTrue(figurative.figurative(web, 0, frame(web, 0, EventType.CLASH)));
    // تعرضت مواقع الويب لهجوم: what suffered the attack is the subject of تعرضت
    SentenceView suffered = s("تعرضت/VBD/0/root مواقع/NN/1/nsubj الويب/DTNN/2/nmod ل/IN/5/case هجوم/NN/1/obl");
    assertTrue(figurative.figurative(suffered, 4, frame(suffered, 4, EventType.CLASH)));
    // هجوم على مواقع الجيش: military positions are no web sites
    SentenceView posts = s("هجوم/NN/0/root على/IN/3/case مواقع/NN/1/nmod الجيش/DTNN/3/nmod");
    assertFalse(figurative.figurative(posts, 0, frame(posts, 0, EventType.CLASH)));
  }

  @Test
  void aClubStormedIsNoBattleEvenWhenTheParseHangsItLower() {
    // اقتحام دول جديدة النادي النووي: the club hangs on دول
    SentenceView club = s("اقتحام/NN/0/root دول/NN/1/nmod جديدة/JJ/2/amod النادي/DTNN/2/nmod النووي/DTJJ/4/amod");
    assertTrue(figurative.figurative(club, 0, frame(club, 0, EventType.CLASH)));
    // اقتحام قوات الجيش البلدة
    SentenceView town = s("اقتحام/NN/0/root قوات/NN/1/nmod الجيش/DTNN/2/nmod البلدة/DTNN/1/nmod");
    assertFalse(figurative.figurative(town, 0, frame(town, 0, EventType.CLASH)));
  }

  @Test
  void anOfficialWhoAttacksAndGoesOnSpeakingAttacksInWords() {
    // تحدث نائب رئيس المجلس ، وشن هجوما ، وقال : إنهم …
    String spoke = "تحدث/VBD/0/root نائب/NN/1/nsubj رئيس/NN/2/nmod المجلس/DTNN/3/nmod ،/PUNC/1/punct"
        + " و/CC/7/cc شن/VBD/1/conj هجوما/NN/7/obj ،/PUNC/1/punct و/CC/11/cc قال/VBD/1/conj";
    SentenceView v = s(spoke + " :/PUNC/11/punct إن/IN/14/mark هم/PRP/11/ccomp");
    assertTrue(figurative.figurative(v, 7, frame(v, 7, EventType.CLASH)));
    // … وقال مصدر: someone else tells of it
    SentenceView told = s(spoke + " مصدر/NN/11/nsubj");
    assertFalse(figurative.figurative(told, 7, frame(told, 7, EventType.CLASH)));
    // قال المتحدث إن مسلحين شنوا هجوما ، وأضاف: an attack with its own doer, reported
    SentenceView reported = s("قال/VBD/0/root المتحدث/DTNN/1/nsubj إن/IN/5/mark مسلحين/NNS/5/nsubj شنوا/VBD/1/ccomp"
        + " هجوما/NN/5/obj ،/PUNC/5/punct و/CC/9/cc أضاف/VBD/1/conj");
    assertFalse(figurative.figurative(reported, 5, frame(reported, 5, EventType.CLASH)));
  }

  @Test
  void aConfrontationWithProtestersHasNoArmedPartyOnThatSide() {
    // مواجهة مع متظاهرين
    SentenceView v = s("مواجهة/NN/0/root مع/IN/3/case متظاهرين/NNS/1/nmod");
    assertTrue(figurative.figurative(v, 0, withParticipant(frame(v, 0, EventType.CLASH), v, 2)));
    // مواجهة مع متظاهرين مسلحين: armed protesters fight
    SentenceView armed = s("مواجهة/NN/0/root مع/IN/3/case متظاهرين/NNS/1/nmod مسلحين/JJ/3/amod");
    assertFalse(figurative.figurative(armed, 0, withParticipant(frame(armed, 0, EventType.CLASH), armed, 2)));
  }

  private static EventFrame withParticipant(EventFrame f, SentenceView v, int p) {
    Span sp = Span.of(v.text(), v.begin(p), v.end(p));
    EventFrame.Argument a = new EventFrame.Argument(Role.PARTICIPANT, sp, sp, null, null, null, null, null, null, null,
        null, "test");
    return new EventFrame(f.type(), f.trigger(), f.sentenceIndex(), f.triggerNorm(), f.altTriggers(), ImmutableList.of(a),
        f.casualties(), f.count(), f.polarity(), f.modality(), f.claimed(), f.rule());
  }
}
