package org.hadath.events.arguments;

import org.hadath.entities.actors.ActorMention;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;

/**
 * Actors named inside a noun phrase by iḍāfa (فرق الهلال الأحمر، وكالة «سانا»): the phrase's
 * head is a generic noun, the name hangs below it through nmod/appos/flat links.
 */
public final class Idafa {
  private Idafa() {}

  /** How many tokens after the head a named actor may begin. */
  public static final int ACTOR_REACH = 3;
  /** At most this many links between the head and the name. */
  public static final int MAX_LINKS = 3;

  /** A named actor hanging below {@code h} by iḍāfa (فرق الهلال الأحمر → الهلال الأحمر), or -1. */
  public static int innerActor(SentenceView v, int h) {
    for (int c = h + 1; c < Math.min(v.size(), h + ACTOR_REACH + 1); c++) {
      ActorMention am = v.actorAt(c);
      if (am != null && am.isNamed() && chain(v, h, c)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The named actor in quotes or brackets right after the generic head {@code h} (فصائل
   * (الفتح المبين)، غرفة عمليات "X"), however the parse hung it, or -1: only words of the head
   * phrase, quotes and brackets lie between.
   */
  public static int quotedNameAfter(SentenceView v, int h) {
    if (!v.tag(h).startsWith("NN") && !v.tag(h).startsWith("DTNN") || v.tag(h).contains("NNP")) {
      return -1;
    }
    int words = 0;
    for (int c = h + 1; c < Math.min(v.size(), h + ACTOR_REACH + 2); c++) {
      ActorMention am = v.actorAt(c);
      if (am != null && am.isNamed() && opensName(charBefore(v.text(), am.begin()))) {
        return c;
      }
      boolean opener = v.tag(c).equals("PUNC") && opensName(v.text().charAt(v.begin(c)));
      // one more word of the head (غرفة عمليات "X"), else only the opening quote or bracket
      if (!opener && (++words > 1 || !v.tag(c).startsWith("NN") && !v.tag(c).startsWith("DTNN"))) {
        return -1;
      }
    }
    return -1;
  }

  /** The last character before {@code at} that is not a space, or a space at the text's start. */
  private static char charBefore(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return ' ';
  }

  private static boolean opensName(char c) {
    return c == '(' || Punctuation.isQuote(c);
  }

  /** True when {@code c} hangs below {@code h} by nmod/appos/flat links only, none with a preposition (وكالة → سانا). */
  public static boolean chain(SentenceView v, int h, int c) {
    int steps = 0;
    for (int x = c; x >= 0 && steps <= MAX_LINKS; x = v.head(x), steps++) {
      if (x == h) {
        return steps > 0;
      }
      if (!(v.rel(x).startsWith("nmod") || v.rel(x).startsWith("appos") || v.rel(x).startsWith("flat"))
          || !v.caseOf(x).isEmpty()) {
        return false;
      }
    }
    return false;
  }
}
