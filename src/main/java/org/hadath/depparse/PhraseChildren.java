package org.hadath.depparse;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;

/**
 * The children of one phrase, in order, with their coordination marked: a coordinator
 * (و، أو، CONJP) between two content children makes the later one a conjunct of the
 * earlier one's first conjunct. Also the positional searches the head and label rules use.
 */
final class PhraseChildren {

  private final ImmutableList<Child> kids;

  private PhraseChildren(List<Child> kids) {
    this.kids = ImmutableList.copyOf(kids);
  }

  /**
   * Marks coordination among children given by subtree, head token, head tag and category
   * (all lists of the same length, in order).
   */
  static PhraseChildren of(List<Tree> trees, List<Integer> heads, List<String> headTags,
      List<Category> categories) {
    int n = categories.size();
    int[] first = new int[n];
    boolean[] conj = new boolean[n];
    boolean[] cc = new boolean[n];
    for (int k = 0; k < n; k++) {
      first[k] = k;
    }
    for (int p = 0; p < n; p++) {
      if (!categories.get(p).isCoordinator()) {
        continue;
      }
      int prev = prevContent(categories, p);
      int next = nextContent(categories, p);
      if (prev < 0 || next < 0) {
        continue;
      }
      cc[p] = true;
      conj[next] = true;
      first[next] = first[prev];
    }
    List<Child> kids = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      kids.add(new Child(trees.get(k), heads.get(k), headTags.get(k), categories.get(k), cc[k],
          conj[k], first[k]));
    }
    return new PhraseChildren(kids);
  }

  /** Number of children. */
  int size() {
    return kids.size();
  }

  /** Child {@code k}. */
  Child get(int k) {
    return kids.get(k);
  }

  /** Category of child {@code k}. */
  Category category(int k) {
    return kids.get(k).category();
  }

  /** Head token of child {@code k}. */
  int head(int k) {
    return kids.get(k).head();
  }

  /** The first content child, else the first that is no conjunct, else 0. */
  int firstContent() {
    for (int k = 0; k < kids.size(); k++) {
      if (kids.get(k).isContent()) {
        return k;
      }
    }
    for (int k = 0; k < kids.size(); k++) {
      if (!kids.get(k).conjunct()) {
        return k;
      }
    }
    return 0;
  }

  /** The last content child, else {@link #firstContent()}. */
  int lastContent() {
    for (int k = kids.size() - 1; k >= 0; k--) {
      if (kids.get(k).isContent()) {
        return k;
      }
    }
    return firstContent();
  }

  /** The nearest child after {@code p} that is neither a PUNC word nor a coordinator, or -1. */
  int nextContent(int p) {
    for (int k = p + 1; k < kids.size(); k++) {
      if (!kids.get(k).category().is(TagClass.PUNCTUATION) && !kids.get(k).category().isCoordinator()) {
        return k;
      }
    }
    return -1;
  }

  private static int prevContent(List<Category> cs, int p) {
    for (int k = p - 1; k >= 0; k--) {
      if (!cs.get(k).is(TagClass.PUNCTUATION) && !cs.get(k).isCoordinator()) {
        return k;
      }
    }
    return -1;
  }

  private static int nextContent(List<Category> cs, int p) {
    for (int k = p + 1; k < cs.size(); k++) {
      if (!cs.get(k).is(TagClass.PUNCTUATION) && !cs.get(k).isCoordinator()) {
        return k;
      }
    }
    return -1;
  }
}
