package org.hadath.events.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.time.DocumentDate;
import org.hadath.events.EventFrame;
import org.hadath.events.EventType;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.junit.jupiter.api.Test;

/** A post's stamp as the TIME of its events that have none (no CoreNLP model). */
class PostStampTimesTest {
  // an invented post: the account, its stamp, then the text
  private static final String TEXT = "شبكة الرصد March 3, 2025 · Shared with Public قصف مدفعي على القرية اليوم";

  private static EventFrame frame(String trigger, Span... times) {
    int at = TEXT.indexOf(trigger);
    List<EventFrame.Argument> args = new ArrayList<>();
    for (Span t : times) {
      args.add(new EventFrame.Argument(Role.TIME, t, t, null, null, null, null, null, null, null, null, "test"));
    }
    return new EventFrame(EventType.STRIKE, Span.of(TEXT, at, at + trigger.length()), 0, trigger,
        ImmutableList.of(), ImmutableList.copyOf(args), ImmutableList.of(), null, Polarity.POSITIVE,
        Modality.ASSERTED, false, "test");
  }

  private static List<List<EventFrame>> frames(EventFrame... fs) {
    List<List<EventFrame>> out = new ArrayList<>();
    out.add(new ArrayList<>(List.of(fs)));
    return out;
  }

  @Test
  void theStampDatesAnEventWithoutTime() {
    int b = TEXT.indexOf("March");
    DocumentDate stamp = new DocumentDate(LocalDate.of(2025, 3, 3), DocumentDate.Source.POST_STAMP, b, b + 13);
    List<List<EventFrame>> fs = frames(frame("قصف"));
    PostStampTimes.fill(TEXT, stamp, fs);
    EventFrame.Argument time = fs.get(0).get(0).arguments(Role.TIME).get(0);
    assertEquals("March 3, 2025", time.span().text());
    assertEquals("2025-03-03", time.time());
    assertEquals(PostStampTimes.RULE, time.rule());
  }

  @Test
  void anEventWithItsOwnTimeOrAPageDateIsLeftAsItIs() {
    int b = TEXT.indexOf("March");
    int t = TEXT.indexOf("اليوم");
    DocumentDate stamp = new DocumentDate(LocalDate.of(2025, 3, 3), DocumentDate.Source.POST_STAMP, b, b + 13);
    List<List<EventFrame>> own = frames(frame("قصف", Span.of(TEXT, t, t + 5)));
    PostStampTimes.fill(TEXT, stamp, own);
    assertEquals(List.of("اليوم"), own.get(0).get(0).arguments(Role.TIME).stream().map(a -> a.span().text()).toList());
    DocumentDate page = new DocumentDate(LocalDate.of(2025, 3, 3), DocumentDate.Source.DATELINE, b, b + 13);
    List<List<EventFrame>> dated = frames(frame("قصف"));
    PostStampTimes.fill(TEXT, page, dated);
    assertEquals(0, dated.get(0).get(0).arguments(Role.TIME).size());
  }
}
