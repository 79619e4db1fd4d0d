package org.hadath.events.casualties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeSet;
import java.util.ArrayList;
import java.util.List;
import org.hadath.events.CasualtyKind;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.EventFrame.Quantity;
import org.hadath.events.EventType;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.Role;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** A placeless headline's toll carried to the lead's strike, on hand-built sentences (no CoreNLP model). */
class HeadlineTollsTest {
  /** مسيرة تقتل شابين: the headline (the aircraft at token 0 is the strike). */
  private static final SentenceView HEADLINE =
      HandSentence.parse("مسيرة/NN/2/nsubj تقتل/VBP/0/root شابين/NNS/2/obj").build();
  /** قصفت طائرة مسيرة بلدة سراقب: the lead, with the place. */
  private static final SentenceView LEAD = HandSentence.parse(
      "قصفت/VBD/0/root طائرة/NN/1/nsubj مسيرة/NN/2/nmod بلدة/NN/1/obj سراقب/NNP/4/nmod").index(1).build();

  private static EventFrame strike(SentenceView v, List<Argument> args, Casualty... tolls) {
    return new EventFrame(EventType.STRIKE, v.span(0, 1), v.index(), v.key(0), ImmutableList.of(),
        ImmutableList.copyOf(args), ImmutableList.copyOf(tolls), null, Polarity.POSITIVE, Modality.ASSERTED, false,
        "test");
  }

  private static Argument town(SentenceView v, int from) {
    return new Argument(Role.TARGET, v.span(from, from + 2), v.span(from + 1, from + 2), null, null, null, null,
        null, null, null, null, "test");
  }

  private static Casualty killed(SentenceView v, long n) {
    return new Casualty(CasualtyKind.KILLED, new Quantity(n, n, false, v.span(2, 3)), null, "casualty:quantity");
  }

  /** The lead's frame after carrying, the headline's frame given, in a document whose text is {@code text}. */
  private static EventFrame carried(String text, EventFrame headline, EventFrame lead) {
    List<List<EventFrame>> frames = new ArrayList<>();
    frames.add(new ArrayList<>(List.of(headline)));
    frames.add(new ArrayList<>(List.of(lead)));
    HeadlineTolls.carry(List.of(HEADLINE, LEAD), frames, text, ImmutableRangeSet.of());
    return frames.get(1).get(0);
  }

  private static String document(String afterHeadline) {
    return HEADLINE.text() + afterHeadline + "قصفت طائرة مسيرة بلدة سراقب";
  }

  @Test
  void aPlacelessHeadlinesTollGoesToTheLeadsStrike() {
    EventFrame lead = carried(document("\n\n"), strike(HEADLINE, List.of(), killed(HEADLINE, 2)),
        strike(LEAD, List.of(town(LEAD, 3))));
    assertEquals(1, lead.casualties().size());
    Casualty c = lead.casualties().get(0);
    assertEquals(CasualtyKind.KILLED, c.kind());
    assertEquals(2, c.quantity().min());
    assertEquals("casualty:quantity" + HeadlineTolls.RULE_SUFFIX, c.rule());
  }

  @Test
  void noTollIsCarriedFromASentenceInARunningParagraphOrFromAHeadlineWithAPlace() {
    EventFrame fromParagraph = carried(document(" "), strike(HEADLINE, List.of(), killed(HEADLINE, 2)),
        strike(LEAD, List.of(town(LEAD, 3))));
    assertTrue(fromParagraph.casualties().isEmpty());
    EventFrame fromPlacedHeadline = carried(document("\n"),
        strike(HEADLINE, List.of(town(HEADLINE, 1)), killed(HEADLINE, 2)), strike(LEAD, List.of(town(LEAD, 3))));
    assertTrue(fromPlacedHeadline.casualties().isEmpty());
  }

  @Test
  void aLeadThatCountsItsOwnDeadKeepsItsFigure() {
    EventFrame lead = carried(document("\n"), strike(HEADLINE, List.of(), killed(HEADLINE, 2)),
        strike(LEAD, List.of(town(LEAD, 3)), killed(LEAD, 3)));
    assertEquals(1, lead.casualties().size());
    assertEquals(3, lead.casualties().get(0).quantity().min());
  }

  @Test
  void aWholeLineIsOneBetweenLineBreaksOrTheTextsEnds() {
    assertTrue(HeadlineTolls.lineOfItsOwn("عنوان\nنص", 0, 5));
    assertTrue(HeadlineTolls.lineOfItsOwn("نص\n  عنوان  \nنص", 5, 10));
    assertEquals(false, HeadlineTolls.lineOfItsOwn("عنوان. نص", 0, 6));
  }
}
