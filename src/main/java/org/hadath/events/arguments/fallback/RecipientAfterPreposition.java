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
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;
import org.hadath.normalize.ArabicGrammar;

/**
 * A surrender without a RECIPIENT: the first actor after the trigger introduced by ل (glued
 * or not) or إلى/نحو (استسلموا لقوات X، إلى القوات). A THEME whose span ran on into it is cut
 * back to end before it.
 */
public final class RecipientAfterPreposition implements ArgumentFallback {
  /** The scan stops before token trigger + REACH. */
  public static final int REACH = 12;

  private final WordClasses words;

  public RecipientAfterPreposition(WordClasses words) {
    this.words = words;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    if (t.rule().type() != EventType.SURRENDER || ArgumentFallback.has(out, Role.RECIPIENT)) {
      return;
    }
    int tok = t.token();
    for (int i = tok + 1; i < Math.min(v.size(), tok + REACH) && !Punctuation.isHardPunct(v, i); i++) {
      ActorMention am = v.actorAt(i);
      if (am == null) {
        continue;
      }
      boolean glued = am.begin() > v.begin(am.tokenBegin());
      String before = am.tokenBegin() > 0 ? v.key(am.tokenBegin() - 1) : "";
      String gluedLetter = glued ? v.text().substring(v.begin(am.tokenBegin()), am.begin()) : "";
      if (ArabicGrammar.isLiWritten(gluedLetter) || ArabicGrammar.isLi(before)
          || words.isA(before, WordClass.TOWARDS)) {
        for (Candidate c : new ArrayList<>(out)) {
          if (c.role() == Role.THEME && c.span().overlaps(Span.of(v.text(), am.begin(), am.end()))) {
            out.remove(c); // the theme's span ran on into the recipient: cut it back
            int h = c.head();
            Span cut = Span.of(v.text(), c.span().begin(),
                Math.max(v.end(h), Math.min(c.span().end(), v.begin(am.tokenBegin()) - 1)));
            out.add(new Candidate(Role.THEME, h, Punctuation.trimQuotes(cut), c.headSpan(), c.rule() + "+cut"));
          }
        }
        claimed.claim(am.tokenBegin(), am.tokenEnd());
        out.add(new Candidate(Role.RECIPIENT, i, ArgumentSpans.mentionSpan(v, am.begin(), am.end()),
            v.span(i, i + 1), "fallback:recipient-after-" + ArabicGrammar.LI));
        break;
      }
      i = am.tokenEnd() - 1;
    }
  }
}
