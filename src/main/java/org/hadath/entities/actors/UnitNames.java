package org.hadath.entities.actors;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hadath.entities.PhraseMatcher;

/**
 * Numbered military units that no lexicon holds, found by how news writes them: a unit noun
 * with its article and the unit's number in digits or as an ordinal (الفوج 47، اللواء الثامن،
 * الفرقة الحادية عشرة), from {@code actor_units.tsv}. The name is the noun and its number; its
 * side is not in the name, so the mention is armed and unidentified
 * ({@link ActorCategory#UNIDENTIFIED_ARMED}) with no id. Stateless.
 */
public final class UnitNames {
  private final PhraseMatcher<Boolean> units;
  private final ImmutableSet<String> ordinals;
  private final ImmutableSet<String> teens;

  /** Unit nouns, ordinal words and the words after an ordinal of 11-19, as match keys. */
  UnitNames(PhraseMatcher<Boolean> units, ImmutableSet<String> ordinals, ImmutableSet<String> teens) {
    this.units = units;
    this.ordinals = ordinals;
    this.teens = teens;
  }

  /** A unit's name found: tokens [tokenBegin, tokenEnd). */
  public record Name(int tokenBegin, int tokenEnd) {}

  /** The unit names in {@code tokens}, skipping those that overlap a token already {@code taken}. */
  public List<Name> find(List<CoreLabel> tokens, String doc, BitSet taken) {
    List<Name> out = new ArrayList<>();
    for (PhraseMatcher.Match<Boolean> u : PhraseMatcher.longestNonOverlapping(units.findAll(tokens, doc))) {
      int k = u.tokenEnd();
      if (k >= tokens.size()) {
        continue;
      }
      String next = PhraseMatcher.tokenKey(tokens.get(k));
      int end;
      if (!next.isEmpty() && next.chars().allMatch(Character::isDigit) && next.length() <= 4) {
        end = k + 1;
      } else if (ordinals.contains(next)) {
        end = k + 1 < tokens.size() && teens.contains(PhraseMatcher.tokenKey(tokens.get(k + 1))) ? k + 2 : k + 1;
      } else {
        continue;
      }
      if (taken.get(u.tokenBegin(), end).cardinality() == 0) {
        out.add(new Name(u.tokenBegin(), end));
      }
    }
    return out;
  }
}
