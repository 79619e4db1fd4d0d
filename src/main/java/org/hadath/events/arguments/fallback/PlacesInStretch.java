package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.arguments.PlaceRoles;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;
import org.hadath.normalize.ArabicGrammar;

/**
 * Places in the trigger's stretch of text (up to the next full punctuation or another
 * event's word) that the parse did not attach: their preposition gives the role (في/ب where,
 * من where from, إلى/نحو where to, the last two for evacuations); each role is filled once.
 */
public final class PlacesInStretch implements ArgumentFallback {
  /** The scan stops before token trigger + STRETCH. */
  public static final int STRETCH = 16;

  private final WordClasses words;
  private final PlaceRoles placeRoles;

  public PlacesInStretch(WordClasses words, PlaceRoles placeRoles) {
    this.words = words;
    this.placeRoles = placeRoles;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    EventType type = t.rule().type();
    int tok = t.token();
    for (int i = tok + 1; i < Math.min(v.size(), tok + STRETCH) && !Punctuation.isHardPunct(v, i); i++) {
      if (words.isTriggerWord(v, i) && !Trees.linkedByConj(v, i, tok)) {
        break;
      }
      PlaceMention pm = v.placeAt(i);
      if (pm == null || claimed.isClaimed(i)) {
        continue;
      }
      String prep = placeRoles.gluedPreposition(v, pm);
      if (prep.isEmpty() && pm.tokenBegin() > 0) {
        prep = v.key(pm.tokenBegin() - 1);
      }
      Role role = words.isA(prep, WordClass.IN) || ArabicGrammar.isBi(prep) ? Role.LOCATION
          : type == EventType.EVACUATION && words.isA(prep, WordClass.FROM) ? Role.ORIGIN
          : type == EventType.EVACUATION && words.isA(prep, WordClass.TOWARDS) ? Role.DESTINATION : null;
      if (role != null && !ArgumentFallback.has(out, role)) {
        claimed.claim(pm.tokenBegin(), pm.tokenEnd());
        int h = Trees.mentionHead(v, pm.tokenBegin(), pm.tokenEnd());
        out.add(ArgumentSpans.candidate(v, role, h, Span.of(v.text(), pm.begin(), pm.end()),
            "fallback:place-in-stretch"));
      }
      i = pm.tokenEnd() - 1;
    }
  }
}
