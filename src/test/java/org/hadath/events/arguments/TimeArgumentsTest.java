package org.hadath.events.arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.events.EventRules.TriggerRule;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.triggers.Trigger;
import org.junit.jupiter.api.Test;

/** How time expressions become TIME arguments: hand-built parses, no CoreNLP model. */
class TimeArgumentsTest {
  private static Trigger trigger(int token) {
    return new Trigger(token, new TriggerRule(EventType.STRIKE, "STRIKE_V", Pattern.compile(".*"), List.of(), "test"));
  }

  private static List<String> times(SentenceView v, int tok) {
    Trigger t = trigger(tok);
    Map<Trigger, List<Candidate>> args = new LinkedHashMap<>();
    args.put(t, new ArrayList<>());
    TimeArguments.assign(v, List.of(t), args);
    return args.get(t).stream().filter(c -> c.role() == Role.TIME).map(c -> c.span().text()).toList();
  }

  @Test
  void aWeekdayAndItsDateAreOneTime() {
    // قصفت الطائرات صباح اليوم الأربعاء 8 أيلول البلدة
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj صباح/NN/1/obl اليوم/DTNN/3/nmod"
        + " الأربعاء/DTNN/4/nmod 8/CD/7/nummod أيلول/NNP/3/nmod البلدة/DTNN/1/obj")
        .time(2, 5, "2021-09-08").time(5, 7, "2021-09-08").build();
    assertEquals(List.of("صباح اليوم الأربعاء 8 أيلول"), times(v, 0));
  }

  @Test
  void timesJoinedOverOneCommaButNotOverWords() {
    // قصفت الطائرات اليوم ، الاثنين البلدة ثم أمس القرية
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj اليوم/DTNN/1/obl ،/PUNC/5/punct"
        + " الاثنين/DTNN/3/nmod البلدة/DTNN/1/obj ثم/CC/8/cc أمس/NN/1/obl القرية/DTNN/1/obj")
        .time(2, 3, "2022-11-14").time(4, 5, "2022-11-14").time(7, 8, "2022-11-13").build();
    assertEquals(List.of("اليوم ، الاثنين", "أمس"), times(v, 0));
  }

  @Test
  void aTimeWordInsideAQuotedNameDatesNothing() {
    // قال مراسل قناة “ حلب اليوم ” إن الطائرات قصفت البلدة
    SentenceView v = HandSentence.parse("قال/VBD/0/root مراسل/NN/1/nsubj قناة/NN/2/nmod “/PUNC/5/punct"
        + " حلب/NNP/3/nmod اليوم/DTNN/5/nmod ”/PUNC/5/punct إن/IN/10/mark الطائرات/DTNNS/10/nsubj"
        + " قصفت/VBD/1/ccomp البلدة/DTNN/10/obj")
        .actor(2, 7, "halab-today", ActorCategory.MEDIA_MONITOR).time(5, 6, "2024-01-01").build();
    assertEquals(List.of(), times(v, 9));
  }

  @Test
  void aClockTimeIsATimeApartFromItsDay() {
    // قصفت الطائرات عند الساعة 11.00 ، مساء أمس البلدة
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj عند/IN/4/case الساعة/DTNN/1/obl"
        + " 11.00/CD/4/nummod ،/PUNC/7/punct مساء/NN/1/obl أمس/NN/7/nmod البلدة/DTNN/1/obj")
        .clock(3, 5).time(6, 8, "2024-03-01").build();
    assertEquals(List.of("الساعة 11.00", "مساء أمس"), times(v, 0));
  }
}
