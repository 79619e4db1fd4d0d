package org.hadath.entities.actors;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hadath.entities.PhraseMatcher;

/**
 * Names of groups and outlets that no lexicon holds, found by how news writes them: a head
 * noun ({@code actor_heads.tsv}) followed by the name in quotes or brackets (قناة “حلب اليوم”،
 * غرفة عمليات "الفتح المبين"، فصائل (الفتح المبين)). The name alone, inside the quotes, is the
 * mention, as the corpus guide sets spans. Stateless.
 */
public final class QuotedNames {
  /** The longest name, in tokens, read between a pair of quotes. */
  public static final int MAX_NAME_TOKENS = 5;

  private static final String OPENERS = "\"«“(‘'";
  private static final String CLOSERS = "\"»”)’'";

  private QuotedNames() {}

  /** A name found after a head noun: tokens [tokenBegin, tokenEnd) and its category. */
  public record Name(int tokenBegin, int tokenEnd, ActorCategory category) {}

  /**
   * The quoted names after the head nouns of {@code heads} in {@code tokens}, skipping names
   * that overlap a token already taken ({@code taken}: a known actor stays known).
   */
  public static List<Name> find(List<CoreLabel> tokens, String doc, PhraseMatcher<ActorCategory> heads,
      BitSet taken) {
    List<Name> out = new ArrayList<>();
    for (PhraseMatcher.Match<ActorCategory> h : PhraseMatcher.longestNonOverlapping(heads.findAll(tokens, doc))) {
      int open = h.tokenEnd();
      if (open >= tokens.size() || !isOneOf(tokens.get(open), OPENERS)) {
        continue;
      }
      int close = -1;
      for (int k = open + 1; k < Math.min(tokens.size(), open + MAX_NAME_TOKENS + 2); k++) {
        if (isOneOf(tokens.get(k), CLOSERS)) {
          close = k;
          break;
        }
      }
      if (close <= open + 1 || taken.get(open + 1, close).cardinality() > 0 || !hasLetters(tokens, open + 1, close)) {
        continue;
      }
      out.add(new Name(open + 1, close, h.values().get(0)));
    }
    return out;
  }

  private static boolean isOneOf(CoreLabel t, String chars) {
    String w = t.word();
    return w != null && w.length() == 1 && chars.indexOf(w.charAt(0)) >= 0;
  }

  /** A name has letters in every token (no numbers, no punctuation inside). */
  private static boolean hasLetters(List<CoreLabel> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).word();
      if (w == null || w.codePoints().noneMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }
}
