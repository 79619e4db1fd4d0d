package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.arguments.ArgumentKinds;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.triggers.Trigger;

/**
 * A strike told by its weapon (سقطت قذيفتان، أصيب بقذائف قوات النظام، دمرت الصواريخ المنازل):
 * the trigger noun names the means too, so it is also the INSTRUMENT, with the weapon
 * adjective after it (قذائف صاروخية، صواريخ عنقودية).
 */
public final class TriggerAsInstrument implements ArgumentFallback {
  private final ArgumentKinds kinds;
  private final ArgumentSpans spans;

  public TriggerAsInstrument(ArgumentKinds kinds, ArgumentSpans spans) {
    this.kinds = kinds;
    this.spans = spans;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    int tok = t.token();
    if (t.rule().type() != EventType.STRIKE || v.isVerb(tok) || !v.tag(tok).contains("NN")
        || !kinds.isInstrument(v, tok)
        || out.stream().anyMatch(c -> c.role() == Role.INSTRUMENT && c.head() == tok)) {
      return;
    }
    out.add(ArgumentSpans.candidate(v, Role.INSTRUMENT, tok, spans.instrumentSpan(v, tok),
        "fallback:trigger-as-instrument"));
  }
}
