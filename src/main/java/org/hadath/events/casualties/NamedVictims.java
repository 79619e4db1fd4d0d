package org.hadath.events.casualties;

import org.hadath.entities.quantity.QuantityKind;
import org.hadath.entities.quantity.QuantityLexicon;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.entities.quantity.QuantityMention.CountedNoun;
import org.hadath.events.Span;
import org.hadath.events.sentence.SentenceView;
import org.hadath.normalize.ArabicGrammar;

/**
 * Victims listed by name right after a casualty word, each person named counting one
 * (GUIDE.md, Quantities): مقتل محمود العلي = 1، أسفر عن استشهاد خالدة محمد (45 عاماً)
 * وابنها هجار (24 عاماً) = 2. A member of the list is a person phrase of the quantity layer
 * (ابنها، الطفل) with the name after it, or a name: proper nouns, or a short run of nouns
 * and adjectives that an age in brackets closes (the tagger often misses names; an age
 * marks a person). Members are joined by و or a comma. Stateless.
 */
final class NamedVictims {
  /** A name has at most this many words (خالد عبد القادر، هجار عدنان سليمان). */
  static final int NAME_WORDS = 4;

  private NamedVictims() {}

  /** One member of a list: how many people it names and the token after it. */
  private record Member(long people, int end) {}

  /** The victims named after casualty word {@code c}, as one people mention, or null when none is. */
  static QuantityMention after(SentenceView v, int c) {
    int i = c + 1;
    long people = 0;
    int end = -1;
    while (i < v.size()) {
      Member m = member(v, i);
      if (m == null) {
        break;
      }
      people += m.people();
      end = m.end();
      int j = end;
      if (j < v.size() && isComma(v, j)) {
        j++;
      }
      if (j < v.size() && QuantityLexicon.get().isPhraseAnd(v.key(j))) {
        j++;
      }
      if (j == end) {
        break;
      }
      i = j;
    }
    if (end < 0) {
      return null;
    }
    int last = end - 1;
    if (end - 4 > c + 1 && ageEnd(v, end - 4) == end) {
      last = end - 5; // the span is the names; the last age stays outside
    }
    Span s = v.span(c + 1, last + 1);
    CountedNoun noun = new CountedNoun(v.text().substring(v.begin(c + 1), v.end(c + 1)), v.begin(c + 1),
        v.end(c + 1), c + 1, true);
    return new QuantityMention(s.text(), s.begin(), s.end(), v.index(), c + 1, last + 1, people, people, false,
        QuantityKind.PERSONS, noun);
  }

  /** A member starting at token {@code i}: a person phrase with its name, or a name; null when none starts there. */
  private static Member member(SentenceView v, int i) {
    for (QuantityMention p : v.peopleCounts()) {
      if (p.tokenBegin() == i && p.max() != null && p.min() == p.max()) {
        int after = nameEnd(v, p.tokenEnd());
        return new Member(p.min(), after);
      }
    }
    if (isProper(v, i)) {
      return new Member(1, nameEnd(v, i));
    }
    for (int j = i; j < v.size() && j < i + NAME_WORDS && isNameWord(v, j); j++) {
      int aged = ageEnd(v, j + 1);
      if (aged > 0) {
        return new Member(1, aged); // خالدة محمد شريف (45 عاماً): the tagger took the name for nouns
      }
    }
    return null;
  }

  /**
   * The token after the name that starts at {@code i} (none: {@code i}) and the age in
   * brackets after it: proper nouns, or any short run of name words an age closes.
   */
  private static int nameEnd(SentenceView v, int i) {
    int proper = i;
    while (proper < v.size() && proper < i + NAME_WORDS && isProper(v, proper)) {
      proper++;
    }
    for (int j = i; j < v.size() && j < i + NAME_WORDS && isNameWord(v, j); j++) {
      int aged = ageEnd(v, j + 1);
      if (aged > 0) {
        return aged;
      }
    }
    int aged = ageEnd(v, proper);
    return aged > 0 ? aged : proper;
  }

  /** The token after an age in brackets starting at {@code i} ((45 عاماً)، (8 أعوام)), or -1. */
  private static int ageEnd(SentenceView v, int i) {
    if (i + 3 < v.size() && v.key(i).equals("(") && v.tag(i + 1).equals("CD")
        && QuantityLexicon.get().isAgeWord(v.key(i + 2)) && v.key(i + 3).equals(")")) {
      return i + 4;
    }
    return -1;
  }

  /** A proper noun that is no place and no known actor. */
  private static boolean isProper(SentenceView v, int i) {
    String t = v.tag(i);
    return (t.startsWith("NNP") || t.startsWith("DTNNP")) && v.placeAt(i) == null && v.actorAt(i) == null;
  }

  /** A word that may be part of a name the tagger missed: a noun or adjective, no place, no actor. */
  private static boolean isNameWord(SentenceView v, int i) {
    String t = v.tag(i);
    return (t.startsWith("NN") || t.startsWith("DTNN") || t.startsWith("JJ") || t.startsWith("DTJJ"))
        && v.placeAt(i) == null && v.actorAt(i) == null;
  }

  private static boolean isComma(SentenceView v, int i) {
    return ArabicGrammar.isComma(v.key(i));
  }
}
