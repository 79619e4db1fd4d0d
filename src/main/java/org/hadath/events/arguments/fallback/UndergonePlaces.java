package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.arguments.PlaceChains;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;
import org.hadath.normalize.ArabicGrammar;

/**
 * A strike told as suffered (تعرضت بلدة X شمال Y، وقريتا Z وW، لقصف مدفعي): the places between
 * the verb of undergoing ({@code UNDERGO} in classes.tsv) and the strike noun after its ل are
 * what the strike hit, TARGETs, whatever the parser hung the noun on (a long subject list
 * often misleads it); a place that contains the one before it or opens with a compass word
 * (شمال Y) is where they lie, the LOCATION. Word order only; runs when no earlier mechanism
 * found a target between the two words.
 */
public final class UndergonePlaces implements ArgumentFallback {
  /** The verb of undergoing is looked for at most this many tokens before the strike noun. */
  public static final int REACH = 20;
  /** The word class of تعرض and its forms. */
  public static final String UNDERGO = "UNDERGO";

  private final WordClasses words;
  private final PlaceChains chains;

  public UndergonePlaces(WordClasses words, PlaceChains chains) {
    this.words = words;
    this.chains = chains;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    EventType type = t.rule().type();
    int tok = t.token();
    if (type != EventType.STRIKE && type != EventType.BOMBING || tok < 2 || !ArabicGrammar.isLi(v.key(tok - 1))) {
      return;
    }
    int u = undergoBefore(v, tok);
    if (u < 0 || out.stream().anyMatch(c -> c.role() == Role.TARGET && c.head() > u && c.head() < tok)) {
      return;
    }
    PlaceMention first = v.placeAt(u + 1);
    if (first == null || first.tokenBegin() != u + 1 || first.direction() != null) {
      return; // تعرضت أطراف X، تعرض رتل: not a place list; the rules and other fallbacks decide
    }
    PlaceMention prev = null;
    for (PlaceMention p : v.places()) {
      if (p.tokenBegin() <= u || p.tokenEnd() > tok) {
        continue;
      }
      // شمال Y (a compass word before the name, none after it) or a container of the last place
      boolean where = prev != null && (chains.containerAfter(v, prev) == p
          || p.direction() != null && p.end() == p.headEnd());
      prev = p;
      if (claimed.isClaimed(p.tokenBegin()) && claimed.isClaimed(p.tokenEnd() - 1)) {
        continue;
      }
      Role role = where ? Role.LOCATION : Role.TARGET;
      if (role == Role.LOCATION && ArgumentFallback.has(out, Role.LOCATION)) {
        continue;
      }
      claimed.claim(p.tokenBegin(), p.tokenEnd());
      int h = Trees.mentionHead(v, p.tokenBegin(), p.tokenEnd());
      out.add(ArgumentSpans.candidate(v, role, h, Span.of(v.text(), p.begin(), p.end()),
          "fallback:undergone-places"));
    }
  }

  /** The nearest UNDERGO word before {@code tok} within {@link #REACH} tokens, or -1. */
  private int undergoBefore(SentenceView v, int tok) {
    for (int i = tok - 2; i >= 0 && i >= tok - REACH; i--) {
      if (words.is(v, i, UNDERGO)) {
        return i;
      }
      if (words.isTriggerWord(v, i)) {
        return -1; // another event's words come between
      }
    }
    return -1;
  }
}
