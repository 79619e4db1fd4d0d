package org.hadath.events;

import com.google.common.base.Preconditions;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hadath.events.casualties.FollowingTolls;
import org.hadath.events.sentence.ClassWords;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sources.SourceFinder;
import org.hadath.events.triggers.ConditionEvidence;
import org.hadath.events.triggers.TriggerConditions;
import org.hadath.normalize.ArabicKeys;
import org.hadath.pipeline.SentenceSelector;

/**
 * Chooses the sentences the event layer needs parsed, after tagging: a sentence without a
 * parse yields no frame and no reporter, so parsing the others is wasted work, and the frames
 * are the same as with every sentence parsed.
 *
 * <p>A sentence is parsed when
 * <ul>
 *   <li>one of its words matches a trigger rule whose conditions could hold. What can be
 *       known before parsing is checked exactly ({@code self:}, {@code doc:}); a condition on
 *       the trigger's sentence or tree ({@code ctx:}, {@code near:}, {@code dep:}, {@code gov:},
 *       {@code subj:}) needs a word of its class elsewhere in the sentence; {@code armed:} is
 *       assumed to hold, since actors are found after parsing;</li>
 *   <li>it comes before a parsed sentence that could only continue a report (a reporting verb
 *       among its first three tokens: وأضاف أن …). Such a sentence takes the previous
 *       sentence's reporters, which exist only if that one is parsed; the chain is followed
 *       back as long as sentences could be continuations;</li>
 *   <li>it has a casualty word, could open with its toll (after leading punctuation,
 *       conjunctions and connectives, a casualty, life, result or running-total word: tags and
 *       words are known before parsing) and follows a sentence that could have a frame: its
 *       toll may be that frame's ({@code FollowingTolls}, which takes a toll only from such a
 *       sentence, in the same paragraph).</li>
 * </ul>
 * Thread-safe.
 */
final class EventParseSelector implements SentenceSelector {
  private final EventRules rules;

  /**
   * Whether the empty key is a word of a class {@link #couldOpenWithToll} reads: the event
   * layer gives a hashtag's words the empty key, which the selector cannot tell (it has no
   * text), so only when no such class takes "" is reading the written word a safe overestimate.
   */
  private final boolean emptyKeyMayOpen;

  EventParseSelector(EventRules rules) {
    this.rules = Preconditions.checkNotNull(rules);
    this.emptyKeyMayOpen = rules.isA("", WordClass.TOLL_LEAD) || opensToll("");
  }

  @Override
  public boolean[] select(List<CoreMap> sentences) {
    return select(sentences, null);
  }

  /**
   * As {@link #select(List)}; with the document's {@code text} (null: unknown), a sentence
   * after a line break is not parsed for its toll, which {@code FollowingTolls} never takes
   * across a paragraph.
   */
  @Override
  public boolean[] select(List<CoreMap> sentences, String text) {
    int n = sentences.size();
    String[][] keys = new String[n][];
    for (int s = 0; s < n; s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      keys[s] = new String[tokens.size()];
      for (int t = 0; t < tokens.size(); t++) {
        String w = tokens.get(t).word();
        keys[s][t] = ArabicKeys.matchKey(w == null ? "" : w);
      }
    }
    Doc doc = new Doc(keys);
    boolean[] parse = new boolean[n];
    for (int s = 0; s < n; s++) {
      if (!couldHaveFrame(doc, s)) {
        continue;
      }
      parse[s] = true;
      if (s + 1 < n && tellsCasualties(doc, s + 1) && couldOpenWithToll(sentences.get(s + 1), keys[s + 1])
          && !paragraphBetween(text, sentences.get(s), sentences.get(s + 1))) {
        parse[s + 1] = true; // its toll may belong to this sentence's event (FollowingTolls)
      }
      for (int k = s; k > 0 && couldContinue(sentences.get(k), keys[k]); k--) {
        parse[k - 1] = true;
      }
    }
    return parse;
  }

  /** Word keys of a document's sentences, with each class's words found once. */
  private final class Doc {
    final String[][] keys;
    final Map<String, ClassWords[]> classWords = new HashMap<>();

    Doc(String[][] keys) {
      this.keys = keys;
    }

    /** Whether sentence {@code s} has a word of the class other than token {@code except}. */
    boolean has(int s, String cls, int except) {
      ClassWords[] words = classWords.computeIfAbsent(cls, c -> {
        ClassWords[] w = new ClassWords[keys.length];
        for (int o = 0; o < keys.length; o++) {
          w[o] = ClassWords.of(keys[o], k -> rules.isA(k, c));
        }
        return w;
      });
      return words[s].anyBut(except);
    }
  }

  /** Whether sentence {@code s} has a casualty word, whose toll may belong to the event before it. */
  private static boolean tellsCasualties(Doc doc, int s) {
    return doc.has(s, WordClass.KILLED.name(), -1) || doc.has(s, WordClass.INJURED.name(), -1)
        || doc.has(s, WordClass.LIFE.name(), -1);
  }

  private boolean couldHaveFrame(Doc doc, int s) {
    String[] keys = doc.keys[s];
    for (int t = 0; t < keys.length; t++) {
      for (EventRules.TriggerRule r : rules.triggersMatching(keys[t])) {
        if (couldHold(doc, s, t, r)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean couldHold(Doc doc, int s, int t, EventRules.TriggerRule rule) {
    return TriggerConditions.hold(rule, ConditionEvidence.beforeParsing(
        cls -> rules.isA(doc.keys[s][t], cls),
        cls -> doc.has(s, cls, t),
        cls -> {
          boolean any = false;
          for (int o = 0; o < doc.keys.length && !any; o++) {
            any = doc.has(o, cls, o == s ? t : -1);
          }
          return any;
        },
        cls -> true)); // armed: actors are found after parsing
  }

  /**
   * Whether the sentence could open with its toll as {@code FollowingTolls.pointsBack} asks
   * (which reads only tags and word classes, known before parsing): after leading
   * punctuation, conjunctions and toll connectives (و، كما، وبذلك), a killed or injured word,
   * a life verb (its life word is not checked: more is parsed, never less), a result verb or a
   * running total. A sentence that opens otherwise gives no toll to the sentence before.
   */
  private boolean couldOpenWithToll(CoreMap sentence, String[] keys) {
    if (emptyKeyMayOpen) {
      return true;
    }
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (int t = 0; t < keys.length; t++) {
      String tag = tokens.get(t).tag();
      if ("PUNC".equals(tag) || "CC".equals(tag) || rules.isA(keys[t], WordClass.TOLL_LEAD)) {
        continue;
      }
      return opensToll(keys[t]);
    }
    return false;
  }

  /** Whether the word with match key {@code key} is of a class a toll sentence may open with. */
  private boolean opensToll(String key) {
    for (WordClass c : FollowingTolls.OPENING_CLASSES) {
      if (rules.isA(key, c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} (when known) has a line break between the two sentences' tokens. */
  private static boolean paragraphBetween(String text, CoreMap prev, CoreMap next) {
    List<CoreLabel> a = prev.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreLabel> b = next.get(CoreAnnotations.TokensAnnotation.class);
    return text != null && !a.isEmpty() && !b.isEmpty()
        && FollowingTolls.paragraphBreak(text, a.get(a.size() - 1).endPosition(), b.get(0).beginPosition());
  }

  /** Whether the sentence could continue the previous one's report: a reporting verb early on. */
  private boolean couldContinue(CoreMap sentence, String[] keys) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (int t = 0; t <= SourceFinder.CONTINUATION_REACH && t < keys.length; t++) {
      if (SentenceView.isVerbTag(tokens.get(t).tag()) && rules.isA(keys[t], WordClass.REPORT)) {
        return true;
      }
    }
    return false;
  }
}
