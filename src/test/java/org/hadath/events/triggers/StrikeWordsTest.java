package org.hadath.events.triggers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hadath.events.EventType;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/**
 * The packaged STRIKE rules for strikes told by their aircraft or their debris (issue #17,
 * strikes5): an aircraft that kills, the debris of a missile that falls, a warplane named by
 * its adjective alone. Hand-built sentences; no CoreNLP model is loaded.
 */
class StrikeWordsTest {

  private static List<Trigger> find(SentenceView v) {
    return new TriggerFinder(HandSentence.words()).find(v, List.of(v));
  }

  /** The token of the only trigger found, after checking it is a STRIKE. */
  private static int onlyStrike(SentenceView v) {
    List<Trigger> found = find(v);
    assertEquals(1, found.size(), "one mention");
    assertEquals(EventType.STRIKE, found.get(0).rule().type());
    return found.get(0).token();
  }

  @Test
  void anAircraftThatKillsIsAStrike() {
    // مسيرة تركية تقتل شابين قرب البلدة
    SentenceView v = HandSentence.parse("مسيرة/NN/3/nsubj تركية/JJ/1/amod تقتل/VBP/0/root شابين/NNS/3/obj"
        + " قرب/NN/6/case البلدة/DTNN/3/obl").build();
    assertEquals(0, onlyStrike(v));
    // طيران النظام يودي بحياة مسن
    SentenceView lives = HandSentence.parse("طيران/NN/3/nsubj النظام/DTNN/1/nmod يودي/VBP/0/root ب/IN/5/case"
        + " حياة/NN/3/obl مسن/NN/5/nmod").build();
    assertEquals(0, onlyStrike(lives));
  }

  @Test
  void anAircraftIsNoMentionWhenAStrikeWordTellsTheStrikeOrWhenItDoesNotKill() {
    // الطيران قتل 12 مسلحاً في غارات: the raids are the mention
    SentenceView raids = HandSentence.parse("الطيران/DTNN/2/nsubj قتل/VBD/0/root 12/CD/4/nummod مسلحا/NN/2/obj"
        + " في/IN/6/case غارات/NNS/2/obl").build();
    assertEquals(5, onlyStrike(raids));
    // تحطم طائرة تدريب يقتل طيارين: the aircraft is not the killer, its crash is
    SentenceView crash = HandSentence.parse("تحطم/NN/4/nsubj طائرة/NN/1/nmod تدريب/NN/2/nmod يقتل/VBP/0/root"
        + " طيارين/NNS/4/obj").build();
    assertEquals(List.of(), find(crash));
    // حلقت طائرة مسيرة فوق المدينة
    SentenceView flight = HandSentence.parse("حلقت/VBD/0/root طائرة/NN/1/nsubj مسيرة/NN/2/nmod فوق/NN/5/case"
        + " المدينة/DTNN/1/obl").build();
    assertEquals(List.of(), find(flight));
  }

  @Test
  void theDebrisOfAFallingMissileIsAStrikeButOtherRubbleIsNot() {
    // سقوط بقايا صاروخ في محيط البلدة
    SentenceView missile = HandSentence.parse("سقوط/NN/0/root بقايا/NN/1/nmod صاروخ/NN/2/nmod في/IN/5/case"
        + " محيط/NN/1/nmod البلدة/DTNN/5/nmod").build();
    assertEquals(1, onlyStrike(missile));
    // سقوط حطام المبنى على المارة
    SentenceView building = HandSentence.parse("سقوط/NN/0/root حطام/NN/1/nmod المبنى/DTNN/2/nmod على/IN/5/case"
        + " المارة/DTNN/1/nmod").build();
    assertEquals(List.of(), find(building));
  }

  @Test
  void aWarplaneNamedByItsAdjectiveAloneMakesAMassacreAStrike() {
    // مجزرة في المدينة بعد استهدافها بالحربي
    SentenceView warplane = HandSentence.parse("مجزرة/NN/0/root في/IN/3/case المدينة/DTNN/1/nmod بعد/NN/5/case"
        + " استهداف/NN/1/nmod ب/IN/7/case الحربي/DTJJ/5/nmod").build();
    assertEquals(0, onlyStrike(warplane));
    // مجزرة في المدينة بالسلاح الأبيض: no aircraft, no artillery, no strike
    SentenceView knives = HandSentence.parse("مجزرة/NN/0/root في/IN/3/case المدينة/DTNN/1/nmod ب/IN/5/case"
        + " السلاح/DTNN/1/nmod الأبيض/DTJJ/5/amod").build();
    assertEquals(List.of(), find(knives));
  }
}
