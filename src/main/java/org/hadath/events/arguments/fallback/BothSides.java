package org.hadath.events.arguments.fallback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.sentence.ArmedActors;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;

/**
 * A clash whose sides are only pointed back to (مواجهات دائرة بين الطرفين، اشتباكات جرت بين
 * الطرفين): the {@link WordClass#BOTH_SIDES} word after the trigger stands for the last two
 * different armed actors named before the trigger in the sentence (إن داعش استهدف نقطة
 * لقسد … خلال المواجهات بين الطرفين), which become the PARTICIPANTs in place of the word.
 */
public final class BothSides implements ArgumentFallback {
  /** The "both sides" word lies at most this many tokens after the trigger. */
  public static final int REACH = 6;

  private final WordClasses words;

  public BothSides(WordClasses words) {
    this.words = words;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    if (t.rule().type() != EventType.CLASH) {
      return;
    }
    int tok = t.token();
    int both = -1;
    for (int i = tok + 1; i < Math.min(v.size(), tok + REACH + 1); i++) {
      if (Punctuation.isHardPunct(v, i)) {
        break;
      }
      if (words.is(v, i, WordClass.BOTH_SIDES)) {
        both = i;
        break;
      }
    }
    if (both < 0) {
      return;
    }
    List<ActorMention> sides = lastTwoBefore(v, tok, claimed);
    if (sides.size() < CLASH_SIDES) {
      return;
    }
    int pointer = both;
    out.removeIf(c -> c.role() == Role.PARTICIPANT && c.head() == pointer);
    claimed.claim(both);
    for (ActorMention am : sides) {
      if (ArgumentFallback.count(out, Role.PARTICIPANT) >= CLASH_SIDES) {
        break;
      }
      if (out.stream().anyMatch(c -> c.role() == Role.PARTICIPANT && c.span().overlaps(
          org.hadath.events.Span.of(v.text(), am.begin(), am.end())))) {
        continue;
      }
      claimed.claim(am.tokenBegin(), am.tokenEnd());
      out.add(new Candidate(Role.PARTICIPANT, am.tokenBegin(), ArgumentSpans.mentionSpan(v, am.begin(), am.end()),
          v.span(am.tokenBegin(), am.tokenBegin() + 1), "fallback:both-sides"));
    }
  }

  /**
   * The last two different named armed actors before token {@code tok}, in text order; for
   * people of a group (عناصر من X) the group.
   */
  private static List<ActorMention> lastTwoBefore(SentenceView v, int tok, ClaimedTokens claimed) {
    List<ActorMention> out = new ArrayList<>();
    for (int i = tok - 1; i >= 0 && out.size() < CLASH_SIDES; i--) {
      ActorMention found = v.actorAt(i);
      if (found == null || found.tokenEnd() > tok) {
        continue;
      }
      i = found.tokenBegin();
      // جرحى من ميليشيا X: the group the people belong to is the side
      ActorMention am = found.isNamed() ? found : found.group();
      if (am == null || !ArmedActors.armedOrFighters(am)) {
        continue;
      }
      if (out.stream().noneMatch(o -> sameActor(o, am))) {
        out.add(0, am);
      }
    }
    return out;
  }

  private static boolean sameActor(ActorMention a, ActorMention b) {
    return a.actorId() != null ? Objects.equals(a.actorId(), b.actorId()) : a.text().equals(b.text());
  }
}
