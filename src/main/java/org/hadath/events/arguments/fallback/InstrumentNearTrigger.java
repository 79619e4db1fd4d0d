package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.arguments.InstrumentOwners;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;

/**
 * A strike with neither INSTRUMENT nor AGENT: the nearest aircraft or artillery word in the
 * trigger's stretch (قصف طيران التحالف), following before preceding, is its INSTRUMENT and
 * the actor owning it its AGENT.
 */
public final class InstrumentNearTrigger implements ArgumentFallback {
  /** How many tokens before or after the trigger are looked at. */
  public static final int RADIUS = 6;

  private final WordClasses words;
  private final ArgumentSpans spans;
  private final InstrumentOwners owners;

  public InstrumentNearTrigger(WordClasses words, ArgumentSpans spans, InstrumentOwners owners) {
    this.words = words;
    this.spans = spans;
    this.owners = owners;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    if (t.rule().type() != EventType.STRIKE
        || out.stream().anyMatch(c -> c.role() == Role.INSTRUMENT || c.role() == Role.AGENT)) {
      return;
    }
    int tok = t.token();
    for (int d = 1; d <= RADIUS; d++) {
      for (int i : new int[] {tok + d, tok - d}) {
        if (i < 0 || i >= v.size() || claimed.isClaimed(i)
            || !words.isRemoteWeapon(v, i)) {
          continue;
        }
        if (Punctuation.hasPunctBetween(v, i, tok) || raidAdjective(v, tok, i)) {
          continue;
        }
        claimed.claim(i);
        out.add(ArgumentSpans.candidate(v, Role.INSTRUMENT, i, spans.instrumentSpan(v, i),
            "fallback:instrument-near-trigger"));
        int owner = owners.of(v, i);
        if (owner >= 0 && !claimed.isClaimed(owner)) {
          claimed.claim(owner);
          out.add(ArgumentSpans.candidate(v, Role.AGENT, owner, ArgumentSpans.argSpan(v, owner),
              "fallback:instrument-owner"));
        }
        return;
      }
    }
  }

  /** غارات جوية: the air adjective right after an air raid noun restates the raid, it names no weapon. */
  private boolean raidAdjective(SentenceView v, int tok, int i) {
    return i == tok + 1 && v.tag(i).contains("JJ") && words.is(v, tok, WordClass.AIR_RAID);
  }
}
