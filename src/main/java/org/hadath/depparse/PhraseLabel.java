package org.hadath.depparse;

import edu.stanford.nlp.trees.Tree;

/**
 * The phrase labels of Penn Arabic Treebank trees that the conversion rules tell apart,
 * read without function tags or indices ({@code NP-SBJ-1} is {@link #NP}). Labels no rule
 * looks at are {@link #OTHER}.
 */
enum PhraseLabel {
  ROOT, S, SQ, SINV, SBAR, SBARQ, VP, NP, WHNP, NAC, PP, WHPP, ADJP, WHADJP, ADVP, WHADVP,
  QP, PRN, PRT, CONJP, FRAG,
  /** An unlabelled node, or one labelled X. */
  X,
  /** A phrase node labelled PUNC (the parser sometimes wraps punctuation). */
  PUNC,
  OTHER;

  /** The label of a tree node. */
  static PhraseLabel of(Tree t) {
    return of(t.value());
  }

  /** The label of a node value such as {@code NP-SBJ=2}. */
  static PhraseLabel of(String value) {
    if (value == null || value.isEmpty()) {
      return X;
    }
    if (value.startsWith("-")) {
      return OTHER; // -NONE- and the like
    }
    int cut = value.length();
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '-' || c == '=' || c == '#') {
        cut = i;
        break;
      }
    }
    try {
      return valueOf(value.substring(0, cut));
    } catch (IllegalArgumentException e) {
      return OTHER;
    }
  }

  /** S, SQ, SINV or VP: a clause whose dependents get clause relations. */
  boolean isClauseLike() {
    return this == VP || this == S || this == SQ || this == SINV;
  }
}
