package org.hadath.events.frames;

import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.entities.places.PlaceMention;
import org.hadath.entities.time.TimeMention;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.Role;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.SentenceView;

/**
 * Turns a candidate into a frame's argument with what the entity layer resolved at its head:
 * the canonical actor, the place (governorate, country, coordinates), a TIME's ISO value.
 */
final class ArgumentResolver {
  private ArgumentResolver() {}

  /**
   * The sentence whose tokens {@code c.head()} indexes: {@code v}, except for a reporter
   * inherited from an earlier sentence (وأضاف، ولفت إلى أن …), whose head is a token there.
   */
  static SentenceView sentenceOf(Candidate c, SentenceView v, List<SentenceView> doc) {
    int at = c.headSpan().begin();
    if (contains(v, at)) {
      return v;
    }
    for (SentenceView s : doc) {
      if (contains(s, at)) {
        return s;
      }
    }
    return v;
  }

  private static boolean contains(SentenceView s, int offset) {
    return s.size() > 0 && offset >= s.begin(0) && offset < s.end(s.size() - 1);
  }

  private static boolean isActorRole(Role r) {
    return r == Role.AGENT || r == Role.PARTICIPANT || r == Role.RECIPIENT;
  }

  static Argument resolve(SentenceView v, Candidate c) {
    ActorMention a = v.actorAt(c.head());
    PlaceMention p = v.placeAt(c.head());
    String actorId = null;
    String actorCat = null;
    String placeId = null;
    String gov = null;
    String country = null;
    Double lat = null;
    Double lon = null;
    String time = null;
    if ((a == null || a.actorId() == null) && isActorRole(c.role()) && v.originAt(c.head()) != null) {
      a = v.originAt(c.head()); // غارات روسية، إسرائيل شنت: the country's forces
    }
    if (a != null) {
      actorId = a.actorId();
      actorCat = a.category() == null ? null : a.category().name();
    }
    if (p != null) {
      placeId = p.placeId();
      gov = p.governorate();
      country = p.country();
      lat = p.lat();
      lon = p.lon();
    }
    if (c.role() == Role.TIME) {
      for (TimeMention tm : v.times()) {
        if (c.head() >= tm.tokenBegin() && c.head() < tm.tokenEnd()) {
          time = tm.value();
        }
      }
    }
    return new Argument(c.role(), c.span(), c.headSpan(), actorId, actorCat, placeId, gov, country, lat, lon,
        time, c.rule());
  }
}
