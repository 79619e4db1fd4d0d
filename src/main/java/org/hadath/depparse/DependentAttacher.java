package org.hadath.depparse;

/**
 * Attaches the non-head children of a phrase to its head, once the head is chosen:
 * punctuation ({@code punct}), coordination (later conjuncts to the first with
 * {@code conj}, the coordinator to the conjunct after it with {@code cc}), then every other
 * child with the relation {@link DependentLabels} decides.
 *
 * <p>Core arguments of a verbal clause are settled here by position, Arabic word order
 * being verb-initial: an argument before the verb is its subject; after it, the first is the
 * subject (passive subject after a passive verb) unless the verb's own suffix is the
 * subject, and the rest are objects. An argument with a noun-like preposition is
 * {@code obl}; a pronoun suffixed to the verb is its {@code obj}. Thread-safe.
 */
final class DependentAttacher {

  private final FunctionWords fw;
  private final DependentLabels labels;

  DependentAttacher(FunctionWords fw) {
    this.fw = fw;
    this.labels = new DependentLabels(fw);
  }

  /** Attaches every child of the phrase but {@code head} to the head's token. */
  void attachDependents(PhraseLabel label, PhraseChildren kids, int head, Attachments s) {
    int headToken = kids.head(head);
    ClauseKind kind = clauseKind(label, kids.category(head));
    boolean subjectInVerb = kind == ClauseKind.VERBAL && fw.hasSubjectSuffix(s.word(headToken))
        && TagClass.of(s.tag(headToken)) == TagClass.VERB;
    boolean passive = TagClass.isPassiveVerb(s.tag(headToken));
    int argCount = 0;
    for (int k = 0; k < kids.size(); k++) {
      if (k == head) {
        continue;
      }
      Child child = kids.get(k);
      int d = child.head();
      if (child.isPunct()) {
        s.attach(d, headToken, UdRelation.PUNCT);
      } else if (child.conjunct()) {
        s.attach(d, kids.head(conjunctHead(kids, head, k)), UdRelation.CONJ);
      } else if (child.coordinator()) {
        s.attach(d, kids.head(kids.nextContent(k)), UdRelation.CC);
      } else if (child.category().isCoordinator()) {
        s.attach(d, headToken, UdRelation.CC);
      } else {
        DependentLabel l = labels.label(label, kind, kids, head, k, s);
        UdRelation rel;
        if (l instanceof UdRelation r) {
          rel = r;
        } else if (s.hasCaseDependent(d)) {
          rel = UdRelation.OBL; // a noun phrase introduced by a noun-like preposition
        } else if (TagClass.isPlainPronoun(s.tag(d)) && s.gluedToPrevious(d)
            && TagClass.of(s.tag(d - 1)) == TagClass.VERB) {
          rel = UdRelation.OBJ; // object pronoun suffixed to the verb (قصفه، استهدفها)
        } else {
          // verb-initial clause: subject first (unless the verb carries it), then objects
          int slot = argCount++ + (subjectInVerb ? 1 : 0);
          if (k < head) {
            rel = UdRelation.NSUBJ;
          } else if (slot == 0) {
            rel = passive ? UdRelation.NSUBJ_PASS : UdRelation.NSUBJ;
          } else {
            rel = UdRelation.OBJ;
          }
        }
        s.attach(d, headToken, rel);
      }
    }
  }

  /**
   * The child conjunct {@code k} attaches to: its first conjunct, except that a clause
   * coordinated after a non-clausal conjunct belongs to the phrase's head.
   */
  private static int conjunctHead(PhraseChildren kids, int head, int k) {
    int first = kids.get(k).firstConjunct();
    if (first != head && kids.category(k).isClausal() && !kids.category(first).isClausal()) {
      return head;
    }
    return first;
  }

  /** Whether a phrase is a verbal clause, a nominal one, or no clause, given its head child. */
  static ClauseKind clauseKind(PhraseLabel label, Category head) {
    if (!label.isClauseLike()) {
      return ClauseKind.NONE;
    }
    return head.isVerbal() ? ClauseKind.VERBAL : ClauseKind.NOMINAL;
  }
}
