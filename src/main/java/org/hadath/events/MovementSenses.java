package org.hadath.events;

import org.hadath.events.sentence.SentenceView;

/**
 * Recognises movement words that tell no evacuation (GUIDE.md: people leaving or fleeing a
 * place; kidnappings are no event):
 * <ul>
 *   <li>captives moved (نقل الرهائن، مُنعوا من المغادرة واتُّخذوا رهائن), also when a plural
 *       pronoun stands for them (الرهائن كانوا في مصر، وتم نقلهم إلى السودان): the nearest
 *       people word before the pronoun is a captive;</li>
 *   <li>one man's trip or flight: a masculine singular movement verb ({@code ONE_MOVER}: هرب
 *       إلى إيران عام 1980) with no people in it, or a movement noun whose doer is the pronoun
 *       of one man ({@code HIS}: أثناء توجهه من منزله إلى بيروت). A group that leaves is told
 *       with a subject (فرّ السكان) or a plural verb (هربوا).</li>
 * </ul>
 * Either way only a frame without theme or count: people it names as leaving make it an
 * evacuation. The words are classes of {@code classes.tsv} (CAPTIVE, PEOPLE, PLURAL_PRONOUN,
 * ONE_MOVER, HIS). Stateless apart from the rules; thread-safe.
 */
final class MovementSenses {
  private final EventRules rules;

  MovementSenses(EventRules rules) {
    this.rules = rules;
  }

  /** Whether evacuation frame {@code f}, trigger {@code t}, tells no evacuation. */
  boolean noEvacuation(SentenceView v, int t, EventFrame f) {
    return f.type() == EventType.EVACUATION && (captivesMoved(v, t, f) || oneMan(v, t, f));
  }


  /** نقل الرهائن، مُنعوا من مغادرته واتُّخذوا رهائن، تم نقلهم (the hostages): the people who move are captives. */
  private boolean captivesMoved(SentenceView v, int t, EventFrame f) {
    for (EventFrame.Argument a : f.arguments(Role.THEME)) {
      if (rules.isA(v, v.tokenStartingAt(a.head().begin()), WordClass.CAPTIVE)) {
        return true;
      }
    }
    for (int c : v.children(t)) {
      String r = v.rel(c);
      if (!r.startsWith("nmod") && !r.startsWith("obj") && !r.startsWith("nsubj")) {
        continue;
      }
      if (rules.isA(v, c, WordClass.CAPTIVE) || rules.isA(v, c, WordClass.PLURAL_PRONOUN) && captiveBefore(v, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the nearest people word before pronoun {@code p} is a captive. A captive word that
   * describes a people noun (الإيزيديين المختطفين، freed and leaving) defers to that noun.
   */
  private boolean captiveBefore(SentenceView v, int p) {
    for (int i = p - 1; i >= 0; i--) {
      if (rules.isA(v, i, WordClass.CAPTIVE) && !v.rel(i).startsWith("amod")) {
        return true;
      }
      if (rules.isA(v, i, WordClass.PEOPLE) && !rules.isA(v, i, WordClass.PLURAL_PRONOUN) && !rules.isA(v, i, WordClass.CAPTIVE)) {
        return false;
      }
    }
    return false;
  }

  /**
   * هرب إلى إيران عبر كوبا، أثناء توجهه من منزله: a frame with no theme or count whose trigger is
   * a masculine singular movement verb with no people among its dependents, or a movement noun
   * with the pronoun of one man right after it.
   */
  private boolean oneMan(SentenceView v, int t, EventFrame f) {
    if (!f.arguments(Role.THEME).isEmpty() || f.count() != null) {
      return false;
    }
    for (int c : v.children(t)) {
      if (rules.isA(v, c, WordClass.PEOPLE) || v.rel(c).startsWith("nsubj") && v.actorAt(c) != null) {
        return false;
      }
    }
    if (v.isVerb(t)) {
      return rules.isA(v, t, WordClass.ONE_MOVER);
    }
    return t + 1 < v.size() && v.head(t + 1) == t && rules.isA(v, t + 1, WordClass.HIS);
  }
}
