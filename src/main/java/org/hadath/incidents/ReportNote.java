package org.hadath.incidents;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hadath.entities.people.PersonNames;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventFrame.Argument;

/**
 * What a report in which no frame passed the filters can still say about its incident: its
 * own date and the places it names ({@link DocumentEvents#reportPlaces()}). A raid, a funeral
 * notice or a post whose verb the rules do not know often reports a strike other reports tell
 * with frames. A note is weak evidence: it may join a record built from frames when its date
 * and one of its places agree (see {@link NoteRules#noteScore}), but it never opens a record,
 * and it gives the record no type, date, place or toll of its own.
 *
 * @param doc the report's document id
 * @param date the report's own date, as the range from the day before to that day, or null
 * @param places the specific places the report names (finer than a governorate), the most
 *     often named first, then in text order; at most {@link #MAX_PLACES}
 * @param named every specific place the report names: {@code places}, then the others in the
 *     same order. A raid post names its village once, after the town and the field the
 *     detainees were taken to; two posts of one morning's raid share it even so
 *     ({@link NoteRules#notesTogether})
 * @param governorates the governorates of every place the report names, coarse ones too (a
 *     post naming only its province names that province)
 * @param focusCount how many times the report names its most named specific place (the first
 *     of {@code places}), 0 when it names none: a place named once may be a page's menu or a
 *     side story, one named twice or more is what the report is about
 * @param written every specific place the report writes, once each time it writes it, in text
 *     order, as it spells it; a village no gazetteer places is written inside the town heading
 *     an area that the report writes right after it ({@link Containers}: قرية X التابعة لمدينة
 *     Y). Only what the finished record reports reads it ({@link RecordPlace}): how the
 *     reports spell a village and where they put it; merging compares {@code places} and
 *     {@code named}
 * @param people the names of people the report gives ({@link DocumentEvents#reportPeople()}),
 *     each as its parts ({@link PersonNames#parts}): a victim two reports name ties them to one
 *     incident ({@link #sharesPerson})
 */
public record ReportNote(String doc, DateRange date, ImmutableList<IncidentPlace> places,
    ImmutableList<IncidentPlace> named, ImmutableSet<String> governorates, int focusCount,
    ImmutableList<IncidentPlace> written, ImmutableList<ImmutableList<String>> people) {
  /**
   * The most places a note keeps to join a record of frames: past the first few, a report's
   * places are other stories'.
   */
  public static final int MAX_PLACES = 3;

  /**
   * Checks the note and copies its lists ({@code named} null: {@code places}; {@code
   * governorates} null: none; {@code written} null: {@code named}).
   *
   * @throws NullPointerException when {@code doc} or {@code places} is null
   * @throws IllegalArgumentException when {@code focusCount} is negative or {@code named} does
   *     not start with {@code places}
   */
  public ReportNote {
    Preconditions.checkNotNull(doc);
    Preconditions.checkArgument(focusCount >= 0, "focusCount < 0");
    places = ImmutableList.copyOf(places);
    named = named == null ? places : ImmutableList.copyOf(named);
    governorates = governorates == null ? ImmutableSet.of() : ImmutableSet.copyOf(governorates);
    written = written == null ? named : ImmutableList.copyOf(written);
    people = people == null ? ImmutableList.of() : ImmutableList.copyOf(people);
    Preconditions.checkArgument(named.size() >= places.size() && named.subList(0, places.size()).equals(places),
        "named must start with places");
  }

  /** A note that names no person. */
  public ReportNote(String doc, DateRange date, ImmutableList<IncidentPlace> places,
      ImmutableList<IncidentPlace> named, ImmutableSet<String> governorates, int focusCount,
      ImmutableList<IncidentPlace> written) {
    this(doc, date, places, named, governorates, focusCount, written, null);
  }

  /** A note whose places are written as often as {@code named} lists them. */
  public ReportNote(String doc, DateRange date, ImmutableList<IncidentPlace> places,
      ImmutableList<IncidentPlace> named, ImmutableSet<String> governorates, int focusCount) {
    this(doc, date, places, named, governorates, focusCount, null);
  }

  /** A note that names only {@code places}, each once. */
  public ReportNote(String doc, DateRange date, ImmutableList<IncidentPlace> places) {
    this(doc, date, places, places, places.stream().map(IncidentPlace::governorate).filter(g -> g != null)
        .collect(ImmutableSet.toImmutableSet()), places.isEmpty() ? 0 : 1);
  }

  /**
   * The note of {@code doc}, dated by {@code documentDate} (null: the date the report carries),
   * or null when the report carries no date: a place alone recurs over the years. A note that
   * names no specific place can still join the one record of its days that names none either
   * ({@link NoteRules#notePlaceless}).
   */
  public static ReportNote of(DocumentEvents doc, LocalDate documentDate) {
    if (documentDate == null) {
      documentDate = doc.documentDate().map(d -> d.date()).orElse(null);
    }
    return documentDate == null ? null : named(doc, documentDate);
  }

  /**
   * What {@code doc} names, dated by {@code documentDate} (null: the date it carries, if any):
   * the note of a report told with frames too, which only guesses at its record's place.
   */
  public static ReportNote named(DocumentEvents doc, LocalDate documentDate) {
    if (documentDate == null) {
      documentDate = doc.documentDate().map(d -> d.date()).orElse(null);
    }
    Map<String, List<IncidentPlace>> named = new LinkedHashMap<>();
    ImmutableSet.Builder<String> governorates = ImmutableSet.builder();
    for (Argument a : doc.reportPlaces()) {
      IncidentPlace p = IncidentPlace.of(a);
      if (p != null && p.governorate() != null) {
        governorates.add(p.governorate());
      }
      if (p != null && !p.coarse()) {
        named.computeIfAbsent(p.identity(), k -> new ArrayList<>()).add(p);
      }
    }
    ImmutableList<IncidentPlace> written = Containers.written(doc.reportPlaces());
    List<List<IncidentPlace>> order = new ArrayList<>(named.values());
    order.sort((x, y) -> Integer.compare(y.size(), x.size())); // stable: text order on a tie
    ImmutableList<IncidentPlace> all = order.stream().map(l -> l.get(0)).collect(ImmutableList.toImmutableList());
    ImmutableList<ImmutableList<String>> people = doc.reportPeople().stream()
        .map(n -> PersonNames.defaults().parts(n.text())).filter(n -> n.size() >= PersonNames.MIN_PARTS)
        .distinct().collect(ImmutableList.toImmutableList());
    return new ReportNote(doc.docId(), documentDate == null ? null : new DateRange(documentDate.minusDays(1), documentDate),
        all.subList(0, Math.min(MAX_PLACES, all.size())), all, governorates.build(),
        order.isEmpty() ? 0 : order.get(0).size(), written, people);
  }

  /**
   * True when this report and {@code other}, another report, name one person ({@link
   * PersonNames#samePerson}): the dead and wounded two outlets name tell that they report one
   * incident, whatever places and dates their frames give.
   */
  public boolean sharesPerson(ReportNote other) {
    if (other == null || other.doc.equals(doc)) {
      return false;
    }
    for (ImmutableList<String> a : people) {
      for (ImmutableList<String> b : other.people) {
        if (PersonNames.samePerson(a, b, PlaceMatch::spellings)) {
          return true;
        }
      }
    }
    return false;
  }
}
