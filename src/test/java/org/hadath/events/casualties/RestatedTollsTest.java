package org.hadath.events.casualties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
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

/** Tolls told with their event named again, on hand-built sentences (no CoreNLP model). */
class RestatedTollsTest {
  private final RestatedTolls carrier = new RestatedTolls(HandSentence.words());

  /** قصفت الطائرات بلدة سراقب . */
  private static SentenceView strikeSentence() {
    return HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj بلدة/NN/1/obj سراقب/NNP/3/nmod ./PUNC/1/punct")
        .build();
  }

  /** و أسفر القصف عن مقتل مدنيين اثنين, as the second sentence of a document (trigger القصف at token 2). */
  private static SentenceView restating(String verb) {
    return HandSentence.parse("و/CC/2/cc " + verb + "/VBD/0/root القصف/DTNN/2/nsubj عن/IN/5/case مقتل/NN/2/obl"
        + " مدنيين/NNS/5/nmod اثنين/CD/6/nummod").index(1).build();
  }

  private static EventFrame frame(EventType type, SentenceView v, int tok, List<Argument> args, Casualty... tolls) {
    return new EventFrame(type, v.span(tok, tok + 1), v.index(), v.key(tok), ImmutableList.of(),
        ImmutableList.copyOf(args), ImmutableList.copyOf(tolls), null, Polarity.POSITIVE, Modality.ASSERTED, false,
        "test");
  }

  private static Argument target(SentenceView v) {
    return new Argument(Role.TARGET, v.span(2, 4), v.span(2, 3), null, null, null, null, null, null, null, null,
        "test");
  }

  private static Casualty killed(SentenceView v, long n) {
    return new Casualty(CasualtyKind.KILLED, new Quantity(n, n, false, v.span(0, 1)), null, "test");
  }

  /** The first sentence's frame after carrying the second sentence's restated toll to it. */
  private EventFrame carried(SentenceView first, EventFrame host, SentenceView second, EventFrame restater) {
    List<List<EventFrame>> frames = new ArrayList<>();
    frames.add(new ArrayList<>(List.of(host)));
    frames.add(new ArrayList<>(List.of(restater)));
    carrier.carry(List.of(first, second), frames);
    return frames.get(0).get(0);
  }

  @Test
  void theEventNamedAgainGetsItsToll() {
    SentenceView first = strikeSentence();
    SentenceView second = restating("أسفر");
    EventFrame f = carried(first, frame(EventType.STRIKE, first, 0, List.of(target(first))),
        second, frame(EventType.STRIKE, second, 2, List.of(), killed(second, 2)));
    assertEquals(1, f.casualties().size());
    assertEquals(CasualtyKind.KILLED, f.casualties().get(0).kind());
    assertEquals(2, f.casualties().get(0).quantity().min());
    assertTrue(f.casualties().get(0).rule().endsWith("+restated"));
  }

  @Test
  void aFigureOfTheKindIsKeptUnlessARunningTotalUpdatesIt() {
    SentenceView first = strikeSentence();
    EventFrame host = frame(EventType.STRIKE, first, 0, List.of(target(first)), killed(first, 1));
    SentenceView told = restating("أسفر");
    EventFrame kept = carried(first, host, told, frame(EventType.STRIKE, told, 2, List.of(), killed(told, 2)));
    assertEquals(1, kept.casualties().get(0).quantity().min());
    // و ارتفع القصف …: a running-total word makes the restated figure the event's new one
    SentenceView total = restating("ارتفع");
    EventFrame updated = carried(first, host, total, frame(EventType.STRIKE, total, 2, List.of(), killed(total, 2)));
    assertEquals(2, updated.casualties().get(0).quantity().min());
  }

  @Test
  void theEventOfARunningTotalIsNamedAgainEvenWithAPlaceInItsSentence() {
    SentenceView first = strikeSentence();
    EventFrame host = frame(EventType.STRIKE, first, 0, List.of(target(first)), killed(first, 1));
    SentenceView total = restating("ارتفع");
    Argument elsewhere = new Argument(Role.LOCATION, total.span(5, 6), total.span(5, 6), null, null, null, null,
        null, null, null, null, "test");
    EventFrame updated = carried(first, host, total,
        frame(EventType.STRIKE, total, 2, List.of(elsewhere), killed(total, 3)));
    assertEquals(3, updated.casualties().get(0).quantity().min());
  }

  @Test
  void aPlacedMentionOrAnotherTypeIsNoRestatement() {
    SentenceView first = strikeSentence();
    SentenceView second = restating("أسفر");
    // the second mention names its own place: its own event
    Argument own = new Argument(Role.LOCATION, second.span(5, 6), second.span(5, 6), null, null, null, null, null,
        null, null, null, "test");
    assertTrue(carried(first, frame(EventType.STRIKE, first, 0, List.of(target(first))),
        second, frame(EventType.STRIKE, second, 2, List.of(own), killed(second, 2))).casualties().isEmpty());
    // the event before is a clash: a strike named again is not it
    assertTrue(carried(first, frame(EventType.CLASH, first, 0, List.of(target(first))),
        second, frame(EventType.STRIKE, second, 2, List.of(), killed(second, 2))).casualties().isEmpty());
    // the event before names no place: nothing to tie the toll to
    assertTrue(carried(first, frame(EventType.STRIKE, first, 0, List.of()),
        second, frame(EventType.STRIKE, second, 2, List.of(), killed(second, 2))).casualties().isEmpty());
  }
}
