package org.hadath.events.casualties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeSet;
import java.util.ArrayList;
import java.util.List;
import org.hadath.events.CasualtyKind;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.EventFrame.Quantity;
import org.hadath.events.EventType;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** Tolls told in the sentence after their event, on hand-built sentences (no CoreNLP model). */
class FollowingTollsTest {
  private final FollowingTolls carrier = new FollowingTolls(HandSentence.words());

  /** قصفت الطائرات القرية . */
  private static SentenceView strikeSentence() {
    return HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj القرية/DTNN/1/obj ./PUNC/1/punct").build();
  }

  private static EventFrame strike(SentenceView v, Casualty... tolls) {
    return new EventFrame(EventType.STRIKE, v.span(0, 1), 0, v.key(0), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.copyOf(tolls), null, Polarity.POSITIVE, Modality.ASSERTED, false, "test");
  }

  /** The first sentence's frame after carrying the second sentence's tolls to it. */
  private EventFrame carried(SentenceView first, EventFrame frame, SentenceView second, String between) {
    List<List<EventFrame>> frames = new ArrayList<>();
    frames.add(new ArrayList<>(List.of(frame)));
    frames.add(new ArrayList<>());
    // the hand-built views each start at offset 0: the text between them is the text before the second
    carrier.carry(List.of(first, second), frames, between, ImmutableRangeSet.of());
    return frames.get(0).get(0);
  }

  @Test
  void aResultSentenceGivesItsTollToTheStrikeBefore() {
    // و أدى ذلك إلى مقتل 12 مدنيا
    SentenceView first = strikeSentence();
    SentenceView next = HandSentence.parse("و/CC/2/cc أدى/VBD/0/root ذلك/DT/2/nsubj إلى/IN/5/case مقتل/NN/2/obl"
        + " 12/CD/7/nummod مدنيا/NN/5/nmod").index(1).quantity(5, 7, 12, 12L, 6, true).build();
    EventFrame f = carried(first, strike(first), next, "");
    assertEquals(1, f.casualties().size());
    assertEquals(CasualtyKind.KILLED, f.casualties().get(0).kind());
    assertEquals(12, f.casualties().get(0).quantity().min());
    assertTrue(f.casualties().get(0).rule().endsWith("+next"));
  }

  @Test
  void aRunningTotalReplacesTheFigureOfItsKind() {
    // و ارتفع عدد القتلى إلى 9: the strike had 5 killed
    SentenceView first = strikeSentence();
    SentenceView next = HandSentence.parse("و/CC/2/cc ارتفع/VBD/0/root عدد/NN/2/nsubj القتلى/DTNN/3/nmod"
        + " إلى/IN/6/case 9/CD/2/obl").index(1).quantity(5, 6, 9, 9L, -1, false).build();
    Casualty five = new Casualty(CasualtyKind.KILLED, new Quantity(5, 5L, false, first.span(2, 3)), null, "test");
    EventFrame f = carried(first, strike(first, five), next, "");
    assertEquals(1, f.casualties().size());
    assertEquals(9, f.casualties().get(0).quantity().min());
  }

  @Test
  void aSentenceSettingItsOwnSceneKeepsItsToll() {
    SentenceView first = strikeSentence();
    // و مع تواصل المعارك ، قتل 3 مدنيين: another story
    SentenceView scene = HandSentence.parse("و/CC/6/cc مع/NN/3/case تواصل/NN/6/obl المعارك/DTNN/3/nmod"
        + " ،/PUNC/6/punct قتل/VBN/0/root 3/CD/8/nummod مدنيين/NNS/6/nsubj:pass").index(1)
        .quantity(6, 8, 3, 3L, 7, true).build();
    assertTrue(carried(first, strike(first), scene, "").casualties().isEmpty());
    // و قتل 3 مدنيين: the toll opens the sentence
    SentenceView toll = HandSentence.parse("و/CC/2/cc قتل/VBN/0/root 3/CD/4/nummod مدنيين/NNS/2/nsubj:pass")
        .index(1).quantity(2, 4, 3, 3L, 3, true).build();
    assertEquals(1, carried(first, strike(first), toll, "").casualties().size());
  }

  @Test
  void aStrikeNamedAgainAfterADemonstrativePointsBack() {
    // و أسفر هذا القصف عن مقتل 3 مدنيين: the strike before, named again (tolls3)
    SentenceView first = strikeSentence();
    SentenceView next = HandSentence.parse("و/CC/2/cc أسفر/VBD/0/root هذا/DT/2/nsubj القصف/DTNN/3/nmod"
        + " عن/IN/6/case مقتل/NN/2/obl 3/CD/8/nummod مدنيين/NNS/6/nmod").index(1)
        .quantity(6, 8, 3, 3L, 7, true).build();
    EventFrame f = carried(first, strike(first), next, "");
    assertEquals(1, f.casualties().size());
    assertEquals(3, f.casualties().get(0).quantity().min());
  }

  @Test
  void killersNamedMakeANewEvent() {
    // و قتل مسلحون شابا: a killing with its killers is no toll of the strike before
    SentenceView first = strikeSentence();
    SentenceView next = HandSentence.parse("و/CC/2/cc قتل/VBD/0/root مسلحون/NNS/2/nsubj شابا/NN/2/obj")
        .index(1).people(3, 4, 1, 1L).build();
    assertTrue(carried(first, strike(first), next, "").casualties().isEmpty());
  }
}
