package org.hadath.incidents;

import static org.hadath.incidents.Frames.ARIHA;
import static org.hadath.incidents.Frames.SARMIN;
import static org.hadath.incidents.Frames.doc;
import static org.hadath.incidents.Frames.frameless;
import static org.hadath.incidents.Frames.sarmin;
import static org.hadath.incidents.Frames.strike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reports without frames that join no record of frames, grouped among themselves by date and
 * place ({@link NoteGroups}), on hand-made report sets: an arrest three pages tell with verbs
 * the rules do not know, and the unrelated stories of the same day around it.
 */
class NoteGroupsTest {

  private final IncidentOptions opts = IncidentOptions.defaults();
  /** A village no gazetteer knows, named after a cue (قرية الطويلة). */
  private static final Object[] TAWILA = {"الطويلة", null, null, null, null};
  /** Another such village. */
  private static final Object[] HAMIDIYA = {"الحميدية الصغرى", null, null, null, null};
  /** A town some 30 km from Ariha (coordinates as in the project's gazetteer, rounded). */
  private static final Object[] KAFR_NUBL = {"كفرنبل", "sy-kafranbel", "sy-gov-idlib", 35.61, 36.56};

  private static Set<Set<String>> groups(List<Incident> out) {
    return out.stream().map(Incident::reports).map(Set::copyOf).collect(Collectors.toSet());
  }

  @Test
  void threePostsOfOneRaidAtOneTownAreOneRecordWithoutAType() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        frameless("page-raid", "2024-03-12", SARMIN),
        frameless("post-arrest", "2024-03-12", ARIHA, SARMIN),
        frameless("late-post", "2024-03-13", SARMIN)), opts);
    assertEquals(Set.of(Set.of("page-raid", "post-arrest", "late-post")), groups(out));
    Incident i = out.get(0);
    assertTrue(i.notesOnly());
    assertNull(i.type());
    assertNull(i.polarity());
    assertTrue(i.casualties().isEmpty());
    assertEquals(LocalDate.of(2024, 3, 12), i.day(), "the day most posts carry");
    assertEquals("sy-subdist-sarmin", i.place().placeId(), "the place all three name");
    assertTrue(i.mentions().stream().allMatch(Mention::reportLevel));
  }

  @Test
  void twoUnrelatedStoriesOfTheSameDayStayApart() {
    // a raid at Sarmin, a funeral at Ariha and a shelling of an unknown village, one morning
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        frameless("raid", "2024-03-12", SARMIN),
        frameless("funeral", "2024-03-12", ARIHA),
        frameless("village-post", "2024-03-12", TAWILA),
        frameless("no-place", "2024-03-12")), opts);
    assertTrue(out.isEmpty(), "the date alone is no key: " + out);
  }

  @Test
  void anUnknownVillageNamedByTwoPostsThatDayIsOneRecord() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        frameless("post-1", "2024-03-12", TAWILA),
        frameless("post-2", "2024-03-12", TAWILA),
        frameless("other", "2024-03-12", ARIHA)), opts);
    assertEquals(Set.of(Set.of("post-1", "post-2")), groups(out));
    assertEquals("الطويلة", out.get(0).place().text());
  }

  @Test
  void aVillageNamedOnceAfterItsTownAndThePrisonStillTiesTwoPostsOfThatMorning() {
    // post-1: "raids in Ariha's countryside (×3) … detainees taken to the Sarmin prison (×2)
    // … among them two from قرية الطويلة" — the village is its fourth place, named once;
    // post-2 names the village alone
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        frameless("roundup-post", "2024-03-12", ARIHA, ARIHA, ARIHA, SARMIN, SARMIN, KAFR_NUBL, TAWILA),
        frameless("village-post", "2024-03-12", TAWILA)), opts);
    assertEquals(Set.of(Set.of("roundup-post", "village-post")), groups(out));
    assertEquals("الطويلة", out.get(0).place().text(), "the place both posts name");
    // a day apart, or another village, and the passing mention ties nothing
    out = IncidentBuilder.build(List.of(
        frameless("roundup-post", "2024-03-12", ARIHA, ARIHA, SARMIN, KAFR_NUBL, TAWILA),
        frameless("other-village", "2024-03-12", HAMIDIYA),
        frameless("week-later", "2024-03-19", TAWILA)), opts);
    assertTrue(out.isEmpty(), out.toString());
  }

  @Test
  void aNoteKeepsItsThreeMostNamedPlacesFirstAndEveryPlaceItNames() {
    ReportNote n = ReportNote.named(frameless("roundup-post", "2024-03-12", TAWILA, ARIHA, ARIHA, SARMIN, KAFR_NUBL), null);
    assertEquals(List.of("أريحا", "الطويلة", "سرمين"), n.places().stream().map(IncidentPlace::text).toList());
    assertEquals(List.of("أريحا", "الطويلة", "سرمين", "كفرنبل"), n.named().stream().map(IncidentPlace::text).toList());
  }

  @Test
  void theSameTownAWeekApartOrUndatedIsNoRecord() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        frameless("tuesday", "2024-03-12", SARMIN),
        frameless("next-tuesday", "2024-03-19", SARMIN),
        frameless("undated-1", null, SARMIN),
        frameless("undated-2", null, SARMIN)), opts);
    assertTrue(out.isEmpty(), out.toString());
  }

  @Test
  void postsThatJoinARecordOfFramesAreNotGroupedAgain() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        doc("monitor", "2024-03-12", sarmin(strike()).killed(2, 2L)),
        frameless("funeral-1", "2024-03-12", SARMIN),
        frameless("funeral-2", "2024-03-13", SARMIN)), opts);
    assertEquals(Set.of(Set.of("monitor", "funeral-1", "funeral-2")), groups(out));
    assertTrue(out.stream().noneMatch(Incident::notesOnly));
  }

  @Test
  void theGroupingCanBeTurnedOff() {
    ImmutableList<Incident> out = IncidentBuilder.build(List.of(
        frameless("raid-1", "2024-03-12", SARMIN),
        frameless("raid-2", "2024-03-12", SARMIN)), opts.withNoteGroupDays(-1));
    assertTrue(out.isEmpty(), out.toString());
  }

  @Test
  void groupsCloseAsTheClockPasses() {
    List<Incident> closed = new java.util.ArrayList<>();
    IncidentBuilder b = new IncidentBuilder(opts, closed::add);
    b.add(frameless("raid-1", "2024-03-12", SARMIN));
    b.add(frameless("raid-2", "2024-03-12", SARMIN));
    b.add(frameless("much-later", "2024-05-01", ARIHA));
    assertEquals(1, closed.size(), "the March group closed when May came");
    assertEquals(1, b.pendingNotes());
    b.finish();
    assertEquals(0, b.pendingNotes());
  }

  /** A note of {@code doc} naming the place {@code key} (a village of no gazetteer), dated {@code day} or not. */
  private static ReportNote note(String doc, String day, String key) {
    IncidentPlace p = new IncidentPlace(key, key, null, null, null, null, false);
    return new ReportNote(doc, day == null ? null : DateRange.day(LocalDate.parse(day)), ImmutableList.of(p));
  }

  @Test
  void oneMechanismGroupsByKeyAndPredicateAndClosesInTheOrderKeysCame() {
    // the predicate: the same place; keys are month-days, as for posts stamped without a year
    int[] next = {1};
    NoteGroups groups = new NoteGroups((a, b) -> a.places().equals(b.places()), () -> "I" + next[0]++);
    groups.add("XXXX-01-11", note("a1", null, "قرية-أ"), 1);
    groups.add("XXXX-01-12", note("b1", null, "قرية-أ"), 2); // another month-day: no group with a1
    groups.add("XXXX-01-11", note("c1", null, "قرية-ب"), 3); // another place: a group of its own
    groups.add("XXXX-01-11", note("a2", null, "قرية-أ"), 4);
    groups.add("XXXX-01-12", note("b2", null, "قرية-أ"), 5);
    groups.add("XXXX-01-11", note("c2", null, "قرية-ب"), 6);
    assertEquals(6, groups.pending());
    List<Incident> out = new java.util.ArrayList<>();
    groups.closeBefore(LocalDate.of(2030, 1, 1), 2, out::add);
    assertTrue(out.isEmpty(), "notes without dates never close by the clock: " + out);
    groups.closeIdle(6, 5, out::add);
    assertTrue(out.isEmpty(), "each group grew within 5 reports: " + out);
    groups.finish(out::add);
    // ids follow the keys' first coming, then the groups' opening: 01-11's two groups, then 01-12's
    assertEquals(List.of("I1", "I2", "I3"), out.stream().map(Incident::id).toList());
    assertEquals(List.of(Set.of("a1", "a2"), Set.of("c1", "c2"), Set.of("b1", "b2")),
        out.stream().map(i -> Set.copyOf(i.reports())).toList());
    assertEquals(0, groups.pending());
  }

  @Test
  void datedGroupsCloseByTheClockAndIdleOnesByReportsRead() {
    int[] next = {1};
    NoteGroups groups = new NoteGroups((a, b) -> a.places().equals(b.places()), () -> "I" + next[0]++);
    groups.add(note("early-1", "2024-03-01", "قرية-أ"), 1);
    groups.add(note("early-2", "2024-03-02", "قرية-أ"), 2);
    groups.add(note("lone", "2024-03-02", "قرية-ب"), 3);
    groups.add(note("late-1", "2024-03-09", "قرية-ج"), 4);
    groups.add(note("late-2", "2024-03-09", "قرية-ج"), 5);
    List<Incident> out = new java.util.ArrayList<>();
    groups.closeBefore(LocalDate.of(2024, 3, 9), 6, out::add);
    // 2 March + 6 days is before 9 March: the early group closes, the lone note is dropped
    assertEquals(List.of(Set.of("early-1", "early-2")), out.stream().map(i -> Set.copyOf(i.reports())).toList());
    assertEquals(LocalDate.of(2024, 3, 1), out.get(0).day(), "a tie of days goes to the earlier");
    assertEquals(2, groups.pending());
    groups.closeIdle(8, 3, out::add);
    assertEquals(1, out.size(), "the late group last grew at report 5, not more than 3 reports before 8");
    groups.closeIdle(9, 3, out::add);
    assertEquals(2, out.size(), "the late group last grew at report 5, more than 3 reports before 9");
    assertEquals(0, groups.pending());
  }
}
