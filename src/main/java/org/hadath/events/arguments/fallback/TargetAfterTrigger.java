package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.ArgumentKinds;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.PlaceRoles;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;

/**
 * A strike without a TARGET: the first thing hit just after the trigger (قصف … مواقع
 * التنظيم، غارات على قرى), a target noun or a place not introduced by في, neither an
 * instrument, a time nor another event's word; else a place after ل further on
 * ({@link #placeAfterLam}).
 */
public final class TargetAfterTrigger implements ArgumentFallback {
  /** The scan stops before token trigger + REACH. */
  public static final int REACH = 7;
  /** A place after ل is looked for before token trigger + LAM_REACH. */
  public static final int LAM_REACH = 12;

  private final WordClasses words;
  private final ArgumentKinds kinds;

  public TargetAfterTrigger(ArgumentKinds kinds) {
    this.words = kinds.words();
    this.kinds = kinds;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    if (t.rule().type() != EventType.STRIKE || ArgumentFallback.has(out, Role.TARGET)) {
      return;
    }
    int tok = t.token();
    for (int i = tok + 1; i < Math.min(v.size(), tok + REACH) && !Punctuation.isHardPunct(v, i); i++) {
      if (!claimed.isClaimed(i) && (words.is(v, i, WordClass.TARGET_NOUN)
              || v.placeAt(i) != null && !words.isA(v.caseOf(i), WordClass.IN)
                  && !words.isA(v.caseOf(i), WordClass.FROM)
                  && !PlaceRoles.namesActor(v, i, v.placeAt(i)))
          && !kinds.isInstrument(v, i) && !kinds.inTime(v, i) && !words.isTriggerWord(v, i)) {
        claimed.claim(i);
        out.add(ArgumentSpans.candidate(v, Role.TARGET, i, ArgumentSpans.argSpan(v, i), "fallback:target-after-trigger"));
        return;
      }
    }
    placeAfterLam(v, t, out, claimed);
  }

  /**
   * قصف مسيرة تركية لقرية X، استهداف القوات التركية بعدة قذائف لقرية Y: after a strike noun
   * and the words that tell who and with what, a place after ل is what was hit. A place after
   * a definite participle (التابعة لناحية Z) is a container, not a target.
   */
  private void placeAfterLam(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    int tok = t.token();
    if (!(v.tag(tok).startsWith("NN") || v.tag(tok).startsWith("DTNN"))) {
      return;
    }
    for (int i = tok + 1; i < Math.min(v.size(), tok + LAM_REACH) && !Punctuation.isHardPunct(v, i); i++) {
      if (words.isTriggerWord(v, i) && !kinds.isInstrument(v, i) || words.isA(v.key(i), WordClass.IN)) {
        return; // another event, or the strike's place (في X) comes first
      }
      PlaceMention p = v.placeAt(i);
      if (p == null || p.tokenBegin() != i || claimed.isClaimed(i)) {
        continue;
      }
      boolean lam = words.isA(v.caseOf(i), WordClass.TARGET_PREP)
          || i > 0 && words.isA(v.key(i - 1), WordClass.TARGET_PREP);
      int before = lam && v.key(i - 1).length() == 1 ? i - 2 : i - 1;
      if (lam && before > tok && !v.tag(before).startsWith("DT")
          && p.placeType() != org.hadath.entities.places.PlaceType.COUNTRY) {
        int h = Trees.mentionHead(v, p.tokenBegin(), p.tokenEnd());
        claimed.claim(p.tokenBegin(), p.tokenEnd());
        out.add(ArgumentSpans.candidate(v, Role.TARGET, h, Span.of(v.text(), p.begin(), p.end()),
            "fallback:place-after-lam"));
      }
      return;
    }
  }
}
