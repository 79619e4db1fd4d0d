package org.hadath.incidents;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hadath.entities.time.DocumentDate;
import org.hadath.events.CasualtyKind;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.EventFrame.Quantity;
import org.hadath.events.EventType;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.Role;
import org.hadath.events.Span;

/** Hand-built frames and documents for the merge-rule tests (no models loaded). */
final class Frames {

  private Frames() {}

  /** A frame under construction. */
  static final class F {
    private final EventType type;
    private final List<Argument> args = new ArrayList<>();
    private final List<Casualty> cas = new ArrayList<>();
    private Polarity polarity = Polarity.POSITIVE;
    private Modality modality = Modality.ASSERTED;
    private int at = 100;

    F(EventType type) {
      this.type = type;
    }

    /** A village the gazetteer knows. */
    F place(String name, String id, String gov, double lat, double lon) {
      Span s = new Span(name, at, at + name.length());
      args.add(new Argument(Role.LOCATION, s, s, null, null, id, gov, "sy", lat, lon, null, "test"));
      at += 20;
      return this;
    }

    /** A place the gazetteer resolved but cannot place (an entry without coordinates). */
    F placeWithoutCoordinates(String name, String id, String gov) {
      Span s = new Span(name, at, at + name.length());
      args.add(new Argument(Role.LOCATION, s, s, null, null, id, gov, "iq", null, null, null, "test"));
      at += 20;
      return this;
    }

    /** A village only a cue names (قرية X): unresolved, head after the cue. */
    F cuePlace(String cue, String name) {
      Span span = new Span(cue + " " + name, at, at + cue.length() + 1 + name.length());
      Span head = new Span(name, at + cue.length() + 1, span.end());
      args.add(new Argument(Role.LOCATION, span, head, null, null, null, null, null, null, null, null, "test"));
      at += 20;
      return this;
    }

    /** A noun the argument rules took for a place (المدينة): unresolved, its own head. */
    F barePlace(String word) {
      Span s = new Span(word, at, at + word.length());
      args.add(new Argument(Role.LOCATION, s, s, null, null, null, null, null, null, null, null, "test"));
      at += 20;
      return this;
    }

    /** A governorate. */
    F governorate(String name, String gov) {
      Span s = new Span(name, at, at + name.length());
      args.add(new Argument(Role.LOCATION, s, s, null, null, gov, gov, "sy", 35.9, 36.6, null, "test"));
      at += 20;
      return this;
    }

    F time(String iso) {
      return time(iso, "اليوم");
    }

    /** A TIME resolved to {@code iso}, written {@code words} (30 أيلول 2015، اليوم الخميس). */
    F time(String iso, String words) {
      Span s = new Span(words, at, at + words.length());
      args.add(new Argument(Role.TIME, s, s, null, null, null, null, null, null, null, iso, "test"));
      at += 20;
      return this;
    }

    /** A post's stamp the time layer gave the frame as its TIME ({@code PostStampTimes}). */
    F stamp(String iso) {
      Span s = new Span(iso, at, at + iso.length());
      args.add(new Argument(Role.TIME, s, s, null, null, null, null, null, null, null, iso,
          org.hadath.events.frames.PostStampTimes.RULE));
      at += 20;
      return this;
    }

    /** A time the text gives without a date the time layer could resolve (اليوم الخميس). */
    F unresolvedTime(String words) {
      Span s = new Span(words, at, at + words.length());
      args.add(new Argument(Role.TIME, s, s, null, null, null, null, null, null, null, null, "test"));
      at += 20;
      return this;
    }

    F agent(String actorId) {
      Span s = new Span("الطيران", at, at + 7);
      args.add(new Argument(Role.AGENT, s, s, actorId, "STATE_FORCE", null, null, null, null, null, null, "test"));
      at += 20;
      return this;
    }

    F killed(long min, Long max) {
      return casualty(CasualtyKind.KILLED, min, max);
    }

    F injured(long min, Long max) {
      return casualty(CasualtyKind.INJURED, min, max);
    }

    private F casualty(CasualtyKind k, long min, Long max) {
      cas.add(new Casualty(k, new Quantity(min, max, false, new Span("مدنيين", at, at + 6)), "مدنيين", "test"));
      at += 20;
      return this;
    }

    F negative() {
      polarity = Polarity.NEGATIVE;
      return this;
    }

    /** Any argument, as a test writes it out. */
    F arg(Argument a) {
      args.add(a);
      return this;
    }

    F hypothetical() {
      modality = Modality.HYPOTHETICAL;
      return this;
    }

    EventFrame build(int index) {
      return new EventFrame(type, new Span("قصف", index * 10, index * 10 + 3), index, "قصف", ImmutableList.of(),
          ImmutableList.copyOf(args), ImmutableList.copyOf(cas), null, polarity, modality, false, "test");
    }
  }

  static F strike() {
    return new F(EventType.STRIKE);
  }

  static F clash() {
    return new F(EventType.CLASH);
  }

  static F evacuation() {
    return new F(EventType.EVACUATION);
  }

  /** A report dated {@code date} (null: undated) with the frames in order. */
  static DocumentEvents doc(String id, String date, F... frames) {
    ImmutableList.Builder<EventFrame> b = ImmutableList.builder();
    for (int i = 0; i < frames.length; i++) {
      b.add(frames[i].build(i));
    }
    Optional<DocumentDate> dd = date == null ? Optional.empty()
        : Optional.of(DocumentDate.given(LocalDate.parse(date), DocumentDate.Source.DATELINE));
    return new DocumentEvents(id, b.build(), frames.length, 10 * frames.length, ImmutableMap.of(), dd);
  }

  /**
   * A report in which no frame passed the filters, dated {@code date} (null: undated), naming
   * {@code places} (each a name, id, governorate, lat, lon; a null id for a village only a cue
   * names) in text order.
   */
  static DocumentEvents frameless(String id, String date, Object[]... places) {
    Optional<DocumentDate> dd = date == null ? Optional.empty()
        : Optional.of(DocumentDate.given(LocalDate.parse(date), DocumentDate.Source.POST_STAMP));
    return new DocumentEvents(id, ImmutableList.of(), 3, 30, ImmutableMap.of(), dd, reportPlaces(places));
  }

  /** {@code doc} naming {@code places} (as {@link #frameless} takes them) outside its frames too. */
  static DocumentEvents naming(DocumentEvents doc, Object[]... places) {
    return new DocumentEvents(doc.docId(), doc.events(), doc.sentences(), doc.tokens(), doc.parseStatus(),
        doc.documentDate(), reportPlaces(places));
  }

  private static ImmutableList<Argument> reportPlaces(Object[]... places) {
    ImmutableList.Builder<Argument> b = ImmutableList.builder();
    int at = 10;
    for (Object[] p : places) {
      String name = (String) p[0];
      Span head = new Span(name, at + 5, at + 5 + name.length());
      Span span = p[1] == null ? new Span("قرية " + name, at, head.end()) : head;
      b.add(new Argument(Role.LOCATION, span, p[1] == null ? head : span, null, null, (String) p[1], (String) p[2],
          p[1] == null ? null : "sy", (Double) p[3], (Double) p[4], null, "place:report"));
      at += 30;
    }
    return b.build();
  }

  static final Object[] SARMIN = {"سرمين", "sy-subdist-sarmin", "sy-gov-idlib", 35.9, 36.72};
  static final Object[] ARIHA = {"أريحا", "sy-ariha", "sy-gov-idlib", 35.81, 36.61};
  static final Object[] IDLIB_GOV = {"إدلب", "sy-gov-idlib", "sy-gov-idlib", 35.9, 36.6};

  // Places of Idlib and Aleppo (coordinates as in the project's gazetteer).
  static F sarmin(F f) {
    return f.place("سرمين", "sy-subdist-sarmin", "sy-gov-idlib", 35.9, 36.72);
  }

  static F binnish(F f) {
    return f.place("بنش", "sy-binnish", "sy-gov-idlib", 35.950, 36.710);
  }

  static F ariha(F f) {
    return f.place("أريحا", "sy-ariha", "sy-gov-idlib", 35.81, 36.61);
  }

  static F atarib(F f) {
    return f.place("الأتارب", "sy-atarib", "sy-gov-aleppo", 36.13, 36.83);
  }

  static F kafrAmma(F f) {
    return f.place("كفرعمة", "sa-kafar-ameh", "sy-gov-aleppo", 36.14028, 36.87306);
  }
}
