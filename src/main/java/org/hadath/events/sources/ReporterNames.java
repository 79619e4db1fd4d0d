package org.hadath.events.sources;

import org.hadath.entities.actors.ActorCategory;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;

/**
 * The names that stand beside a reporter in news: a correspondent's own name after the noun
 * (مراسلنا سامر العلي، مراسل عنب بلدي (سامر العلي)), and the outlet a source spoke to
 * (قالت مصادر لـ"عنب بلدي"، في حديث لـ"…"), which the corpus guide counts as a reporter too.
 */
final class ReporterNames {
  /** The longest person's name read after a reporter noun, in tokens. */
  static final int MAX_NAME = 4;
  /** How far after the reporter noun the name may begin (past نا, an outlet, a bracket). */
  static final int NAME_REACH = 5;
  /** The longest outlet name read between quotes after لـ. */
  static final int MAX_QUOTED = 5;

  private final WordClasses words;

  ReporterNames(WordClasses words) {
    this.words = words;
  }

  /**
   * The person's name after reporter noun {@code h} as a SOURCE, or null: it starts with a
   * proper noun (or a first name tagged as a common noun before one) and runs over proper
   * nouns and definite nouns (a family name: العلي), ending
   * at punctuation, a bracket or a complementizer.
   */
  Candidate nameAfter(SentenceView v, int h, String rule) {
    if (!words.is(v, h, WordClass.REPORTER)) {
      return null;
    }
    int start = -1;
    for (int i = h + 1; i < Math.min(v.size(), h + NAME_REACH + 1); i++) {
      String tag = v.tag(i);
      if (tag.equals("NNP") && v.actorAt(i) == null && v.placeAt(i) == null || untaggedFirstName(v, i)) {
        start = i;
        break;
      }
      boolean skippable = tag.startsWith("PRP") || v.actorAt(i) != null
          || tag.equals("PUNC") && Punctuation.isQuote(v.text().charAt(v.begin(i))) || v.key(i).equals("(");
      if (!skippable) {
        return null;
      }
    }
    if (start < 0) {
      return null;
    }
    int end = start + 1;
    while (end < v.size() && end - start < MAX_NAME
        && (v.tag(end).contains("NNP") || v.tag(end).equals("DTNN") && v.actorAt(end) == null)
        && v.placeAt(end) == null) {
      end++;
    }
    return new Candidate(Role.SOURCE, start, v.span(start, end), v.span(start, start + 1), rule + "+name");
  }

  /**
   * A first name the tagger took for a common noun (مراسلنا مناف هاشم: مناف/NN هاشم/NNP): an
   * indefinite noun, no entity, right before a proper noun that is no entity either.
   */
  private static boolean untaggedFirstName(SentenceView v, int i) {
    return v.tag(i).equals("NN") && i + 1 < v.size() && v.tag(i + 1).equals("NNP") && v.actorAt(i) == null
        && v.placeAt(i) == null && v.actorAt(i + 1) == null && v.placeAt(i + 1) == null;
  }

  /**
   * The outlet named at {@code o} (a dependent with لـ of a reporting verb or of its noun) as a
   * SOURCE, or null: a known outlet, or a name in quotes.
   */
  Candidate toldTo(SentenceView v, int o) {
    ActorMention am = v.actorAt(o);
    if (am != null && am.isNamed()) {
      if (am.category() != ActorCategory.MEDIA_MONITOR) {
        return null;
      }
      return new Candidate(Role.SOURCE, o, ArgumentSpans.mentionSpan(v, am.begin(), am.end()), v.span(o, o + 1),
          "source:told-to");
    }
    if (o == 0 || !isQuote(v, o - 1)) {
      return null;
    }
    for (int k = o + 1; k < Math.min(v.size(), o + MAX_QUOTED + 1); k++) {
      if (isQuote(v, k)) {
        Span s = v.span(o, k);
        return new Candidate(Role.SOURCE, o, s, v.span(o, o + 1), "source:told-to");
      }
      if (v.tag(k).equals("PUNC")) {
        return null;
      }
    }
    return null;
  }

  private static boolean isQuote(SentenceView v, int i) {
    return v.end(i) - v.begin(i) == 1 && Punctuation.isQuote(v.text().charAt(v.begin(i)));
  }
}
