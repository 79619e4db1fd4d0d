package org.hadath.incidents;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hadath.events.CasualtyKind;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.Role;

/**
 * Turns one report's frames into the incidents it tells of ({@link Sighting}s), its core
 * first. Frames are read in text order and grouped by place: a frame naming a specific place
 * joins the group already at that place (same place, or near: {@link PlaceMatch}) or opens a
 * new group; a frame naming no place, or only a governorate holding the current group's place,
 * joins the group of its type family read last (the body goes on about the same strike); such
 * frames before any place is named (a headline) join the first group of their family. The
 * core group is chosen by {@link CoreSelector}.
 *
 * <p>Dates: a group's date is read from its frames' TIME arguments and the report's own date
 * by {@link ReportDates}.
 */
public final class ReportReader {

  private final IncidentOptions options;
  private final CoreSelector selector;
  private final ReportDates dates;

  /** A reader with the place distance of {@code options} and the default {@link CoreSelector}. */
  public ReportReader(IncidentOptions options) {
    this(options, new CoreSelector());
  }

  /** A reader with its own core selector. */
  ReportReader(IncidentOptions options, CoreSelector selector) {
    this.options = Preconditions.checkNotNull(options);
    this.selector = Preconditions.checkNotNull(selector);
    this.dates = new ReportDates(options);
  }

  /**
   * The sightings of {@code doc}, core first then in text order; empty when it has no frames.
   * {@code documentDate} (the report's own date) may be null: then the date the report
   * carries ({@link DocumentEvents#documentDate()}), if any, is used.
   */
  public ImmutableList<Sighting> read(DocumentEvents doc, LocalDate documentDate) {
    if (documentDate == null) {
      documentDate = doc.documentDate().map(d -> d.date()).orElse(null);
    }
    List<Group> groups = new ArrayList<>();
    Map<TypeFamily, List<Integer>> pending = new EnumMap<>(TypeFamily.class);
    Map<TypeFamily, Group> current = new EnumMap<>(TypeFamily.class);
    List<EventFrame> frames = doc.events();
    List<IncidentPlace> framePlaces = new ArrayList<>(frames.size());
    for (EventFrame f : frames) {
      framePlaces.add(place(f, doc.reportPlaces()));
    }
    Map<String, IncidentPlace> containers = containers(framePlaces);
    List<IncidentPlace> placed = placed(doc);
    for (int i = 0; i < frames.size(); i++) {
      EventFrame f = frames.get(i);
      TypeFamily fam = TypeFamily.of(f.type());
      IncidentPlace read = unglued(framePlaces.get(i), placed);
      IncidentPlace p = read != null && read.within() == null && containers.containsKey(read.key())
          ? read.withWithin(containers.get(read.key())) : read;
      Group g = current.get(fam);
      if (p != null && (!p.coarse() || g == null || g.place == null
          || PlaceMatch.between(g.place, p, options.maxDistanceKm()) == PlaceMatch.CONFLICT)) {
        g = groups.stream().filter(x -> x.family == fam && joins(x.place, p)).findFirst().orElse(null);
        if (g != null && g.place != null && g.place.coarse() && !p.coarse()) {
          g.place = p; // the headline's governorate, then the body's village: one incident
        }
        if (g == null) {
          g = new Group(fam, p, i);
          groups.add(g);
          for (int j : pending.getOrDefault(fam, List.of())) {
            g.frames.add(j);
          }
          pending.remove(fam);
        }
      }
      if (g != null && p != null && p.coarse()) {
        g = areaGroup(groups, g, fam, p);
      }
      if (g == null) {
        pending.computeIfAbsent(fam, k -> new ArrayList<>()).add(i);
        continue;
      }
      g.take(i, f, p, doc.reportPlaces());
      current.put(fam, g);
    }
    pending.forEach((fam, idx) -> {
      Group g = new Group(fam, null, idx.get(0));
      g.frames.addAll(idx);
      groups.add(g);
    });
    groups.forEach(g -> g.frames.sort(Integer::compare));
    groups.forEach(g -> g.asserted = (int) g.frames.stream().map(frames::get).filter(ReportReader::asserted).count());
    groups.sort((a, b) -> Integer.compare(a.firstFrame, b.firstFrame));
    int core = selector.core(groups);
    ImmutableList.Builder<Sighting> out = ImmutableList.builder();
    if (core >= 0) {
      out.add(sighting(doc, groups.get(core), true, documentDate));
    }
    for (int k = 0; k < groups.size(); k++) {
      if (k != core) {
        out.add(sighting(doc, groups.get(k), false, documentDate));
      }
    }
    return out.build();
  }

  /**
   * The group a frame naming only the wide area {@code p} (a mountain, a plain, a region: جبل
   * الزاوية) joins: {@code current}, unless it never named that area and another group of the
   * family did (the last such). A roundup tells the shelling of a village of جبل الزاوية, then a
   * village elsewhere, then محاور جبل الزاوية again: the area goes back to the story that named
   * it. A governorate is named by every story of a roundup and says nothing of which.
   */
  private static Group areaGroup(List<Group> groups, Group current, TypeFamily fam, IncidentPlace p) {
    if (p.placeId() == null || !IncidentPlace.wide(p.placeId()) || current.areas.contains(p.identity())) {
      return current;
    }
    Group named = null;
    for (Group x : groups) {
      if (x.family == fam && x != current && x.areas.contains(p.identity())) {
        named = x;
      }
    }
    return named == null ? current : named;
  }

  private boolean joins(IncidentPlace a, IncidentPlace b) {
    PlaceMatch m = PlaceMatch.between(a, b, options.maxDistanceKm());
    return m == PlaceMatch.SAME || m == PlaceMatch.NEAR || m == PlaceMatch.WITHIN
        || (m == PlaceMatch.INSIDE && (b.coarse() || a.coarse()));
  }

  /**
   * The most specific place a frame names, among its LOCATION and TARGET arguments (استهدفت
   * قرية X): a place finer than a governorate before a coarse one, then the one written first,
   * since Arabic news names the village before the district and governorate holding it (قرية
   * الكندة بريف جسر الشغور غربي إدلب). When the gazetteer does not know that place, the next
   * place finer than a governorate written after it in the frame is taken as the one holding
   * it ({@link IncidentPlace#within()}); places the gazetteer knows are compared by distance,
   * since a list (سرمين ومجدليا) reads like a village and its town.
   */
  static IncidentPlace place(EventFrame f) {
    return place(f, List.of());
  }

  /**
   * {@link #place(EventFrame)}, with the report's places ({@code reportPlaces}) read inside an
   * argument whose head is no place ({@link InnerPlaces}: محيط قرية الكندة بريف جسر الشغور).
   */
  static IncidentPlace place(EventFrame f, List<Argument> reportPlaces) {
    IncidentPlace best = null;
    int bestBegin = Integer.MAX_VALUE;
    List<IncidentPlace> all = new ArrayList<>();
    List<Integer> begins = new ArrayList<>();
    List<Argument> args = new ArrayList<>();
    List<Argument> inner = new ArrayList<>();
    boolean specific = false;
    for (Argument a : f.arguments()) {
      if (a.role() != Role.LOCATION && a.role() != Role.TARGET || a.actorId() != null) {
        continue;
      }
      args.add(a);
      inner.addAll(InnerPlaces.inside(a, reportPlaces));
      IncidentPlace p = IncidentPlace.of(a);
      specific |= p != null && !p.coarse();
    }
    if (!specific) {
      args.addAll(inner); // only when the frame's own arguments name nothing finer than a province
    }
    for (Argument a : args) {
      IncidentPlace p = IncidentPlace.of(a);
      if (p == null) {
        continue;
      }
      all.add(p);
      begins.add(a.head().begin());
      boolean better = best == null || best.coarse() && !p.coarse()
          || best.coarse() == p.coarse() && a.head().begin() < bestBegin;
      if (better) {
        best = p;
        bestBegin = a.head().begin();
      }
    }
    if (best == null || best.coarse() || best.hasCoordinates()) {
      return best; // the gazetteer places a village it knows; the text is asked only about others
    }
    IncidentPlace within = null;
    int withinBegin = Integer.MAX_VALUE;
    for (int i = 0; i < all.size(); i++) {
      IncidentPlace q = all.get(i);
      if (!q.coarse() && begins.get(i) > bestBegin && begins.get(i) < withinBegin && !q.key().equals(best.key())) {
        within = q;
        withinBegin = begins.get(i);
      }
    }
    return within == null ? best : best.withWithin(within);
  }

  /**
   * What a report says holds each place it names, from the place of each of its frames: a
   * village the report writes inside a town in one frame (قرية الجماس بريف عين عيسى) is inside
   * it in every frame naming it alone.
   */
  private static Map<String, IncidentPlace> containers(List<IncidentPlace> framePlaces) {
    Map<String, IncidentPlace> out = new HashMap<>();
    for (IncidentPlace p : framePlaces) {
      if (p != null && p.within() != null) {
        out.putIfAbsent(p.key(), p.within());
      }
    }
    return out;
  }

  /** The places with coordinates {@code doc} names anywhere, frames first, for {@link #unglued}. */
  private static List<IncidentPlace> placed(DocumentEvents doc) {
    List<IncidentPlace> out = new ArrayList<>();
    Stream.concat(doc.events().stream().flatMap(f -> f.arguments().stream()), doc.reportPlaces().stream())
        .filter(a -> a.role() == Role.LOCATION || a.role() == Role.TARGET)
        .filter(a -> a.actorId() == null && a.placeId() != null && a.lat() != null)
        .map(IncidentPlace::of).filter(p -> p != null && !p.coarse()).forEach(out::add);
    return out;
  }

  /**
   * {@code p}, or the place it is glued to. Posts lose the space or line break between a name
   * and the next word (سد تشرينعاودت، تل أبيضأصيب), and the place layer then reads the glued
   * word as an unknown village. An unresolved name whose key starts with the key of a place
   * the same report names with coordinates, or with that name's last word (تشرين of سد
   * تشرين), of at least {@value #GLUE_MIN} letters and followed by at least
   * {@value #GLUE_MIN} more, is that place.
   */
  static IncidentPlace unglued(IncidentPlace p, List<IncidentPlace> placed) {
    if (p == null || p.placeId() != null) {
      return p;
    }
    for (IncidentPlace q : placed) {
      String[] words = q.text().trim().split("[\\s_]+");
      for (String head : new String[] {q.key(), IncidentPlace.key(words[words.length - 1])}) {
        if (head.length() >= GLUE_MIN && p.key().length() >= head.length() + GLUE_MIN && p.key().startsWith(head)) {
          return q;
        }
      }
    }
    return p;
  }

  /** The fewest letters of a name, and of the word glued to it, {@link #unglued} trusts. */
  private static final int GLUE_MIN = 4;

  private static boolean asserted(EventFrame f) {
    return f.polarity() == Polarity.POSITIVE && f.modality() == Modality.ASSERTED;
  }

  private Sighting sighting(DocumentEvents doc, Group g, boolean core, LocalDate documentDate) {
    List<EventFrame> frames = doc.events();
    EventFrame head = g.frames.stream().map(frames::get).filter(ReportReader::asserted).findFirst()
        .orElse(frames.get(g.frames.get(0)));
    Set<String> actors = new LinkedHashSet<>();
    Map<CasualtyKind, Figure> figures = new EnumMap<>(CasualtyKind.class);
    ImmutableList.Builder<Mention> mentions = ImmutableList.builder();
    for (int i : g.frames) {
      EventFrame f = frames.get(i);
      mentions.add(new Mention(doc.docId(), i, f.type(), f.trigger().begin(), f.trigger().end(), f.sentenceIndex()));
      for (Argument a : f.arguments()) {
        if (a.role() == Role.AGENT) {
          actors.add(a.actorId() != null ? a.actorId() : a.head().text());
        }
      }
      if (asserted(f) == asserted(head) && !ReportDates.cumulative(f)) {
        for (EventFrame.Casualty c : f.casualties()) {
          Figure fig = new Figure(c.quantity().min(), c.quantity().max(), doc.docId());
          figures.merge(c.kind(), fig, (x, y) -> y.min() > x.min() ? y : x);
        }
      }
    }
    ReportDates.Reading date = dates.of(g.frames.stream().map(frames::get).toList(), documentDate, frames);
    return new Sighting(doc.docId(), core, head.type(), date.date(), date.fromDocument(), documentDate != null, g.place,
        ImmutableSet.copyOf(actors), ImmutableMap.copyOf(figures), head.polarity(), head.modality(), mentions.build(),
        date.weekday(), documentDate == null ? ReportDates.notBefore(frames) : null, date.stamped(), g.spot());
  }

  /** A report's frames that tell of one incident, while they are being grouped. */
  private static final class Group implements CoreSelector.Candidate {
    final TypeFamily family;
    IncidentPlace place;
    final int firstFrame;
    final List<Integer> frames = new ArrayList<>();
    /** The villages its frames write inside a town ({@link InnerPlaces#spot}), in text order. */
    final List<IncidentPlace> spots = new ArrayList<>();
    /** What every place its frames name is ({@link IncidentPlace#identity()}), coarse ones too. */
    final Set<String> areas = new HashSet<>();
    int asserted;

    /** The first of {@link #spots} written inside the group's place, or null. */
    IncidentPlace spot() {
      return place == null ? null
          : spots.stream().filter(s -> s.within().identity().equals(place.identity())).findFirst().orElse(null);
    }

    Group(TypeFamily family, IncidentPlace place, int firstFrame) {
      this.family = family;
      this.place = place;
      this.firstFrame = firstFrame;
    }

    /**
     * Adds frame {@code i}, {@code f}, placed at {@code p} (null when it names none): the group
     * takes its place when it has none yet, every place it names as an area
     * ({@link ReportReader#areaGroup}), and the village it writes inside a town
     * ({@link InnerPlaces#spot}).
     */
    void take(int i, EventFrame f, IncidentPlace p, List<Argument> reportPlaces) {
      for (Argument a : f.arguments()) {
        IncidentPlace q = a.role() == Role.LOCATION || a.role() == Role.TARGET ? IncidentPlace.of(a) : null;
        if (q != null) {
          areas.add(q.identity());
        }
      }
      if (place == null && p != null) {
        place = p;
      }
      frames.add(i);
      IncidentPlace spot = InnerPlaces.spot(f, reportPlaces);
      if (spot != null) {
        spots.add(spot);
      }
    }

    @Override
    public int assertedFrames() {
      return asserted;
    }

    @Override
    public boolean specificPlace() {
      return place != null && !place.coarse();
    }

    @Override
    public int firstFrame() {
      return frames.isEmpty() ? firstFrame : frames.get(0);
    }
  }
}
