package org.hadath.depparse;

/**
 * The classes of Penn Arabic Treebank POS tags that the conversion rules tell apart. Each
 * tag falls into exactly one class; tags no rule looks at are {@link #OTHER}.
 */
enum TagClass {
  /** Proper nouns: NNP, DTNNP, NNPS, DTNNPS (nominal, and joined by {@code flat}). */
  PROPER_NOUN,
  /** Other nominals: NN*, DTNN*, NOUN_QUANT, DTNOUN_QUANT, PRP, PRP$, VN, FW. */
  NOUN,
  /** Adjectives: JJ, DTJJ, JJR, DTJJR, ADJ_NUM, DTADJ_NUM. */
  ADJECTIVE,
  /** Cardinal numbers: CD, DTCD. */
  NUMBER,
  /** Verbs: any tag starting with VB. */
  VERB,
  /** RB. */
  ADVERB,
  /** RP. */
  PARTICLE,
  /** IN: prepositions and subordinating conjunctions. */
  PREPOSITION,
  /** WP. */
  WH_PRONOUN,
  /** DT. */
  DETERMINER,
  /** CC. */
  CONJUNCTION,
  /** PUNC. */
  PUNCTUATION,
  /** Any other tag, or none. */
  OTHER;

  /** The class of a POS tag ({@code ""} when the token has none). */
  static TagClass of(String tag) {
    switch (tag) {
      case "NNP", "DTNNP", "NNPS", "DTNNPS":
        return PROPER_NOUN;
      case "NOUN_QUANT", "DTNOUN_QUANT", "PRP", "PRP$", "VN", "FW":
        return NOUN;
      case "JJ", "DTJJ", "JJR", "DTJJR", "ADJ_NUM", "DTADJ_NUM":
        return ADJECTIVE;
      case "CD", "DTCD":
        return NUMBER;
      case "RB":
        return ADVERB;
      case "RP":
        return PARTICLE;
      case "IN":
        return PREPOSITION;
      case "WP":
        return WH_PRONOUN;
      case "DT":
        return DETERMINER;
      case "CC":
        return CONJUNCTION;
      case "PUNC":
        return PUNCTUATION;
      default:
        break;
    }
    if (tag.startsWith("NN") || tag.startsWith("DTNN")) {
      return NOUN;
    }
    return tag.startsWith("VB") ? VERB : OTHER;
  }

  /** True for nouns, proper nouns and pronouns: what heads a noun phrase. */
  boolean isNominal() {
    return this == NOUN || this == PROPER_NOUN;
  }

  // Token-level tag tests the rules make beyond the classes above.

  /** True for a passive verb (VBN). */
  static boolean isPassiveVerb(String tag) {
    return tag.equals("VBN");
  }

  /** True for a plain personal pronoun (PRP, not PRP$). */
  static boolean isPlainPronoun(String tag) {
    return tag.equals("PRP");
  }

  /** True for a personal or possessive pronoun (PRP, PRP$). */
  static boolean isPronoun(String tag) {
    return tag.startsWith("PRP");
  }

  /** True for a plain cardinal (CD, not DTCD). */
  static boolean isPlainCardinal(String tag) {
    return tag.equals("CD");
  }
}
