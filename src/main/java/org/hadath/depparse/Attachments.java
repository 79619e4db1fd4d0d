package org.hadath.depparse;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.hadath.depparse.FunctionWords.WordClass;

/**
 * The dependency tree of one sentence while it is being built: each token's head and
 * relation, and the questions the rules ask about what is attached so far. One instance per
 * sentence conversion; not shared between threads.
 */
final class Attachments {

  /** Head of a token not attached yet. */
  static final int UNATTACHED = -2;
  /** Head of the root token. */
  static final int ROOT = -1;

  private final List<CoreLabel> tokens;
  private final int[] heads;
  private final UdRelation[] rels;

  Attachments(List<CoreLabel> tokens) {
    this.tokens = tokens;
    this.heads = new int[tokens.size()];
    this.rels = new UdRelation[tokens.size()];
    Arrays.fill(heads, UNATTACHED);
  }

  /** Number of tokens. */
  int size() {
    return tokens.size();
  }

  /** POS tag of token {@code i}, {@code ""} when it has none. */
  String tag(int i) {
    String t = tokens.get(i).tag();
    return t == null ? "" : t;
  }

  /** Form of token {@code i}. */
  String word(int i) {
    return tokens.get(i).word();
  }

  /** True when token {@code i} touches the token before it (a suffixed pronoun). */
  boolean gluedToPrevious(int i) {
    return i > 0 && tokens.get(i).beginPosition() == tokens.get(i - 1).endPosition();
  }

  /** Attaches {@code dep} to {@code head}; a token is never attached to itself. */
  void attach(int dep, int head, UdRelation rel) {
    if (dep == head) {
      return;
    }
    set(dep, head, rel);
  }

  /** Sets head and relation of {@code dep} ({@link #ROOT} for the root). */
  void set(int dep, int head, UdRelation rel) {
    heads[dep] = head;
    rels[dep] = rel;
  }

  /** Changes the relation of an attached token. */
  void relabel(int dep, UdRelation rel) {
    rels[dep] = rel;
  }

  /** True once token {@code d} has a head. */
  boolean isAttached(int d) {
    return heads[d] != UNATTACHED;
  }

  /** Head of token {@code i}. */
  int head(int i) {
    return heads[i];
  }

  /** Relation of token {@code i}, null while unattached. */
  UdRelation relation(int i) {
    return rels[i];
  }

  /** The result. */
  UdConverter.Dependencies result() {
    return new UdConverter.Dependencies(heads.clone(), rels.clone());
  }

  /** True when a token before {@code d} is attached to it as {@code case}. */
  boolean hasCaseDependent(int d) {
    for (int i = 0; i < tokens.size(); i++) {
      if (heads[i] == d && rels[i] == UdRelation.CASE && i < d) {
        return true;
      }
    }
    return false;
  }

  /** What introduces the clause headed by token {@code d}. */
  ClauseMarker clauseMarker(int d, FunctionWords fw) {
    for (int i = 0; i < tokens.size(); i++) {
      if (heads[i] == d && i < d && (rels[i] == UdRelation.MARK || rels[i] == UdRelation.NSUBJ
          || rels[i] == UdRelation.OBJ)) {
        String w = word(i);
        if (fw.is(w, WordClass.COMP)) {
          return ClauseMarker.COMP;
        }
        if (fw.is(w, WordClass.REL)) {
          return ClauseMarker.REL;
        }
        if (rels[i] == UdRelation.MARK) {
          return ClauseMarker.SUBORD;
        }
      }
    }
    return ClauseMarker.NONE;
  }

  /** True when a pronoun after {@code v} is in its subtree. */
  boolean hasResumptivePronoun(int v) {
    for (int i = v + 1; i < tokens.size(); i++) {
      if (TagClass.isPronoun(tag(i)) && dominates(v, i)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code anc} is above {@code d} on its chain of heads. */
  boolean dominates(int anc, int d) {
    int steps = 0;
    for (int x = heads[d]; x >= 0 && steps < tokens.size(); x = heads[x], steps++) {
      if (x == anc) {
        return true;
      }
    }
    return false;
  }

  /** True when some token is attached to {@code h}. */
  boolean hasDependents(int h) {
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == h) {
        return true;
      }
    }
    return false;
  }

  /** True when some token is attached to {@code v} as {@code obj}. */
  boolean hasObj(int v) {
    for (int i = 0; i < tokens.size(); i++) {
      if (heads[i] == v && rels[i] == UdRelation.OBJ) {
        return true;
      }
    }
    return false;
  }

  /** The token of [from, to) whose head lies outside the span, if exactly one; else -1. */
  int spanHead(int from, int to) {
    int found = -1;
    for (int i = from; i < to; i++) {
      if (heads[i] < from || heads[i] >= to) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }
}
