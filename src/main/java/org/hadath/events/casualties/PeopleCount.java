package org.hadath.events.casualties;

import java.util.List;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.events.EventFrame.Quantity;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;

/**
 * How many people an evacuation or surrender concerns: a figure of people on its THEME, a few
 * links below the trigger, or on the subject of the verb governing it; else "at least two"
 * for an indefinite plural THEME.
 */
public final class PeopleCount {
  /** A figure at most this many links below the trigger counts its people. */
  public static final int MAX_DEPTH = 3;

  private final WordClasses words;

  public PeopleCount(WordClasses words) {
    this.words = words;
  }

  /** The people count of mention {@code t} with arguments {@code args}, or null. */
  public Quantity count(SentenceView v, Trigger t, List<Candidate> args) {
    int tok = t.token();
    for (QuantityMention q : v.quantities()) {
      int qh = q.countedNoun() != null ? q.countedNoun().tokenIndex() : Trees.mentionHead(v, q.tokenBegin(), q.tokenEnd());
      boolean people = q.countsPeople() || q.countedNoun() == null
          || words.is(v, Math.min(qh, v.size() - 1), WordClass.PEOPLE);
      if (!people) {
        continue;
      }
      boolean onTheme = args.stream().anyMatch(a -> a.role() == Role.THEME
          && (a.span().overlaps(Span.of(v.text(), q.begin(), q.end())) || v.dominates(a.head(), qh)));
      int d = v.depthBelow(tok, qh);
      // نحو 600 شخص تمكنوا من الوصول: the figure is the subject of the verb governing the trigger
      int gov = v.head(tok);
      boolean subjectOfGovernor = gov >= 0 && v.isVerb(gov) && !v.isVerb(tok)
          && v.children(gov, "nsubj").stream().anyMatch(sj -> v.dominates(sj, qh));
      if (onTheme || (d > 0 && d <= MAX_DEPTH) || subjectOfGovernor) {
        return new Quantity(q.min(), q.max(), q.approximate(), Span.of(v.text(), q.begin(), q.end()));
      }
    }
    for (Candidate a : args) {
      if (a.role() == Role.THEME && (v.tag(a.head()).equals("NNS") || words.is(v, a.head(), WordClass.PEOPLE))
          && !Definiteness.isDefinite(v, a.head()) && v.actorAt(a.head()) != null
          && v.actorAt(a.head()).actorId() == null) {
        return new Quantity(CasualtyFigures.INDEFINITE_PLURAL_MIN, null, false, a.span());
      }
    }
    return null;
  }
}
