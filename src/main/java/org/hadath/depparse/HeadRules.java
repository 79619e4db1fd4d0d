package org.hadath.depparse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.hadath.depparse.FunctionWords.WordClass;

/**
 * Decides which child heads a phrase, by UD's content-head rules: a preposition's object,
 * not the preposition; the lexical verb, not the auxiliary; the predicate of a nominal
 * sentence; the clause of a subordinate clause; the noun of a noun phrase (and of
 * بعد/خلال + NP, which the tagger calls nouns).
 *
 * <p>It only chooses: where a rule demotes the word that would otherwise head (كان before a
 * verb or predicate, a noun-like preposition), the choice names that child and its relation
 * ({@code aux}, {@code cop}, {@code case}) and the caller attaches it. Stateless apart from
 * the function words; thread-safe.
 */
final class HeadRules {

  /**
   * The head child of a phrase, and the child a head rule demoted (or -1).
   *
   * @param head index of the head child
   * @param demoted index of the child the rule demoted, or -1
   * @param demotedRelation the demoted child's relation to the head, or null
   */
  record HeadChoice(int head, int demoted, UdRelation demotedRelation) {

    static HeadChoice of(int head) {
      return new HeadChoice(head, -1, null);
    }

    static HeadChoice demoting(int head, int demoted, UdRelation rel) {
      return new HeadChoice(head, demoted, rel);
    }
  }

  private final FunctionWords fw;

  HeadRules(FunctionWords fw) {
    this.fw = fw;
  }

  /** The head of a phrase labelled {@code label} with these children. */
  HeadChoice choose(PhraseLabel label, PhraseChildren kids, Attachments s) {
    switch (label) {
      case PP, WHPP:
        return HeadChoice.of(prepositionalHead(kids));
      case SBAR, SBARQ:
        return HeadChoice.of(subordinateHead(kids));
      case VP:
        return verbPhraseHead(kids, s);
      case S, SQ, SINV, ROOT:
        return HeadChoice.of(clauseHead(label, kids));
      case NP, WHNP, NAC:
        return nounPhraseHead(kids, s);
      case ADJP, WHADJP:
        return HeadChoice.of(firstOr(kids, c -> c.isAdjectival()));
      case ADVP, WHADVP:
        return HeadChoice.of(firstOr(kids, c -> c.is(TagClass.ADVERB) || c.is(PhraseLabel.ADVP)));
      case X, FRAG: {
        for (int k = 0; k < kids.size(); k++) {
          Category c = kids.category(k);
          if (!kids.get(k).conjunct() && (c.is(PhraseLabel.VP) || c.is(PhraseLabel.S)
              || c.is(TagClass.VERB))) {
            return HeadChoice.of(k);
          }
        }
        return HeadChoice.of(firstOr(kids, Category::isNominal));
      }
      default:
        return HeadChoice.of(kids.firstContent());
    }
  }

  /** The first child after the preposition (skipping conjuncts and punctuation). */
  private static int prepositionalHead(PhraseChildren kids) {
    int prep = -1;
    for (int k = 0; k < kids.size(); k++) {
      Child c = kids.get(k);
      if (c.conjunct() || c.coordinator() || c.isPunct()) {
        continue;
      }
      Category cat = c.category();
      if (prep < 0 && (cat.is(TagClass.PREPOSITION) || cat.isWord() && !cat.isNominalWord())) {
        prep = k;
        continue;
      }
      if (prep >= 0) {
        return k;
      }
    }
    return prep >= 0 ? prep : kids.firstContent();
  }

  /** The clause (or nominal) inside an SBAR, else its last content child. */
  private static int subordinateHead(PhraseChildren kids) {
    for (int k = 0; k < kids.size(); k++) {
      Category c = kids.category(k);
      if (!kids.get(k).conjunct() && (c.is(PhraseLabel.S) || c.is(PhraseLabel.VP)
          || c.is(PhraseLabel.SQ) || c.is(PhraseLabel.SINV) || c.is(PhraseLabel.FRAG)
          || c.is(PhraseLabel.NP) || c.is(PhraseLabel.X))) {
        return k;
      }
    }
    return kids.lastContent();
  }

  /**
   * The verb; when it is an auxiliary verb (كان), the verb phrase after it (كان aux) or a
   * nominal predicate after it (كان cop).
   */
  private HeadChoice verbPhraseHead(PhraseChildren kids, Attachments s) {
    int v = -1;
    for (int k = 0; k < kids.size(); k++) {
      if (!kids.get(k).conjunct() && kids.category(k).is(TagClass.VERB)) {
        v = k;
        break;
      }
    }
    if (v < 0) {
      for (int k = 0; k < kids.size(); k++) {
        if (!kids.get(k).conjunct() && kids.category(k).is(PhraseLabel.VP)) {
          return HeadChoice.of(k);
        }
      }
      return HeadChoice.of(kids.firstContent());
    }
    if (fw.is(s.word(kids.head(v)), WordClass.AUXVERB)) {
      // كان + verb phrase: the lexical verb heads, كان is aux
      for (int k = v + 1; k < kids.size(); k++) {
        Category c = kids.category(k);
        if (!kids.get(k).conjunct() && (c.is(PhraseLabel.VP) || c.is(PhraseLabel.S))) {
          return HeadChoice.demoting(k, v, UdRelation.AUX);
        }
      }
      // كان + nominal predicate: the predicate heads, كان is cop
      int pred = -1;
      int nominals = 0;
      for (int k = v + 1; k < kids.size(); k++) {
        Category c = kids.category(k);
        if (!kids.get(k).conjunct() && (c.is(PhraseLabel.NP) || c.is(PhraseLabel.ADJP)
            || c.is(PhraseLabel.PP) || c.isNominalWord() || c.isAdjectiveWord())) {
          pred = k;
          nominals++;
        }
      }
      if (pred >= 0 && (nominals >= 2 || !kids.category(pred).is(PhraseLabel.NP))) {
        return HeadChoice.demoting(pred, v, UdRelation.COP);
      }
    }
    return HeadChoice.of(v);
  }

  /** The verb or VP; in a nominal sentence the predicate; else an embedded S. */
  private static int clauseHead(PhraseLabel label, PhraseChildren kids) {
    for (int k = 0; k < kids.size(); k++) {
      if (!kids.get(k).conjunct() && kids.category(k).isVerbal()) {
        return k;
      }
    }
    if (label == PhraseLabel.ROOT) {
      return kids.firstContent();
    }
    // nominal sentence: the predicate heads
    List<Integer> content = new ArrayList<>();
    for (int k = 0; k < kids.size(); k++) {
      Child c = kids.get(k);
      if (!c.conjunct() && !c.coordinator() && !c.isPunct() && !c.category().isCoordinator()) {
        content.add(k);
      }
    }
    if (content.size() >= 2) {
      int a = content.get(0);
      int b = content.get(1);
      Category ca = kids.category(a);
      Category cb = kids.category(b);
      if (ca.is(PhraseLabel.PP) && cb.isNominal()) {
        return a;
      }
      if (ca.isNominal() && (cb.isNominal() || cb.isAdjectival() || cb.is(PhraseLabel.PP))) {
        return b;
      }
    }
    for (int k = 0; k < kids.size(); k++) {
      if (!kids.get(k).conjunct() && kids.category(k).is(PhraseLabel.S)) {
        return k;
      }
    }
    return kids.firstContent();
  }

  /**
   * The first nominal; a noun-like preposition (بعد، جراء، خلال) before a nominal is demoted
   * to its {@code case}, unless a number follows it (نحو 600 شخص is an approximation).
   */
  private HeadChoice nounPhraseHead(PhraseChildren kids, Attachments s) {
    int fc = kids.firstContent();
    int fcHead = kids.head(fc);
    if (kids.get(fc).tree().getLeaves().size() == 1
        && fw.is(s.word(fcHead), WordClass.SEMIPREP)
        && !(fcHead + 1 < s.size() && TagClass.isPlainCardinal(s.tag(fcHead + 1)))) {
      // بعد/جراء/خلال + NP: the tagger calls these nouns; UD makes them case markers
      for (int k = fc + 1; k < kids.size(); k++) {
        if (!kids.get(k).conjunct() && kids.category(k).isNominal()) {
          return HeadChoice.demoting(k, fc, UdRelation.CASE);
        }
      }
    }
    for (int k = 0; k < kids.size(); k++) {
      Child c = kids.get(k);
      if (!c.conjunct() && !c.coordinator() && c.category().isNominal()) {
        return HeadChoice.of(k);
      }
    }
    for (int k = 0; k < kids.size(); k++) {
      Child c = kids.get(k);
      if (!c.conjunct() && !c.coordinator() && c.category().isAdjectival()) {
        return HeadChoice.of(k);
      }
    }
    return HeadChoice.of(kids.firstContent());
  }

  /** The first non-conjunct child whose category passes {@code test}, else the first content. */
  private static int firstOr(PhraseChildren kids, Predicate<Category> test) {
    for (int k = 0; k < kids.size(); k++) {
      if (!kids.get(k).conjunct() && test.test(kids.category(k))) {
        return k;
      }
    }
    return kids.firstContent();
  }
}
