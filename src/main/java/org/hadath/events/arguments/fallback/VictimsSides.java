package org.hadath.events.arguments.fallback;

import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.ArmedActors;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;

/**
 * The sides a clash is told by through its dead and wounded: fighters killed or hurt in it
 * belong to one of its sides (قُتل عناصر يتبعون لقوات X ومليشيات Y إثر هجوم شنه Z، قُتل عنصران من
 * خلايا X وآخر من المجموعات المحلية نتيجة الاشتباكات). When the clash word hangs on a casualty
 * word ({@link WordClass#KILLED}, {@link WordClass#INJURED}: a verb and its conjoined verbs, or a
 * noun), the armed groups named among its victims before the clash word (the verb's subject,
 * or its conjoined verb's when it has none; the noun's dependents without preposition; with
 * everything below them) are PARTICIPANTs, up to {@value #MAX_SIDES} sides in all: the
 * victims' groups and the attacker named by the rules before.
 */
public final class VictimsSides implements ArgumentFallback {
  /** Sides a clash may get when its victims name groups of their own. */
  public static final int MAX_SIDES = 3;

  private final WordClasses words;

  public VictimsSides(WordClasses words) {
    this.words = words;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    if (t.rule().type() != EventType.CLASH || ArgumentFallback.count(out, Role.PARTICIPANT) >= MAX_SIDES) {
      return;
    }
    int tok = t.token();
    int cas = v.head(tok);
    if (cas >= 0 && words.is(v, cas, WordClass.CAUSE)) {
      cas = v.head(cas); // قُتل … نتيجة الاشتباكات: the cause noun stands between
    }
    if (cas < 0 || !words.is(v, cas, WordClass.KILLED) && !words.is(v, cas, WordClass.INJURED)) {
      return;
    }
    for (int victims : victims(v, cas)) {
      for (int i = 0; i < v.size(); i++) {
        if (ArgumentFallback.count(out, Role.PARTICIPANT) >= MAX_SIDES) {
          return;
        }
        ActorMention found = v.actorAt(i);
        if (found == null || found.tokenBegin() != i || i > tok || !v.dominates(victims, i) || v.dominates(tok, i)) {
          continue;
        }
        ActorMention am = found.isNamed() ? found : found.group();
        if (am == null || !ArmedActors.armedOrFighters(am) || claimed.isClaimed(am.tokenBegin())) {
          continue;
        }
        Span span = ArgumentSpans.actorSpan(v, am);
        if (out.stream().anyMatch(c -> c.role() == Role.PARTICIPANT && c.span().overlaps(span))) {
          continue;
        }
        claimed.claim(found.tokenBegin(), found.tokenEnd());
        out.add(new Candidate(Role.PARTICIPANT, am.tokenBegin(), span, v.span(am.tokenBegin(), am.tokenBegin() + 1),
            "fallback:victims-sides"));
      }
    }
  }

  /** The victims' phrases of casualty word {@code cas}: its (and its conjoined verbs') subjects, or a noun's bare dependents. */
  private static List<Integer> victims(SentenceView v, int cas) {
    List<Integer> out = new ArrayList<>();
    if (v.isVerb(cas)) {
      out.addAll(v.children(cas, "nsubj"));
      // قُتل وجرح عدد من عناصر X: the subject may hang on the second verb
      for (int c : out.isEmpty() ? v.children(cas, "conj") : List.<Integer>of()) {
        if (v.isVerb(c)) {
          out.addAll(v.children(c, "nsubj"));
        }
      }
    } else {
      for (int c : v.children(cas, "nmod")) {
        if (v.children(c, "case").isEmpty()) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
