package org.hadath.events.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.events.EventRules.TriggerRule;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.triggers.Trigger;
import org.junit.jupiter.api.Test;

/** Which reporters of a sentence report which mention: hand-built parses, no CoreNLP model. */
class ReportScopeTest {
  private final ReportScope scope = new ReportScope(HandSentence.words());

  private static Trigger trigger(int token, EventType type) {
    return new Trigger(token, new TriggerRule(type, type + "_N", Pattern.compile(".*"), List.of(), "test"));
  }

  private static Candidate source(SentenceView v, int h, String rule) {
    return new Candidate(Role.SOURCE, h, v.span(h, h + 1), v.span(h, h + 1), rule);
  }

  private List<String> reporters(SentenceView v, int tok, EventType type, List<Candidate> sources) {
    return scope.sourcesFor(v, trigger(tok, type), sources).stream().map(c -> c.span().text()).toList();
  }

  @Test
  void eachOfTwoReportsReportsItsOwnMention() {
    // أعلنت السرية قنص عنصرين و أعلنت الهيئة قصف مواقع
    SentenceView v = HandSentence.parse("أعلنت/VBD/0/root السرية/DTNN/1/nsubj قنص/NN/1/obj عنصرين/NN/3/nmod"
        + " و/CC/6/cc أعلنت/VBD/1/conj الهيئة/DTNN/6/nsubj قصف/NN/6/obj مواقع/NNS/8/nmod")
        .actor(6, 7, "hts", ActorCategory.REBEL_GROUP).build();
    List<Candidate> sources = List.of(source(v, 1, "source:report-subject"), source(v, 6, "source:report-subject"));
    assertEquals(List.of("السرية"), reporters(v, 2, EventType.CLASH, sources));
    assertEquals(List.of("الهيئة"), reporters(v, 7, EventType.STRIKE, sources));
  }

  @Test
  void aMentionToldBeforeAReportWithItsOwnClauseIsNotItsOwn() {
    // قصفت الطائرات البلدة أمس و ذكر المرصد أن القصف أسفر عن قتلى
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj البلدة/DTNN/1/obj أمس/NN/1/obl"
        + " و/CC/6/cc ذكر/VBD/1/conj المرصد/DTNN/6/nsubj أن/IN/10/mark القصف/DTNN/10/nsubj أسفر/VBD/6/ccomp"
        + " عن/IN/12/case قتلى/NN/10/obl").actor(6, 7, "sohr", ActorCategory.MEDIA_MONITOR).build();
    List<Candidate> sources = List.of(source(v, 6, "source:report-subject"));
    assertEquals(List.of(), reporters(v, 0, EventType.STRIKE, sources));
    assertEquals(List.of("المرصد"), reporters(v, 8, EventType.STRIKE, sources));
  }

  @Test
  void reportersWithoutAVerbReportEveryMention() {
    // قصفت الطائرات البلدة بحسب المرصد
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj البلدة/DTNN/1/obj"
        + " بحسب/IN/5/case المرصد/DTNN/1/obl").build();
    assertEquals(List.of("المرصد"), reporters(v, 0, EventType.STRIKE, List.of(source(v, 4, "source:according-to"))));
  }
}
