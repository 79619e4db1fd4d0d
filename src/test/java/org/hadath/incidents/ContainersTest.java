package org.hadath.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.junit.jupiter.api.Test;

/**
 * Where reports put a village no gazetteer places, and how a record spells it, on hand-made
 * report places (invented villages; the towns are the gazetteer's).
 */
class ContainersTest {

  /** Report places laid out as a text would: each written after the previous one's end and a gap. */
  private static final class Text {
    private final List<Argument> places = new ArrayList<>();
    private int at = 0;

    /** A village only its cue names (قرية X), {@code gap} characters after the last place. */
    Text village(int gap, String name) {
      at += gap;
      Span span = new Span("قرية " + name, at, at + 5 + name.length());
      Span head = new Span(name, at + 5, span.end());
      places.add(new Argument(Role.LOCATION, span, head, null, null, null, null, null, null, null, null, "test"));
      at = span.end();
      return this;
    }

    /** A place the gazetteer knows, {@code gap} characters after the last place. */
    Text known(int gap, String name, String id, String gov, double lat, double lon) {
      at += gap;
      Span s = new Span(name, at, at + name.length());
      places.add(new Argument(Role.LOCATION, s, s, null, null, id, gov, "SY", lat, lon, null, "test"));
      at = s.end();
      return this;
    }

    Text jarablus(int gap) {
      return known(gap, "جرابلس", "sy-jarablus", "sy-gov-aleppo", 36.817, 38.011);
    }
  }

  @Test
  void aVillageBelongingToATownIsPlacedByIt() {
    // قرية تل الصنوبر التابعة لمدينة جرابلس: the gap holds the linking phrase
    List<IncidentPlace> w = Containers.written(new Text().village(0, "تل الصنوبر").jarablus(12).places);
    assertEquals(2, w.size());
    IncidentPlace v = w.get(0);
    assertEquals("sy-jarablus", v.within().placeId());
    assertEquals(36.817, v.located().lat());
    assertNull(w.get(1).within(), "the town keeps its own coordinates");
  }

  @Test
  void neighboursAndFarWordsAreNoContainers() {
    // a list of villages: the next one is a neighbour, not a container
    List<IncidentPlace> list = Containers.written(new Text().village(0, "تل الصنوبر").village(2, "المرجان").places);
    assertNull(list.get(0).within());
    // the town written a clause later
    List<IncidentPlace> far = Containers.written(new Text().village(0, "تل الصنوبر").jarablus(Containers.MAX_GAP + 1).places);
    assertNull(far.get(0).within());
    // the town that names its governorate stands for the province (غربي إدلب)
    List<IncidentPlace> province = Containers.written(new Text().village(0, "تل الصنوبر")
        .known(6, "إدلب", "sy-idlib", "sy-gov-idlib", 35.93, 36.63).places);
    assertNull(province.get(0).within());
    assertEquals(1, province.size(), "a governorate's name is no specific place");
  }

  private static ReportNote note(String doc, Text t) {
    ImmutableList<IncidentPlace> named = ImmutableList.of();
    return new ReportNote(doc, null, named, named, ImmutableSet.of(), 0, Containers.written(t.places));
  }

  private static IncidentPlace unknown(String name) {
    return new IncidentPlace(name, IncidentPlace.key(name), null, null, null, null, false);
  }

  @Test
  void theRecordSpellsAVillageAsItsReportsWriteItMostOften() {
    // one post glues the name, two write it apart: the record writes it apart, placed by the
    // town one of them writes after it
    List<ReportNote> reports = List.of(
        note("post-1", new Text().village(0, "كفرالصنوبر")),
        note("post-2", new Text().village(0, "كفر الصنوبر").jarablus(3)),
        note("post-3", new Text().village(0, "كفر الصنوبر").village(30, "كفر الصنوبر")));
    IncidentPlace p = RecordPlace.asWritten(unknown("كفرالصنوبر"), reports);
    assertEquals("كفر الصنوبر", p.text());
    assertEquals("sy-jarablus", p.located().placeId());
    IncidentPlace tie = RecordPlace.asWritten(unknown("كفرالصنوبر"),
        List.of(note("post-1", new Text().village(0, "كفرالصنوبر")), note("post-2", new Text().village(0, "كفر الصنوبر"))));
    assertEquals("كفرالصنوبر", tie.text(), "of spellings written as often, the chosen one stays");
    assertNull(tie.located());
  }

  @Test
  void aPlaceTheGazetteerKnowsIsLeftAsItIs() {
    IncidentPlace town = new IncidentPlace("جرابلس", IncidentPlace.key("جرابلس"), "sy-jarablus", "sy-gov-aleppo",
        36.817, 38.011, false);
    assertSame(town, RecordPlace.asWritten(town, List.of(note("post-1", new Text().jarablus(0)))));
  }
}
