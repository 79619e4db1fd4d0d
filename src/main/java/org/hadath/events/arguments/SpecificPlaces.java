package org.hadath.events.arguments;

import java.util.List;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.triggers.Trigger;

/**
 * The most specific place of a chain (GUIDE.md: LOCATION is the most specific place named for
 * the event). When a mention's LOCATION is the wider place of a chain (في قرية X بريف Y gave
 * بريف Y), the specific place before it (the first of its list: قريتي X وY بريف Z) takes its
 * role: after في/ب, or after a part of it that في/ب introduces (في الأطراف الغربية من بلدة X
 * بريف Y), as LOCATION in its stead; otherwise, for a strike or bombing, it is what
 * the event acted on (قصف على قرية X بريف Y، تعرضت بلدة X بريف Y لقصف): TARGET beside it.
 */
public final class SpecificPlaces {
  /** The rule name the specific places carry. */
  public static final String RULE = "place:most-specific";

  private final PlaceChains chains;

  public SpecificPlaces(PlaceChains chains) {
    this.chains = chains;
  }

  /** Rewrites the place arguments of trigger {@code t} in {@code out}. */
  public void refine(SentenceView v, Trigger t, List<Candidate> out) {
    for (int k = 0; k < out.size(); k++) {
      Candidate c = out.get(k);
      PlaceMention wide = c.role() == Role.LOCATION ? v.placeAt(c.head()) : null;
      PlaceMention last = wide == null ? null : chains.containedBefore(v, wide);
      PlaceMention q = last == null ? null : chains.listHead(v, last);
      if (q == null || PlaceChains.isDateline(v, q) || mentioned(out, v, q, last)) {
        continue;
      }
      int h = Trees.mentionHead(v, q.tokenBegin(), q.tokenEnd());
      EventType type = t.rule().type();
      Role role = chains.introducedByIn(v, q) || chains.partIntroducedByIn(v, q) ? Role.LOCATION
          : type == EventType.STRIKE || type == EventType.BOMBING ? Role.TARGET : null;
      if (role == null) {
        continue;
      }
      Candidate specific = ArgumentSpans.candidate(v, role, h,
          ArgumentSpans.mentionSpan(v, q.begin(), q.end()), RULE);
      if (role == Role.LOCATION) {
        out.set(k, specific);
      } else if (role == Role.TARGET) {
        out.add(specific);
      }
      return;
    }
  }

  /**
   * Whether a candidate already names a place of the list from {@code first} to {@code last}:
   * one whose head lies in the list, or another place argument over it. A target whose words
   * merely run on over the list (محيط بلدة X بسهل Y بريف Z, headed by محيط) does not name it.
   */
  private static boolean mentioned(List<Candidate> out, SentenceView v, PlaceMention first,
      PlaceMention last) {
    Span s = Span.of(v.text(), first.begin(), last.end());
    return out.stream().anyMatch(c -> c.span().overlaps(s) && (c.role() == Role.LOCATION
        || c.head() >= first.tokenBegin() && c.head() < last.tokenEnd()
        || c.span().begin() >= first.begin()));
  }
}
