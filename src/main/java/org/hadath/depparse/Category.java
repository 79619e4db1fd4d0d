package org.hadath.depparse;

/**
 * The category of a child of a phrase, which most rules decide by: a phrase with its label,
 * or a single word (a pre-terminal) with the class of its POS tag.
 *
 * @param phrase the phrase label, or null for a word
 * @param tag the class of the word's POS tag, or null for a phrase
 */
record Category(PhraseLabel phrase, TagClass tag) {

  /** A phrase child. */
  static Category phrase(PhraseLabel label) {
    return new Category(label, null);
  }

  /** A word child with this POS tag ({@code ""} when it has none). */
  static Category word(String posTag) {
    return new Category(null, TagClass.of(posTag));
  }

  /** True for a single word. */
  boolean isWord() {
    return phrase == null;
  }

  /** True for a phrase with this label. */
  boolean is(PhraseLabel label) {
    return phrase == label;
  }

  /** True for a word whose tag is of this class. */
  boolean is(TagClass c) {
    return tag == c;
  }

  /** A noun or pronoun word. */
  boolean isNominalWord() {
    return tag != null && tag.isNominal();
  }

  /** An NP or a nominal word. */
  boolean isNominal() {
    return phrase == PhraseLabel.NP || isNominalWord();
  }

  /** An adjective word. */
  boolean isAdjectiveWord() {
    return tag == TagClass.ADJECTIVE;
  }

  /** An ADJP or an adjective word. */
  boolean isAdjectival() {
    return phrase == PhraseLabel.ADJP || isAdjectiveWord();
  }

  /** A coordinating word (CC) or a CONJP. */
  boolean isCoordinator() {
    return tag == TagClass.CONJUNCTION || phrase == PhraseLabel.CONJP;
  }

  /** A VP, S, SBAR or SQ, or a verb: something that is a clause of its own. */
  boolean isClausal() {
    return phrase == PhraseLabel.VP || phrase == PhraseLabel.S || phrase == PhraseLabel.SBAR
        || phrase == PhraseLabel.SQ || tag == TagClass.VERB;
  }

  /** A verb word or a VP: what makes a clause verbal. */
  boolean isVerbal() {
    return tag == TagClass.VERB || phrase == PhraseLabel.VP;
  }
}
