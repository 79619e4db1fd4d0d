package org.hadath.events.arguments.fallback;

import java.util.List;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
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
 * A strike's places after the first على that follows it (غارات … على قرى X وY وZ بريف W): they
 * are TARGETs, and one with a glued ب, after في or after a word of nearness (على المعابر قرب
 * بلدة X) gives the LOCATION. The stretch ends at full punctuation
 * or at another event's word (a coordinated one shares the targets).
 */
public final class PlacesAfterOn implements ArgumentFallback {
  /** The search for على stops before token trigger + STRETCH. */
  public static final int STRETCH = 20;
  /** After على, places are read up to (not including) token على + PLACES_REACH. */
  public static final int PLACES_REACH = 12;

  private final WordClasses words;
  private final PlaceRoles placeRoles;

  public PlacesAfterOn(WordClasses words, PlaceRoles placeRoles) {
    this.words = words;
    this.placeRoles = placeRoles;
  }

  @Override
  public void fill(SentenceView v, Trigger t, List<Candidate> out, ClaimedTokens claimed) {
    if (t.rule().type() != EventType.STRIKE) {
      return;
    }
    int tok = t.token();
    for (int i = tok + 1; i < Math.min(v.size(), tok + STRETCH) && !Punctuation.isHardPunct(v, i); i++) {
      if (words.isTriggerWord(v, i) && i != tok + 1 && !Trees.linkedByConj(v, i, tok)) {
        break; // another event's words begin (a coordinated one shares the targets)
      }
      if (!words.is(v, i, WordClass.ON)) {
        continue;
      }
      int lastEnd = -1;
      boolean lastWhere = false;
      for (int k = i + 1; k < Math.min(v.size(), i + PLACES_REACH) && !Punctuation.isHardPunct(v, k); k++) {
        PlaceMention pm = v.placeAt(k);
        if (pm == null) {
          continue;
        }
        // بريفي إدلب وحلب: a place joined by و to a wider place where the targets lie is one too
        boolean joined = lastEnd >= 0 && pm.tokenBegin() == lastEnd + 1 && v.tag(lastEnd).equals("CC");
        boolean whereHere = ArabicGrammar.isBi(placeRoles.gluedPreposition(v, pm))
            || pm.tokenBegin() > i + 1 && words.is(v, pm.tokenBegin() - 1, WordClass.IN)
            || joined && lastWhere || placeRoles.afterNear(v, pm); // على المعابر قرب بلدة X
        lastEnd = pm.tokenEnd();
        lastWhere = whereHere;
        if (claimed.isClaimed(k)) {
          k = pm.tokenEnd() - 1;
          continue;
        }
        if (pm.placeType() == org.hadath.entities.places.PlaceType.COUNTRY && k > i + 1) {
          k = pm.tokenEnd() - 1; // على الحدود بين سوريا وتركيا: a country further on is no target
          continue;
        }
        // بريف X، في جبل X: the wider place where the targets lie
        Role role = whereHere ? Role.LOCATION : Role.TARGET;
        if (role == Role.LOCATION && ArgumentFallback.has(out, Role.LOCATION)) {
          break;
        }
        claimed.claim(pm.tokenBegin(), pm.tokenEnd());
        int h = Trees.mentionHead(v, pm.tokenBegin(), pm.tokenEnd());
        out.add(ArgumentSpans.candidate(v, role, h, org.hadath.events.Span.of(v.text(), pm.begin(), pm.end()),
            "fallback:places-after-على"));
        k = pm.tokenEnd() - 1;
      }
      break;
    }
  }
}
