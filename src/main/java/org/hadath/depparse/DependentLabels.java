package org.hadath.depparse;

import org.hadath.depparse.FunctionWords.WordClass;

/**
 * Decides the relation of a non-head child to the head of its phrase, from the phrase's
 * label, the child's category and side of the head, its head word's function-word class,
 * and (for subordinate clauses) the word that introduces it. Noun phrases of a verbal clause
 * get {@link DependentLabel.CoreArgument#ARGUMENT}: their subject or object relation depends on
 * their position among the clause's arguments, which {@link DependentAttacher} settles.
 *
 * <p>Stateless apart from the function words; thread-safe.
 */
final class DependentLabels {

  private final FunctionWords fw;

  DependentLabels(FunctionWords fw) {
    this.fw = fw;
  }

  /**
   * The label of child {@code k} of a phrase labelled {@code label} with head child
   * {@code head}. A child a head rule already attached keeps its relation.
   */
  DependentLabel label(PhraseLabel label, ClauseKind kind, PhraseChildren kids, int head, int k,
      Attachments s) {
    int d = kids.head(k);
    Category c = kids.category(k);
    String w = s.word(d);
    if (s.isAttached(d)) {
      return s.relation(d); // attached by a head rule (aux, cop, case of a noun-like preposition)
    }
    if (c.isWord() || c.is(PhraseLabel.PRT)) {
      if (fw.is(w, WordClass.AUX)) {
        return UdRelation.AUX;
      }
      if (fw.is(w, WordClass.NEG)) {
        return UdRelation.ADVMOD;
      }
    }
    boolean before = k < head;
    switch (label) {
      case VP, S, SQ, SINV:
        return clausalDependent(kind, c, d, before, s);
      case NP, WHNP, NAC:
        return nominalDependent(kids, head, k, before, s);
      case PP, WHPP:
        if (before) {
          return kids.category(head).isClausal() ? UdRelation.MARK : UdRelation.CASE;
        }
        return c.is(PhraseLabel.PP) || c.is(PhraseLabel.NP) ? UdRelation.NMOD : UdRelation.DEP;
      case SBAR, SBARQ:
        if (before) {
          if (c.is(PhraseLabel.WHNP) || fw.is(w, WordClass.REL) || c.is(TagClass.WH_PRONOUN)) {
            return UdRelation.NSUBJ;
          }
          return UdRelation.MARK;
        }
        return UdRelation.DEP;
      case ADJP:
        if (c.isNominal()) {
          return UdRelation.NMOD;
        }
        if (c.is(PhraseLabel.PP)) {
          return UdRelation.OBL;
        }
        if (c.is(PhraseLabel.ADVP) || c.is(TagClass.ADVERB)) {
          return UdRelation.ADVMOD;
        }
        return c.isAdjectival() ? UdRelation.AMOD : UdRelation.DEP;
      case ADVP:
        return c.is(PhraseLabel.PP) ? UdRelation.OBL
            : c.is(PhraseLabel.NP) ? UdRelation.NMOD : UdRelation.ADVMOD;
      case X, FRAG:
        return c.isWord() ? UdRelation.DEP : UdRelation.PARATAXIS;
      case QP:
        return c.is(TagClass.NUMBER) ? UdRelation.COMPOUND : UdRelation.DEP;
      default:
        return UdRelation.DEP; // PRN and the rest
    }
  }

  /** A dependent of a clause (VP, S, SQ, SINV) headed by token {@code d}. */
  private DependentLabel clausalDependent(ClauseKind kind, Category c, int d, boolean before,
      Attachments s) {
    String w = s.word(d);
    boolean time = fw.is(w, WordClass.TIME);
    if (kind == ClauseKind.NOMINAL && c.isNominal()) {
      // nominal sentence: subject and modifiers of the predicate
      return time ? UdRelation.OBL_TMOD : UdRelation.NSUBJ;
    }
    if (!c.isWord()) {
      switch (c.phrase()) {
        case NP, WHNP:
          return time ? UdRelation.OBL_TMOD : DependentLabel.CoreArgument.ARGUMENT;
        case PP:
          return UdRelation.OBL;
        case SBAR:
          return switch (s.clauseMarker(d, fw)) {
            case COMP -> UdRelation.CCOMP;
            case REL -> UdRelation.ACL;
            default -> UdRelation.ADVCL;
          };
        case S, SQ:
          return before ? UdRelation.ADVCL : UdRelation.CCOMP;
        case VP:
          return UdRelation.XCOMP;
        case ADJP:
          return UdRelation.ADVCL;
        case ADVP:
          return UdRelation.ADVMOD;
        case PRN:
          return UdRelation.PARATAXIS;
        default:
          return UdRelation.DEP;
      }
    }
    switch (c.tag()) {
      case ADVERB, PARTICLE:
        return UdRelation.ADVMOD;
      case PREPOSITION:
        return fw.is(w, WordClass.COMP) || fw.is(w, WordClass.SUBORD) ? UdRelation.MARK
            : UdRelation.CASE;
      case NOUN, PROPER_NOUN, NUMBER:
        return time ? UdRelation.OBL_TMOD : DependentLabel.CoreArgument.ARGUMENT;
      case ADJECTIVE:
        return UdRelation.ADVCL;
      case VERB:
        return UdRelation.XCOMP;
      case WH_PRONOUN:
        return UdRelation.NSUBJ;
      default:
        return UdRelation.DEP;
    }
  }

  /** A dependent of a noun phrase: child {@code k}, on the {@code before} side of the head. */
  private UdRelation nominalDependent(PhraseChildren kids, int head, int k, boolean before,
      Attachments s) {
    Category c = kids.category(k);
    int d = kids.head(k);
    String w = s.word(d);
    if (before) {
      if (c.is(TagClass.NUMBER) || c.is(PhraseLabel.QP)) {
        return UdRelation.NUMMOD;
      }
      if (fw.is(w, WordClass.DET) || c.is(TagClass.DETERMINER)) {
        return UdRelation.DET;
      }
      if (c.isAdjectival()) {
        return UdRelation.AMOD;
      }
      if (c.is(PhraseLabel.PRN)) {
        return UdRelation.APPOS;
      }
      return UdRelation.NMOD;
    }
    boolean afterComma = k - 1 > head && kids.get(k - 1).isPunct();
    if (!c.isWord()) {
      switch (c.phrase()) {
        case NP:
          if (afterComma || k - 1 >= 0 && kids.category(k - 1).is(TagClass.PUNCTUATION)) {
            return UdRelation.APPOS;
          }
          if (TagClass.of(s.tag(d)) == TagClass.NUMBER) {
            return UdRelation.NUMMOD;
          }
          return UdRelation.NMOD;
        case PRN:
          return UdRelation.APPOS;
        case ADJP:
          return UdRelation.AMOD;
        case PP:
          return UdRelation.NMOD;
        case SBAR, S, VP:
          return UdRelation.ACL;
        case QP:
          return UdRelation.NUMMOD;
        default:
          return UdRelation.DEP;
      }
    }
    if (c.isAdjectiveWord()) {
      return UdRelation.AMOD;
    }
    if (c.is(TagClass.NUMBER)) {
      return UdRelation.NUMMOD;
    }
    if (fw.is(w, WordClass.DET)) {
      return UdRelation.DET;
    }
    if (c.is(TagClass.PROPER_NOUN) && kids.category(head).is(TagClass.PROPER_NOUN)) {
      return UdRelation.FLAT;
    }
    if (c.isNominalWord()) {
      return UdRelation.NMOD;
    }
    if (c.is(TagClass.VERB)) {
      return UdRelation.ACL;
    }
    return UdRelation.DEP;
  }
}
