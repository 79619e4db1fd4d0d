package org.hadath.entities.quantity;

import java.util.HashMap;
import org.hadath.util.ModelFiles;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hadath.entities.NumberReader;
import org.hadath.entities.PhraseTable;
import org.hadath.normalize.ArabicGrammar;
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
  final Map<String, GrammaticalNumber> personNumber = new HashMap<>();
  /** The victim state a person noun names (person-nouns.tsv, column 3: DEAD, HURT). */
  final Map<String, String> victimState = new HashMap<>();
  final Set<String> phraseAnd = new HashSet<>();
  final Set<String> phraseSuffix = new HashSet<>();
  final Set<String> phraseOne = new HashSet<>();
  final Set<String> ageWords = new HashSet<>();
  /** People a pronoun suffix stands for: {min, max}, max -1 for no upper bound. */
  final Map<String, long[]> suffixPeople = new HashMap<>();

  /**
   * How a person noun counts people on its own ({@code person-nouns.tsv}, column 2): SG one
   * person, SG_DUAL one person and its ـان/ـين form two, PL two or more, GROUP people but
   * no fixed number (عائلة).
   */
  public enum GrammaticalNumber { SG, SG_DUAL, PL, GROUP }

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
    for (ModelFiles.Row r : ModelFiles.packaged().table("quantity/person-nouns.tsv", 2, 3).requireNonEmptyFields()) {
      String key = ArabicKeys.matchKey(r.get(0));
      GrammaticalNumber n;
      try {
        n = GrammaticalNumber.valueOf(r.get(1));
      } catch (IllegalArgumentException e) {
        throw r.error("number must be SG, SG_DUAL, PL or GROUP: '" + r.get(1) + "'");
      }
      personNouns.add(key);
      personNumber.put(key, n);
      if (r.has(2)) {
        if (!r.get(2).equals("DEAD") && !r.get(2).equals("HURT")) {
          throw r.error("victim state must be DEAD or HURT: '" + r.get(2) + "'");
        }
        victimState.put(key, r.get(2));
      }
      if (n == GrammaticalNumber.SG || n == GrammaticalNumber.SG_DUAL) {
        // زوجته: before a pronoun the ta marbuta (key ه) is written ت (the segmenter leaves زوجت)
        personNumber.putIfAbsent(ArabicGrammar.openTa(key), n);
      }
      if (n == GrammaticalNumber.SG_DUAL) {
        // امرأة → امرأتين: a final ta marbuta (key ه) becomes ت before the dual ending.
        dualStems.add(ArabicGrammar.openTa(key));
      }
    }
    for (ModelFiles.Row r : ModelFiles.packaged().table("quantity/people-phrase.tsv", 2, 3).requireNonEmptyFields()) {
      switch (r.get(1)) {
        case "AND" -> phraseAnd.add(ArabicKeys.matchKey(r.get(0)));
        case "SUFFIX" -> {
          phraseSuffix.add(ArabicKeys.matchKey(r.get(0)));
          if (r.has(2)) {
            String n = r.get(2);
            boolean open = n.endsWith("+");
            int min;
            try {
              min = Integer.parseInt(open ? n.substring(0, n.length() - 1) : n);
            } catch (NumberFormatException e) {
              throw r.error("people count must be N or N+: '" + n + "'");
            }
            suffixPeople.put(ArabicKeys.matchKey(r.get(0)), new long[] {min, open ? -1 : min});
          }
        }
        case "ONE" -> phraseOne.add(ArabicKeys.matchKey(r.get(0)));
        case "AGE" -> ageWords.add(ArabicKeys.matchKey(r.get(0)));
        default -> throw r.error("role must be AND, SUFFIX, ONE or AGE: '" + r.get(1) + "'");
      }
    }
    for (ModelFiles.Row r : ModelFiles.packaged().table("quantity/skip-units.tsv", 2, 2).requireNonEmptyFields()) {
      skipUnits.put(r.get(0), r.get(1));
    }
    for (ModelFiles.Row r : ModelFiles.packaged().table("time/months.tsv", 3, 3).requireNonEmptyFields()) {
      if ("LATIN".equals(r.get(2))) {
        continue; // English names are for page stamps, not for numbers in Arabic prose
      }
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
    if (k.length() > 3 && k.endsWith(ArabicGrammar.ALIF) && personNouns.contains(k.substring(0, k.length() - 1))) {
      return true;
    }
    return isPersonDual(key);
  }

  /**
   * How the person noun {@code key} counts (with or without ال, the accusative ـا, or the
   * ت a pronoun suffix leaves of ة), or null when it is no listed person noun. A dual of
   * an SG_DUAL noun (طفلين، طفلي before a pronoun) is reported as {@code null} here: see
   * {@link #isPersonDual} and {@link #isPersonConstructDual}.
   */
  public GrammaticalNumber personNumber(String key) {
    String k = ArabicKeys.withoutArticle(key);
    GrammaticalNumber n = personNumber.get(k);
    if (n == null) {
      n = personNumber.get(key);
    }
    if (n == null && k.length() > 3 && k.endsWith(ArabicGrammar.ALIF)) {
      n = personNumber.get(k.substring(0, k.length() - 1));
    }
    return n;
  }

  /**
   * The victim state a person noun names, DEAD (شهيد، قتلى) or HURT (جريح، جرحى), looked up
   * as {@link #personNumber} looks up the noun; null for other nouns (طفل، مدنيين).
   */
  public String victimState(String key) {
    String k = ArabicKeys.withoutArticle(key);
    String s = victimState.get(k);
    if (s == null) {
      s = victimState.get(key);
    }
    if (s == null && k.length() > 3 && k.endsWith(ArabicGrammar.ALIF)) {
      s = victimState.get(k.substring(0, k.length() - 1));
    }
    return s;
  }

  /** True when {@code key} is a dual in construct, its ن dropped before a pronoun (طفلي+هما). */
  public boolean isPersonConstructDual(String key) {
    String k = ArabicKeys.withoutArticle(key);
    return k.length() >= 4 && (k.endsWith(ArabicGrammar.NISBA) || k.endsWith(ArabicGrammar.ALIF))
        && dualStems.contains(k.substring(0, k.length() - 1));
  }

  /** True for a word joining the members of a people phrase (و): {@code people-phrase.tsv}. */
  public boolean isPhraseAnd(String key) {
    return phraseAnd.contains(key);
  }

  /**
   * How many people a pronoun suffix stands for on a casualty noun (مقتل+ه = 1، مقتل+هما =
   * 2، مقتل+هم = 2 or more) as {min, max} with max -1 for none, or null when the table gives
   * no count for it.
   */
  public long[] suffixPeople(String key) {
    long[] n = suffixPeople.get(key);
    return n == null ? null : n.clone();
  }

  /** True for a word picking one person out of a group (أحد عناصر، إحدى النساء): {@code people-phrase.tsv}. */
  public boolean isPhraseOne(String key) {
    return phraseOne.contains(key);
  }

  /** True for a word of a person's age after a number ((45 عاماً) after a name): {@code people-phrase.tsv}. */
  public boolean isAgeWord(String key) {
    return ageWords.contains(key);
  }

  /** True for a pronoun suffix a person noun may carry (زوجت+ه): {@code people-phrase.tsv}. */
  public boolean isPhraseSuffix(String key) {
    return phraseSuffix.contains(key);
  }

  /** True when {@code key} is the dual (ـان/ـين) of a singular marked SG_DUAL. */
  public boolean isPersonDual(String key) {
    String k = ArabicKeys.withoutArticle(key);
    if (k.length() < 5 || !(k.endsWith(ArabicGrammar.OBLIQUE_PLURAL) || k.endsWith(ArabicGrammar.DUAL))) {
      return false;
    }
    String stem = k.substring(0, k.length() - 2);
    if (dualStems.contains(stem)) {
      return true;
    }
    // مدنيان، آخران: ـان is a dual ending only (plurals end in ـون/ـين), so a listed singular
    // (stems of three letters or more: not إبان) takes it unambiguously
    return k.endsWith(ArabicGrammar.DUAL) && stem.length() >= 3 && personNumber.get(stem) == GrammaticalNumber.SG;
  }
}
