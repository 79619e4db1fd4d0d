package org.hadath.depparse;

import edu.stanford.nlp.trees.Tree;

/**
 * One child of a phrase being converted, with what the rules need to know about it.
 *
 * @param tree the child's subtree
 * @param head index of the child's head token in the sentence
 * @param headTag the POS tag of that token ({@code ""} when it has none)
 * @param category the child's phrase label or word class
 * @param coordinator true for a CC or CONJP that joins a conjunct to an earlier one
 * @param conjunct true for a conjunct after a coordinator (not the first conjunct)
 * @param firstConjunct index, among the phrase's children, of the first conjunct of this
 *     child's coordination (the child's own index when it is not a conjunct)
 */
record Child(Tree tree, int head, String headTag, Category category, boolean coordinator,
    boolean conjunct, int firstConjunct) {

  /** Punctuation: a PUNC word or phrase, or a phrase headed by punctuation. */
  boolean isPunct() {
    return category.is(TagClass.PUNCTUATION) || category.is(PhraseLabel.PUNC)
        || headTag.equals("PUNC");
  }

  /** Neither a conjunct, a coordinator, punctuation nor a coordinating word. */
  boolean isContent() {
    return !conjunct && !coordinator && !isPunct() && !category.isCoordinator();
  }
}
