package org.hadath.events.arguments;

import java.util.ArrayDeque;
import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.entities.places.PlaceMention;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;

/**
 * The characters of an argument: the entity mention over its head, else the head with its
 * nominal modifiers; an instrument with its instrument adjectives; and the head span a
 * candidate reports (a place's own head when the place layer knows it).
 */
public final class ArgumentSpans {
  /** At most this many tokens on either side of the head in a span built from the tree. */
  public static final int MAX_REACH = 8;

  private final ArgumentKinds kinds;

  public ArgumentSpans(ArgumentKinds kinds) {
    this.kinds = kinds;
  }

  /** A candidate with head {@code h}, its head span the place layer's head when it lies inside {@code span}. */
  public static Candidate candidate(SentenceView v, Role role, int h, Span span, String rule) {
    Span headSpan = v.span(h, h + 1);
    PlaceMention p = v.placeAt(h);
    if (p != null && span.contains(new Span(p.headText(), p.headBegin(), p.headEnd()))) {
      headSpan = new Span(p.headText(), p.headBegin(), p.headEnd());
    }
    return new Candidate(role, h, span, headSpan, rule);
  }

  /**
   * The span of an actor mention: the whole mention, but only the name when it stands in
   * quotes after a noun (عناصر «قسد»، فصائل "الجيش الوطني": the guide's span is the name).
   */
  public static Span actorSpan(SentenceView v, ActorMention a) {
    Span whole = mentionSpan(v, a.begin(), a.end());
    String text = v.text();
    for (int i = whole.begin() + 1; i < whole.end(); i++) {
      char c = text.charAt(i);
      if (!Punctuation.isQuote(c)) {
        continue;
      }
      // «التحالف الدولي» الذي تقوده …: the name closes inside; فصائل "الجيش الوطني": it opens inside
      boolean opensBefore = whole.begin() > 0 && Punctuation.isQuote(text.charAt(whole.begin() - 1));
      boolean closes = CLOSERS.indexOf(c) >= 0 || OPENERS.indexOf(c) < 0 && opensBefore;
      return closes ? mentionSpan(v, whole.begin(), i) : mentionSpan(v, i + 1, whole.end());
    }
    return whole;
  }

  /** Quotes that only close a name; those that only open one. Straight quotes are either. */
  private static final String CLOSERS = "»”’";
  private static final String OPENERS = "«“‘";

  /**
   * The span of a whole entity mention, without quotes at the ends; a name quoted after its
   * cue (قرية “تل جهان”, whose mention ends before the closing quote) is the name only, as the
   * guide wants for quoted names.
   */
  public static Span mentionSpan(SentenceView v, int begin, int end) {
    Span s = Punctuation.trimQuotes(Span.of(v.text(), begin, end));
    String text = v.text();
    for (int i = s.end() - 1; i > s.begin(); i--) {
      if (Punctuation.isQuote(text.charAt(i))) {
        // the last quote inside: an opening one left open names from there on
        return i + 1 < s.end() && OPENERS.indexOf(text.charAt(i)) >= 0
            ? Punctuation.trimQuotes(Span.of(text, i + 1, s.end())) : s;
      }
    }
    return s;
  }

  /**
   * The argument's span: the entity mention that covers the head if there is one (it is the
   * shortest span naming the filler), else the head with its nominal modifiers, contiguous,
   * at most {@link #MAX_REACH} tokens either side, quotes and brackets outside.
   */
  public static Span argSpan(SentenceView v, int h) {
    ActorMention a = v.actorAt(h);
    if (a != null) {
      return actorSpan(v, a);
    }
    PlaceMention p = v.placeAt(h);
    if (p != null) {
      return mentionSpan(v, p.begin(), p.end());
    }
    // the head's nominal subtree (modifiers, iḍāfa, من-phrases), as one contiguous block
    // walked down from the head (not by sweeping the sentence until nothing changes, which
    // made long sentences cost more per token than short ones)
    boolean[] in = new boolean[v.size()];
    in[h] = true;
    ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(h));
    while (!todo.isEmpty()) {
      for (int i : v.children(todo.pop())) {
        if (!in[i] && (v.head(i) != h || expands(v, i, h))
            && !v.rel(i).startsWith("acl") && !v.rel(i).startsWith("conj") && !v.rel(i).startsWith("cc")
            && !v.rel(i).startsWith("punct") && !v.rel(i).startsWith("advcl") && !v.rel(i).startsWith("appos")
            && !(v.rel(i).equals("case") && v.head(i) == h)) {
          in[i] = true;
          todo.push(i);
        }
      }
    }
    int from = h;
    int to = h + 1;
    while (from - 1 >= 0 && in[from - 1] && h - (from - 1) < MAX_REACH) {
      from--;
    }
    while (to < v.size() && in[to] && to - h < MAX_REACH) {
      to++;
    }
    // cut at the reach, the phrase may end in a word that belongs to the next one, outside it
    // (مواقع في، قرى ... و): a preposition or conjunction never ends an argument
    while (to - 1 > h && v.head(to - 1) >= to && introducesNext(v, to - 1)) {
      to--;
    }
    return Punctuation.trimQuotes(v.span(from, to));
  }

  /** A preposition, conjunction or particle: a word that introduces the one after it. */
  private static boolean introducesNext(SentenceView v, int i) {
    String r = v.rel(i);
    return r.startsWith("case") || r.startsWith("cc") || r.startsWith("mark") || r.startsWith("fixed")
        || v.tag(i).equals("IN") || v.tag(i).equals("CC") || v.tag(i).equals("RP");
  }

  private static boolean expands(SentenceView v, int i, int h) {
    String r = v.rel(i);
    if (r.startsWith("nmod") || r.startsWith("amod") || r.startsWith("flat") || r.startsWith("compound")
        || r.startsWith("nummod") || r.startsWith("det") || r.startsWith("fixed")) {
      return true;
    }
    // prepositions inside the phrase (مواقع للتنظيم) but not the argument's own preposition
    return r.equals("case") && v.head(i) != h;
  }

  /** An instrument with the instrument word right after it (قصف مدفعي، قنابل الفسفور الأبيض), not its owner. */
  public Span instrumentSpan(SentenceView v, int h) {
    int from = h;
    int to = h + 1;
    for (int c : v.children(h)) {
      if (c == to && kinds.isInstrument(v, c) && !kinds.isActor(v, c)) {
        to = c + 1;
      }
    }
    return v.span(from, to);
  }
}
