package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.arguments.ArgumentKinds;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;
import org.hadath.normalize.ArabicGrammar;

/**
 * A strike or clash with no INSTRUMENT whose weapon comes after its object with ب (استهدفت
 * قوات النظام بلدة البارة بالقذائف المدفعية، استهداف نقطة تابعة لهم بقذائف الهاون والرشاشات
 * الثقيلة): the parser often hangs the ب-phrase on the object, where no argument rule of the
 * trigger reads it. The first weapon with ب in the trigger's stretch (up to full punctuation or
 * another event's word or a verb) is the INSTRUMENT, with the weapons coordinated with it; for a
 * clash only a gun or an explosive.
 */
public final class InstrumentAfterBi implements ArgumentFallback {
  /** The scan stops before token trigger + REACH. */
  public static final int REACH = 14;
  /** The preposition "with" (segmented off its noun). */

  private final WordClasses words;
  private final ArgumentKinds kinds;
  private final ArgumentSpans spans;

  public InstrumentAfterBi(WordClasses words, ArgumentKinds kinds, ArgumentSpans spans) {
    this.words = words;
    this.kinds = kinds;
    this.spans = spans;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    EventType type = t.rule().type();
    if (type != EventType.STRIKE && type != EventType.CLASH || ArgumentFallback.has(out, Role.INSTRUMENT)) {
      return;
    }
    int end = Math.min(v.size(), t.token() + REACH);
    for (int i = t.token() + 1; i < end; i++) {
      if (Punctuation.isHardPunct(v, i) || v.isVerb(i)) {
        return; // a new clause (ونرد بالصواريخ) tells another action
      }
      boolean weapon = weaponOf(type, v, i);
      if (weapon && i > 0 && ArabicGrammar.isBi(v.key(i - 1)) && !claimed.isClaimed(i)) {
        take(v, i, out, claimed);
        for (int c : v.children(i, "conj")) {
          if (!claimed.isClaimed(c) && weaponOf(type, v, c)) {
            take(v, c, out, claimed);
          }
        }
        return;
      }
      if (!weapon && words.isTriggerWord(v, i)) {
        return; // another event's word: its weapon is not this one's
      }
    }
  }

  /**
   * Whether token {@code i} is a weapon this event can have: any for a strike; for a clash a gun
   * or an explosive, since rockets or aircraft after a clash word belong to a strike of their
   * own and would retype the clash (RemoteAttacks).
   */
  private boolean weaponOf(EventType type, SentenceView v, int i) {
    return kinds.isInstrument(v, i) && (type == EventType.STRIKE || !words.isRemoteWeapon(v, i));
  }

  private void take(SentenceView v, int i, List<Candidate> out, ClaimedTokens claimed) {
    claimed.claim(i);
    out.add(ArgumentSpans.candidate(v, Role.INSTRUMENT, i, spans.instrumentSpan(v, i), "fallback:instrument-after-bi"));
  }
}
