package org.hadath.events.casualties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.hadath.events.CasualtyKind;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** Victims counted without numerals (GUIDE.md, Quantities), on hand-built sentences (no CoreNLP model). */
class PeopleFiguresTest {
  private final CasualtyLinker linker = new CasualtyLinker(HandSentence.words());

  private List<Casualty> tolls(SentenceView v, int trigger) {
    return CasualtyLinkerTest.strikeTolls(linker, v, trigger);
  }

  @Test
  void passiveVerbsCountTheirSubjects() {
    // قتلت امرأة و أصيبت أخرى ب قصف
    SentenceView v = HandSentence.parse("قتلت/VBN/0/root امرأة/NN/1/nsubj:pass و/CC/4/cc أصيبت/VBN/1/conj"
        + " أخرى/JJ/4/nsubj:pass ب/IN/7/case قصف/NN/4/obl")
        .people(1, 2, 1, 1L).people(4, 5, 1, 1L).build();
    List<Casualty> c = tolls(v, 6);
    assertEquals(2, c.size());
    assertEquals(CasualtyKind.KILLED, c.get(0).kind());
    assertEquals(1, c.get(0).quantity().min());
    assertEquals(CasualtyKind.INJURED, c.get(1).kind());
    assertEquals(1, c.get(1).quantity().max());
  }

  @Test
  void anOtherDescribingAThingCountsNobodyButAfterAVictimWordItIsAPerson() {
    // قضت المدينة ليلة أخرى ب قصف: no toll from أخرى; مقتل امرأة و إصابة أخرى ب قصف: one injured
    SentenceView night = HandSentence.parse("قضت/VBD/0/root المدينة/DTNN/1/nsubj ليلة/NN/2/nmod"
        + " أخرى/JJ/3/amod ب/IN/6/case قصف/NN/1/obl")
        .people(3, 4, 1, 1L).build();
    assertTrue(tolls(night, 5).isEmpty(), () -> tolls(night, 5).toString());
    SentenceView woman = HandSentence.parse("مقتل/NN/0/root امرأة/NN/1/nmod و/CC/4/cc إصابة/NN/1/conj"
        + " أخرى/JJ/4/amod ب/IN/7/case قصف/NN/1/nmod")
        .people(1, 2, 1, 1L).people(4, 5, 1, 1L).build();
    List<Casualty> c = tolls(woman, 6);
    assertTrue(c.stream().anyMatch(x -> x.kind() == CasualtyKind.INJURED && x.quantity().min() == 1), c::toString);
  }

  @Test
  void aCoordinationHoldingANumeralWinsOverIt() {
    // مقتل رجل و 3 أطفال ب غارة: 4, not 3
    SentenceView v = HandSentence.parse("مقتل/NN/0/root رجل/NN/1/nmod و/CC/5/cc 3/CD/5/nummod أطفال/NNS/2/conj"
        + " ب/IN/7/case غارة/NN/1/nmod")
        .quantity(3, 5, 3, 3L, 4, true).people(1, 5, 4, 4L).build();
    List<Casualty> c = tolls(v, 6);
    assertEquals(1, c.size());
    assertEquals(4, c.get(0).quantity().min());
  }

  @Test
  void aCloserNumeralStaysWhenThePhraseDoesNotHoldIt() {
    // مقتل 5 مدنيين ب قصف على منزل رجل
    SentenceView v = HandSentence.parse("مقتل/NN/0/root 5/CD/3/nummod مدنيين/NNS/1/nmod ب/IN/5/case قصف/NN/1/nmod"
        + " على/IN/7/case منزل/NN/5/nmod رجل/NN/7/nmod")
        .quantity(1, 3, 5, 5L, 2, true).people(7, 8, 1, 1L).build();
    List<Casualty> c = tolls(v, 4);
    assertEquals(1, c.size());
    assertEquals(5, c.get(0).quantity().min());
  }

  @Test
  void noPhraseNoNameNoFigure() {
    SentenceView v = HandSentence.parse("قصف/NN/0/root على/IN/3/case القرية/DTNN/1/nmod").build();
    assertNull(PeopleFigures.choose(v, 0, null, PeopleFigures.NONE, i -> false, b -> false));
  }
}
