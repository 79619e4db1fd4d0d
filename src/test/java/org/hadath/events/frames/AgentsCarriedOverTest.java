package org.hadath.events.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.events.EventFrame;
import org.hadath.events.EventType;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** A strike verb told without subject goes on with the doer before it (hand-built parses, no model). */
class AgentsCarriedOverTest {
  private final AgentsCarriedOver carried = new AgentsCarriedOver(HandSentence.words());

  private static EventFrame frame(SentenceView v, int tok, EventFrame.Argument... args) {
    return new EventFrame(EventType.STRIKE, v.span(tok, tok + 1), v.index(), v.key(tok), ImmutableList.of(),
        ImmutableList.copyOf(args), ImmutableList.of(), null, Polarity.POSITIVE, Modality.ASSERTED, false, "test");
  }

  private static EventFrame.Argument agent(Span s) {
    return new EventFrame.Argument(Role.AGENT, s, s, "tr", null, null, null, null, null, null, null, "test");
  }

  private static List<String> agents(EventFrame f) {
    return f.arguments(Role.AGENT).stream().map(a -> a.span().text()).toList();
  }

  @Test
  void theDoerGoesOnToAVerbWithoutSubject() {
    // قصف الجيش القرية ثم استهدف بالطائرات المسيرة منازل المدنيين
    SentenceView v = HandSentence.parse("قصف/VBD/0/root الجيش/DTNN/1/nsubj القرية/DTNN/1/obj ثم/CC/5/cc"
        + " استهدف/VBD/1/conj ب/IN/7/case الطائرات/DTNNS/5/obl المسيرة/DTNN/5/nsubj منازل/NN/5/obj"
        + " المدنيين/DTNNS/9/nmod").actor(1, 2, "tr", ActorCategory.FOREIGN_FORCE).build();
    List<List<EventFrame>> frames = new ArrayList<>();
    frames.add(List.of(frame(v, 0, agent(v.span(1, 2))), frame(v, 4)));
    carried.fill(List.of(v), frames);
    assertEquals(List.of("الجيش"), agents(frames.get(0).get(1)));
  }

  @Test
  void aVerbWithASubjectOfItsOwnKeepsIt() {
    // قصف الجيش القرية ثم استهدفت طائرة مسيرة سيارة
    SentenceView v = HandSentence.parse("قصف/VBD/0/root الجيش/DTNN/1/nsubj القرية/DTNN/1/obj ثم/CC/5/cc"
        + " استهدفت/VBD/1/conj طائرة/NN/5/nsubj مسيرة/JJ/6/amod سيارة/NN/5/obj")
        .actor(1, 2, "tr", ActorCategory.FOREIGN_FORCE).build();
    List<List<EventFrame>> frames = new ArrayList<>();
    frames.add(List.of(frame(v, 0, agent(v.span(1, 2))), frame(v, 4)));
    carried.fill(List.of(v), frames);
    assertEquals(List.of(), agents(frames.get(0).get(1)));
  }
}
