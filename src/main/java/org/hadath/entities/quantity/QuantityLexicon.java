package org.hadath.entities.quantity;

import org.hadath.util.ModelFiles;
import java.util.HashSet;
import java.util.Set;
import org.hadath.entities.NumberReader;
import org.hadath.entities.PhraseTable;
import org.hadath.normalize.ArabicKeys;

/**
 * The data of the quantity layer, loaded once per JVM from {@code hadath/models/quantity/}
 * (and the month names of {@code hadath/models/time/months.tsv}, needed to tell a day of
 * the month from a count). Immutable after loading.
 */
public final class QuantityLexicon {

  /** Types of cue phrases; see {@code cues.tsv}. */
  public enum Cue { APPROX, AT_LEAST, MORE_THAN, RANGE_TO, RANGE_BETWEEN, VAGUE, GROUP, MULTIPLIER }

  /** A cue phrase with its interval (VAGUE, GROUP) or factor (MULTIPLIER). */
  public record CueEntry(Cue cue, Long min, Long max) {}

  private static final class Holder {
    static final QuantityLexicon INSTANCE = new QuantityLexicon();
  }

  /** The shared lexicon (loaded on first use). */
  public static QuantityLexicon get() {
    return Holder.INSTANCE;
  }

  private final NumberReader numbers = NumberReader.get();
  final PhraseTable<CueEntry> prefixCues = new PhraseTable<>();
  final PhraseTable<CueEntry> rangeTo = new PhraseTable<>();
  final PhraseTable<CueEntry> vague = new PhraseTable<>();
  final PhraseTable<CueEntry> group = new PhraseTable<>();
  final PhraseTable<CueEntry> multiplier = new PhraseTable<>();
  final PhraseTable<CueEntry> atLeast = new PhraseTable<>();
  final PhraseTable<String> skipUnits = new PhraseTable<>();
  final PhraseTable<Integer> months = new PhraseTable<>();
  final Set<String> personNouns = new HashSet<>();
  final Set<String> dualStems = new HashSet<>();

  private QuantityLexicon() {
    for (ModelFiles.Row r : ModelFiles.packaged().table("quantity/cues.tsv", 2, 4).requireNonEmptyFields()) {
      Cue cue;
      try {
        cue = Cue.valueOf(r.get(1));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown cue '" + r.get(1) + "'");
      }
      Long min = !r.has(2) ? null : (long) r.getInt(2);
      Long max = !r.has(3) || r.get(3).equals("-") ? null : (long) r.getInt(3);
      if ((cue == Cue.VAGUE || cue == Cue.GROUP || cue == Cue.MULTIPLIER) && min == null) {
        throw r.error(cue + " needs a min (or factor) in column 3");
      }
      CueEntry e = new CueEntry(cue, min, max);
      switch (cue) {
        case APPROX, MORE_THAN, RANGE_BETWEEN -> prefixCues.put(r.get(0), e);
        case AT_LEAST -> {
          prefixCues.put(r.get(0), e);
          atLeast.put(r.get(0), e);
        }
        case RANGE_TO -> rangeTo.put(r.get(0), e);
        case VAGUE -> vague.put(r.get(0), e);
        case GROUP -> group.put(r.get(0), e);
        case MULTIPLIER -> multiplier.put(r.get(0), e);
        default -> throw r.error("unhandled cue " + cue);
      }
    }
    for (ModelFiles.Row r : ModelFiles.packaged().table("quantity/person-nouns.tsv", 2, 2).requireNonEmptyFields()) {
      String key = ArabicKeys.matchKey(r.get(0));
      switch (r.get(1)) {
        case "SG", "PL" -> personNouns.add(key);
        case "SG_DUAL" -> {
          personNouns.add(key);
          // امرأة → امرأتين: a final ta marbuta (key ه) becomes ت before the dual ending.
          dualStems.add(key.endsWith("ه") ? key.substring(0, key.length() - 1) + "ت" : key);
        }
        default -> throw r.error("number must be SG, SG_DUAL or PL: '" + r.get(1) + "'");
      }
    }
    for (ModelFiles.Row r : ModelFiles.packaged().table("quantity/skip-units.tsv", 2, 2).requireNonEmptyFields()) {
      skipUnits.put(r.get(0), r.get(1));
    }
    for (ModelFiles.Row r : ModelFiles.packaged().table("time/months.tsv", 3, 3).requireNonEmptyFields()) {
      months.put(r.get(0), r.getInt(1));
    }
  }

  /** The number word with this key, or null. */
  public NumberReader.NumberWord numberWord(String key) {
    return numbers.numberWord(key);
  }

  /**
   * True when {@code key} (a single word, with or without ال, with or without the
   * accusative ending ـا) is a person noun or the dual of one.
   */
  /** True when the word before a number makes it a year (عام 2019): {@code number-context.tsv}. */
  public boolean isYearWord(String key) {
    return numbers.isYearWord(key);
  }

  /** True when the word before a number makes it a label (رقم 5، المادة 3). */
  public boolean isListWord(String key) {
    return numbers.isListWord(key);
  }

  public boolean isPersonNoun(String key) {
    String k = ArabicKeys.withoutArticle(key);
    if (personNouns.contains(k) || personNouns.contains(key)) {
      return true;
    }
    if (k.length() > 3 && k.endsWith("ا") && personNouns.contains(k.substring(0, k.length() - 1))) {
      return true;
    }
    return isPersonDual(key);
  }

  /** True when {@code key} is the dual (ـان/ـين) of a singular marked SG_DUAL. */
  public boolean isPersonDual(String key) {
    String k = ArabicKeys.withoutArticle(key);
    if (k.length() < 5 || !(k.endsWith("ين") || k.endsWith("ان"))) {
      return false;
    }
    return dualStems.contains(k.substring(0, k.length() - 2));
  }
}
