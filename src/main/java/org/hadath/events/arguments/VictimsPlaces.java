package org.hadath.events.arguments;

import java.util.List;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;
import org.hadath.normalize.ArabicGrammar;

/**
 * Where the victims of a strike were hit, as its LOCATION when it names none of its own or only
 * a wide one ({@link #WIDE_RANK}; the guide wants the most specific place): a
 * report often tells what was shelled and then where the toll fell (قصف على منطقة جبل X، ما
 * أدى إلى إصابة طفل في بلدة Y؛ شهيدان في مدينة X جراء القصف). The place must follow في or ب
 * and hang, within {@value #MAX_STEPS} links and no other verb, under a word of killing or injury
 * (class KILLED or INJURED: مقتل، إصابة، شهيدان; a verb only when the mention hangs below
 * it: قتل مدنيون في X إثر قصف) that belongs to this mention: nearer to it in the tree than to any other
 * mention of the sentence, and at most {@link PlaceAssignment#MAX_TREE_DISTANCE} links away.
 * A casualty word before the trigger counts only when the mention is told as its cause
 * (جراء القصف، بقصف). Of several such places the first is taken: the first toll told is the
 * main one. A mention of the same type below this one in the tree (قصف مصدره X استهدف قرى
 * …، a verb that restates it) takes nothing from it.
 */
public final class VictimsPlaces {
  /** Links from a place's head up to the casualty word (بلدة → إصابة، or via the victim noun). */
  public static final int MAX_STEPS = 2;
  /**
   * A LOCATION at least this wide ({@link PlaceChains#rank}: a city, a district, a
   * countryside, a governorate) gives way to a narrower victims' place (قصف بريف إدلب أدى لمقتل امرأة في مخيم X), if narrower.
   */
  public static final int WIDE_RANK = 2;
  /** The rule name of a victims' place. */
  public static final String RULE = "place:victims";

  private final WordClasses words;
  private final PlaceChains chains;

  public VictimsPlaces(WordClasses words, PlaceChains chains) {
    this.words = words;
    this.chains = chains;
  }

  /** Adds the victims' place of trigger {@code t} to {@code out}, or puts it for a wide LOCATION. */
  public void add(SentenceView v, Trigger t, List<Trigger> trigs, List<Candidate> out) {
    EventType type = t.rule().type();
    if (type != EventType.STRIKE && type != EventType.BOMBING) {
      return;
    }
    Candidate wide = null;
    for (Candidate c : out) {
      if (c.role() == Role.LOCATION) {
        PlaceMention p = c.head() >= 0 && c.head() < v.size() ? v.placeAt(c.head()) : null;
        if (p == null || PlaceChains.rank(p.placeType()) < WIDE_RANK) {
          return; // the mention names where it happened already
        }
        wide = c;
      }
    }
    PlaceMention best = null;
    for (PlaceMention p : v.places()) {
      int h = Trees.mentionHead(v, p.tokenBegin(), p.tokenEnd());
      if (!chains.introducedByIn(v, p) || PlaceChains.isDateline(v, p)
          || out.stream().anyMatch(c -> c.span().overlaps(span(v, p)))) {
        continue;
      }
      int w = casualtyWord(v, t, h);
      if (w < 0 || w < t.token() && !v.isVerb(w) && !causeOfToll(v, t)) {
        continue;
      }
      int d = PlaceAssignment.distance(v, t, w);
      if (d > PlaceAssignment.MAX_TREE_DISTANCE || nearerToOther(v, trigs, t, w, d)) {
        continue;
      }
      best = p; // the first toll told is the main one (مقتل طفل في X وإصابة امرأة في Y)
      break;
    }
    if (best != null && (wide == null
        || PlaceChains.rank(best.placeType()) < PlaceChains.rank(v.placeAt(wide.head()).placeType()))) {
      int h = Trees.mentionHead(v, best.tokenBegin(), best.tokenEnd());
      Candidate c = ArgumentSpans.candidate(v, Role.LOCATION, h, span(v, best), RULE);
      if (wide == null) {
        out.add(c);
      } else {
        out.set(out.indexOf(wide), c); // the most specific place named for the event
      }
    }
  }

  /** The word of killing or injury at most {@value #MAX_STEPS} links above {@code h}, or -1. */
  int casualtyWord(SentenceView v, Trigger t, int h) {
    int x = v.head(h);
    for (int k = 0; k < MAX_STEPS && x >= 0; k++, x = v.head(x)) {
      boolean toll = words.is(v, x, WordClass.KILLED) || words.is(v, x, WordClass.INJURED);
      if (v.isVerb(x)) {
        // قتل مدنيون في X إثر قصف: a verb's toll is the mention's only when the mention hangs
        // below it (not فيما اغتيل … في Y, a clause of its own)
        return toll && v.depthBelow(x, t.token()) >= 0 ? x : -1;
      }
      if (toll) {
        return x;
      }
    }
    return -1;
  }

  /**
   * Whether the mention is told as the cause of a toll before it (شهيدان في X جراء القصف،
   * إصابة مدني بقصف): only then is a casualty word before the trigger its toll.
   */
  private boolean causeOfToll(SentenceView v, Trigger t) {
    int k = t.token();
    String prep = v.caseOf(k);
    return k > 0 && words.is(v, k - 1, WordClass.CAUSE) || words.isA(prep, WordClass.CAUSE)
        || ArabicGrammar.isBi(prep) || k > 0 && ArabicGrammar.isBi(v.key(k - 1));
  }

  private static org.hadath.events.Span span(SentenceView v, PlaceMention p) {
    return ArgumentSpans.mentionSpan(v, p.begin(), p.end());
  }

  /**
   * True when another mention of the sentence, not one below this one of its type, lies
   * strictly nearer to token {@code w}.
   */
  private static boolean nearerToOther(SentenceView v, List<Trigger> trigs, Trigger t, int w, int d) {
    // a mention of the same type below this one describes it (قصف مصدره X استهدف قرى …)
    return PlaceAssignment.nearerToOther(v, trigs, t, w, d,
        o -> o.rule().type() == t.rule().type() && v.depthBelow(t.token(), o.token()) >= 0);
  }
}
