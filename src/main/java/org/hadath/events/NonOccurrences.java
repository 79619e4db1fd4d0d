package org.hadath.events;

import org.hadath.events.sentence.SentenceView;
import org.hadath.normalize.ArabicGrammar;

/**
 * Recognises trigger words that name an attack no one is told to have carried out, or a
 * blast that is no attack (GUIDE.md: generic uses are no event; buildings blown up with no
 * armed opponent are none of the types):
 * <ul>
 *   <li>the purpose of means, money or a pretext ({@code MEANS}): a trigger, or the masdar
 *       above it, after purpose ل under such a noun (صواعق كهربائية للتفجير عن بعد، تلقي
 *       تمويلاً … لتفجير سيارة، ذريعة لتنفيذ المداهمات والقصف). A head that is a verb or a
 *       word of suffering (تعرضت لقصف، نتيجة لقصف، التصدي لهجوم) is no means;</li>
 *   <li>an army's demolition: a bombing word whose object is a building ({@code BUILDING})
 *       and whose doer is a regular army or its engineers ({@code ARMY}: قام الجيش بتفجير عدد
 *       من المباني).</li>
 * </ul>
 * A demolition that killed is told as an event; a purpose keeps no toll of its own (the toll
 * of a bombing funded is that bombing's, told where it happened). Stateless apart from the
 * rules; thread-safe.
 */
final class NonOccurrences {
  /** Most noun links climbed from the trigger to the word that carries the purpose ل. */
  static final int PURPOSE_CLIMB = 3;
  /** Most words back from ل to the means noun when the parse hung the purpose on a later verb. */
  static final int PURPOSE_REACH = 6;

  private final EventRules rules;

  NonOccurrences(EventRules rules) {
    this.rules = rules;
  }

  /** Whether frame {@code f}, trigger {@code t}, names no attack that happened. */
  boolean noOccurrence(SentenceView v, int t, EventFrame f) {
    return purposeOfMeans(v, t) || f.casualties().isEmpty() && demolition(v, t, f);
  }


  /**
   * صواعق للتفجير، ذريعة لتنفيذ المداهمات والقصف: climbing from the trigger through nouns
   * (conjuncts and the masdar that governs it) to the first word marked by ل, whose head is a
   * means noun (or a verb before it whose object is one: تلقت تمويلاً لتفجير); or, when the
   * parse hung that word on a verb after it, the nearest means noun a few words before the ل
   * with no verb or stop between (تمويلاً من تيار X، لتفجير …).
   */
  private boolean purposeOfMeans(SentenceView v, int t) {
    int x = t;
    int lam = purposeMark(v, x);
    for (int up = 0; lam < 0 && up < PURPOSE_CLIMB; up++) {
      int h = v.head(x);
      String r = v.rel(x);
      if (h < 0 || v.isVerb(h) || !(r.startsWith("conj") || r.startsWith("nmod"))) {
        return false;
      }
      x = h;
      lam = purposeMark(v, x);
    }
    if (lam < 0) {
      return false;
    }
    final int mark = lam;
    int h = v.head(x);
    if (h >= 0 && h < x && !v.isVerb(h)) {
      return rules.isA(v, h, WordClass.MEANS);
    }
    if (h >= 0 && h < x) {
      // تلقت الخلية تمويلاً لتفجير: the verb's object before the ل is the means; تعرضت مخازن لقصف has none
      return v.children(h, "obj").stream().anyMatch(c -> c < mark && rules.isA(v, c, WordClass.MEANS));
    }
    for (int i = lam - 1; i >= 0 && i >= lam - PURPOSE_REACH; i--) {
      String k = v.key(i);
      if (v.isVerb(i) || k.equals(".") || k.equals(ArabicGrammar.ARABIC_SEMICOLON) || k.equals(":")) {
        return false;
      }
      if (rules.isA(v, i, WordClass.MEANS)) {
        return true;
      }
    }
    return false;
  }

  /** The ل that marks {@code x} (a case child before it), or -1. */
  private static int purposeMark(SentenceView v, int x) {
    for (int c : v.children(x, "case")) {
      if (c < x && ArabicGrammar.isLi(v.key(c))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * قام الجيش بتفجير عدد من المباني: a bombing whose object (its noun complement, or the one
   * below a count) is a building and whose doer (the subject of the trigger or of the verb it
   * completes, or its agent) is an army.
   */
  private boolean demolition(SentenceView v, int t, EventFrame f) {
    if (f.type() != EventType.BOMBING) {
      return false;
    }
    boolean building = false;
    for (int c : v.children(t)) {
      String r = v.rel(c);
      if ((r.startsWith("obj") || r.startsWith("nmod") && v.caseOf(c).isEmpty())
          && (rules.isA(v, c, WordClass.BUILDING) || v.children(c, "nmod").stream().anyMatch(g -> rules.isA(v, g, WordClass.BUILDING)))) {
        building = true;
      }
    }
    if (!building) {
      return false;
    }
    for (EventFrame.Argument a : f.arguments(Role.AGENT)) {
      if (rules.isA(v, v.tokenStartingAt(a.head().begin()), WordClass.ARMY)) {
        return true;
      }
    }
    int h = v.head(t);
    return v.children(t, "nsubj").stream().anyMatch(c -> rules.isA(v, c, WordClass.ARMY))
        || h >= 0 && v.isVerb(h) && v.children(h, "nsubj").stream().anyMatch(c -> rules.isA(v, c, WordClass.ARMY));
  }
}
