package org.hadath.events.specificity;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.hadath.events.EventFrame;
import org.hadath.events.EventRules;
import org.hadath.events.Role;
import org.hadath.events.sentence.ArmedActors;
import org.hadath.events.sentence.SentenceView;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.normalize.ArabicKeys;

/**
 * The features of one candidate frame for the specificity decision: indicator strings built
 * from the trigger word (its form, definiteness, plural, verb and its tense, or noun, its
 * preposition), the word classes of {@code classes.tsv} met by the trigger's governor, children,
 * neighbours and the clauses above it with their markers (a condition, a trial, a
 * condemnation frames the mentions below it), a year written in the sentence, the frame's arguments,
 * casualties, polarity and modality, quotation and question marks. Nothing here names a corpus or a document's position, so the decision learnt
 * on one kind of text can carry to another. Stateless apart from the rules; thread-safe.
 */
public final class SpecificityFeatures {
  /** Words either side of the trigger whose classes are features. */
  static final int NEAR = 5;
  /** Most governors followed up from the trigger (a guard against a malformed graph's cycle). */
  static final int MAX_UP = 12;
  /** A year written in digits (1980, 2006). */
  private static final Pattern YEAR = Pattern.compile("(19[4-9]|20[0-4])\\d");

  private final EventRules rules;

  public SpecificityFeatures(EventRules rules) {
    this.rules = rules;
  }

  /** The features of frame {@code f} whose trigger is token {@code t} of {@code v} ({@code t} -1: unknown). */
  public ImmutableList<String> of(SentenceView v, int t, EventFrame f) {
    Set<String> out = new LinkedHashSet<>();
    out.add("type=" + f.type());
    out.add("mod=" + f.modality());
    out.add("pol=" + f.polarity());
    if (f.claimed()) {
      out.add("claimed");
    }
    for (EventFrame.Argument a : f.arguments()) {
      out.add("arg=" + a.role());
      if (a.role() == Role.LOCATION && a.placeId() != null) {
        out.add("placeKnown");
      }
    }
    if (f.arguments().isEmpty()) {
      out.add("noArgs");
    }
    out.add(f.casualties().isEmpty() ? "noToll" : "toll");
    if (f.count() != null) {
      out.add("count");
    }
    if (t < 0 || t >= v.size()) {
      return ImmutableList.copyOf(out);
    }
    String key = v.key(t);
    String bare = ArabicKeys.withoutArticle(key);
    out.add("w=" + bare);
    out.add(ArabicGrammar.hasArticle(key) ? "def" : "indef");
    if (bare.endsWith(ArabicGrammar.FEMININE_PLURAL) || bare.endsWith(ArabicGrammar.OBLIQUE_PLURAL)
        || bare.endsWith(ArabicGrammar.DUAL)) {
      out.add("plural");
    }
    out.add(v.isVerb(t) ? "verb" : "noun");
    if (v.isVerb(t)) {
      out.add("tag=" + v.tag(t)); // perfect (VBD) tells an occurrence, imperfect (VBP) often a habit or a plan
    }
    out.add("rel=" + relation(v.rel(t)));
    String cased = v.caseOf(t);
    if (!cased.isEmpty()) {
      out.add("case=" + cased); // في هجوم، بعد التفجير، عن الهجوم: how the sentence holds the mention
    }
    int h = v.head(t);
    if (h < 0) {
      out.add("gov=ROOT");
    } else {
      out.add(v.isVerb(h) ? "govVerb" : "govNoun");
      classes(v.key(h), "gov:", out);
    }
    for (int c : v.children(t)) {
      classes(v.key(c), "dep:", out);
    }
    for (int d = 1; d <= 2 && t - d >= 0; d++) {
      classes(v.key(t - d), "prev" + d + ":", out);
    }
    if (t + 1 < v.size()) {
      classes(v.key(t + 1), "next:", out);
    }
    // word classes near the trigger and up its governors, not sentence-wide: a long sentence
    // holds some class of every kind, and its far clauses say nothing about this mention
    for (int i = Math.max(0, t - NEAR); i <= Math.min(v.size() - 1, t + NEAR); i++) {
      if (i != t) {
        classes(v.key(i), "near:", out);
      }
    }
    for (int a = v.head(h < 0 ? t : h), up = 0; a >= 0 && up < 2; a = v.head(a), up++) {
      classes(v.key(a), "anc:", out);
    }
    // the classes of every clause that holds the trigger, up to the root, and of its markers
    // (إذا، قد، لن): a condition, a trial or a condemnation frames the mentions below it
    // however far up it sits; words merely before the trigger in a long sentence do not
    for (int a = v.head(t), up = 0; a >= 0 && up < MAX_UP; a = v.head(a), up++) {
      classes(v.key(a), "dom:", out);
      for (int c : v.children(a)) {
        String r = v.rel(c);
        if (r.startsWith("mark") || r.startsWith("aux") || r.startsWith("advmod")) {
          classes(v.key(c), "dom:", out);
        }
      }
    }
    for (int i = 0; i < v.size(); i++) {
      if (YEAR.matcher(v.key(i)).matches()) {
        // a year named in the sentence: an event of another time told as background
        out.add(Math.abs(i - t) <= NEAR ? "yearNear" : "ctxYear");
      }
    }
    if (!v.places().isEmpty()) {
      out.add("ctxPlace");
    }
    if (!v.times().isEmpty()) {
      out.add("ctxTime");
    }
    if (!v.quantities().isEmpty()) {
      out.add("ctxNumber");
    }
    if (v.actors().stream().anyMatch(ArmedActors::armedOrFighters)) {
      out.add("ctxArmed");
    }
    if (quoted(v, t)) {
      out.add("quoted");
    }
    for (int i = 0; i < v.size(); i++) {
      if (ArabicGrammar.isQuestionMark(v.key(i))) {
        out.add("question");
        break;
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** A relation without its subtype (nmod:poss → nmod), "" as ROOT. */
  private static String relation(String rel) {
    int c = rel.indexOf(':');
    String r = c < 0 ? rel : rel.substring(0, c);
    return r.isEmpty() ? "ROOT" : r;
  }

  private void classes(String key, String prefix, Set<String> out) {
    for (String c : rules.classNames()) {
      if (rules.isA(key, c)) {
        out.add(prefix + c);
      }
    }
  }

  /** Whether more quotation marks open than close before token {@code t} in its sentence. */
  private static boolean quoted(SentenceView v, int t) {
    int open = 0;
    int straight = 0;
    for (int i = 0; i < t; i++) {
      switch (v.key(i)) {
        case "«", "“" -> open++;
        case "»", "”" -> open--;
        case "\"" -> straight++;
        default -> { }
      }
    }
    return open > 0 || straight % 2 == 1;
  }
}
