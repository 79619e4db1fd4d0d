package org.hadath.events.casualties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hadath.events.CasualtyKind;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/**
 * Victim nouns that count themselves (وقوع قتيل = 1، سقوط شهيدين = 2) and the figures two
 * coordinated casualty words do not share, on hand-built sentences (no CoreNLP model).
 */
class VictimNounsTest {
  private final CasualtyLinker linker = new CasualtyLinker(HandSentence.words());

  private List<Casualty> tolls(SentenceView v, int trigger) {
    return CasualtyLinkerTest.strikeTolls(linker, v, trigger);
  }

  private static Casualty of(List<Casualty> cs, CasualtyKind kind) {
    return cs.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
  }

  @Test
  void anIndefiniteSingularVictimNounIsOneVictim() {
    // أسفر القصف عن وقوع قتيل
    SentenceView v = HandSentence.parse("أسفر/VBD/0/root القصف/DTNN/1/nsubj عن/IN/4/case وقوع/NN/1/obl"
        + " قتيل/NN/4/nmod").build();
    List<Casualty> c = tolls(v, 1);
    assertEquals(1, c.size(), c::toString);
    assertEquals(CasualtyKind.KILLED, c.get(0).kind());
    assertEquals(1, c.get(0).quantity().min());
    assertEquals(1L, c.get(0).quantity().max());
  }

  @Test
  void aDefiniteVictimNounNamesSomeoneToldOfAndCountsNobody() {
    // زار القبر الشهيد بعد القصف: the martyr of an earlier day, no toll of this strike
    SentenceView v = HandSentence.parse("زار/VBD/0/root قبر/NN/1/obj الشهيد/DTNN/2/nmod بعد/IN/5/case"
        + " القصف/DTNN/1/obl").build();
    assertTrue(tolls(v, 4).isEmpty(), () -> tolls(v, 4).toString());
  }

  @Test
  void aDualOfDeadBeforeABarePluralOfWoundedKeepsItsOwnFigure() {
    // سقوط شهيدين و جرحى جراء القصف: 2 dead and at least 2 wounded, not "2 dead or wounded"
    SentenceView v = HandSentence.parse("سقوط/NN/0/root شهيدين/NN/1/nmod و/CC/4/cc جرحى/NN/2/conj"
        + " جراء/NN/6/case القصف/DTNN/1/nmod").build();
    List<Casualty> c = tolls(v, 5);
    assertNull(of(c, CasualtyKind.KILLED_OR_INJURED), c::toString);
    assertEquals(2, of(c, CasualtyKind.KILLED).quantity().min());
    assertEquals(2L, of(c, CasualtyKind.KILLED).quantity().max());
    assertEquals(2, of(c, CasualtyKind.INJURED).quantity().min());
    assertNull(of(c, CasualtyKind.INJURED).quantity().max());
  }

  @Test
  void aFigureBetweenTwoCasualtyVerbsCountsTheFirstOnly() {
    // قتل الطفل و أصيبت والدته ب قصف: the child is the dead; the mother is not counted here
    SentenceView v = HandSentence.parse("قتل/VBN/0/root الطفل/DTNN/1/nsubj:pass و/CC/4/cc أصيبت/VBN/1/conj"
        + " ب/IN/6/case قصف/NN/1/obl").people(1, 2, 1, 1L).build();
    List<Casualty> c = tolls(v, 5);
    assertNull(of(c, CasualtyKind.KILLED_OR_INJURED), c::toString);
    assertEquals(1, of(c, CasualtyKind.KILLED).quantity().min());
  }

  @Test
  void aFigureAfterBothWordsIsStillShared() {
    // قتل و أصيب 5 مدنيين ب قصف
    SentenceView v = HandSentence.parse("قتل/VBN/0/root و/CC/3/cc أصيب/VBN/1/conj 5/CD/5/nummod"
        + " مدنيين/NNS/3/nsubj:pass ب/IN/7/case قصف/NN/1/obl").quantity(3, 5, 5, 5L, 4, true).build();
    List<Casualty> c = tolls(v, 6);
    assertEquals(1, c.size(), c::toString);
    assertEquals(CasualtyKind.KILLED_OR_INJURED, c.get(0).kind());
    assertEquals(5, c.get(0).quantity().min());
  }
}
