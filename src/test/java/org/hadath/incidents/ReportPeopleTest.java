package org.hadath.incidents;

import static org.hadath.incidents.Frames.ARIHA;
import static org.hadath.incidents.Frames.ariha;
import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.frameless;
import static org.hadath.incidents.Frames.sarmin;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hadath.events.DocumentEvents;
import org.hadath.events.Span;
import org.junit.jupiter.api.Test;

/**
 * Reports that name one victim tell of one incident ({@link ReportNote#sharesPerson}): hand-made
 * reports naming invented people.
 */
class ReportPeopleTest {

  private final IncidentOptions opts = IncidentOptions.defaults();

  /** {@code d} giving the names {@code people}. */
  private static DocumentEvents naming(DocumentEvents d, String... people) {
    ImmutableList<Span> spans = Arrays.stream(people).map(p -> new Span(p, 100, 100 + p.length()))
        .collect(ImmutableList.toImmutableList());
    return new DocumentEvents(d.docId(), d.events(), d.sentences(), d.tokens(), d.parseStatus(), d.sentenceSpans(),
        d.documentDate(), d.reportPlaces(), spans);
  }

  private static Set<Set<String>> groups(List<Incident> out) {
    return out.stream().map(Incident::reports).map(Set::copyOf).collect(Collectors.toSet());
  }

  @Test
  void reportsNamingOneVictimAtTwoPlacesAreOneIncident() {
    // one outlet hangs the strike on سرمين, another on أريحا, 12 km away: both name the dead boy
    DocumentEvents a = naming(doc("a", "2024-03-12", sarmin(strike()).killed(1, 1L)), "سامر خليل العبدو");
    DocumentEvents b = naming(doc("b", "2024-03-12", ariha(strike()).killed(1, 1L)), "سامر العبدو");
    assertEquals(Set.of(Set.of("a", "b")), groups(IncidentBuilder.build(List.of(a, b), opts)));
    // without the name, two places are two incidents
    assertEquals(Set.of(Set.of("a"), Set.of("b")), groups(IncidentBuilder.build(List.of(a,
        doc("b", "2024-03-12", ariha(strike()).killed(1, 1L))), opts)));
    // another person of the same given name is no one in common
    DocumentEvents c = naming(doc("c", "2024-03-12", ariha(strike()).killed(1, 1L)), "سامر يوسف");
    assertEquals(Set.of(Set.of("a"), Set.of("c")), groups(IncidentBuilder.build(List.of(a, c), opts)));
  }

  @Test
  void aFramelessReportNamingTheDeadJoinsTheirRecordWhateverItsPlaces() {
    DocumentEvents a = naming(doc("a", "2024-03-12", sarmin(strike()).killed(2, 2L)), "هند يوسف", "ماهر سعيد");
    DocumentEvents notice = naming(frameless("notice", "2024-03-13", ARIHA), "ماهر سعيد الحسن");
    assertEquals(Set.of(Set.of("a", "notice")), groups(IncidentBuilder.build(List.of(a, notice), opts)));
    // an undated one too
    DocumentEvents undated = naming(frameless("undated", null), "هند يوسف");
    assertEquals(Set.of(Set.of("a", "undated")), groups(IncidentBuilder.build(List.of(a, undated), opts)));
    // but not a week later: a name recurs
    DocumentEvents late = naming(frameless("late", "2024-03-20", ARIHA), "ماهر سعيد");
    assertFalse(groups(IncidentBuilder.build(List.of(a, late), opts)).contains(Set.of("a", "late")));
  }

  @Test
  void undatedReportsWithoutFramesNamingOnePersonAreOneIncident() {
    List<Incident> out = IncidentBuilder.build(List.of(
        naming(frameless("post-1", null, ARIHA), "عبد العزيز خليل المحمد"),
        naming(frameless("post-2", null), "عبد العزيز المحمد"),
        naming(frameless("post-3", null), "عبد العزيز يوسف")), opts);
    assertEquals(Set.of(Set.of("post-1", "post-2")), groups(out), "one person; a namesake stays alone");
    assertTrue(out.get(0).notesOnly());
  }

  @Test
  void aReportSharesItsNamesWithOthersOnly() {
    ReportNote names = ReportNote.named(naming(frameless("a", "2024-03-12"), "ماهر سعيد", "عبد الكريم حسون"), null);
    assertTrue(names.sharesPerson(ReportNote.named(naming(frameless("b", null), "عبد الكريم محمد حسون"), null)));
    assertFalse(names.sharesPerson(names), "a report shares nothing with itself");
    assertFalse(names.sharesPerson(ReportNote.named(frameless("c", null), null)), "a report naming no one");
  }
}
