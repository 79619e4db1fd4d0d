package org.hadath.events.casualties;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.RangeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.EventRules;
import org.hadath.events.EventType;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.ParsedSentenceEvidence;
import org.hadath.events.triggers.TriggerConditions;

/**
 * Tolls told in the sentence after their event (استهدف الجيش القرية. وأدى القصف إلى مقتل 12
 * مدنياً): a sentence with no mention of its own whose casualty words have figures gives them
 * to the strike, clash or bombing of the sentence just before it in the same paragraph. A
 * running total (ارتفع عدد القتلى إلى 12) replaces that event's figure of the same kind; any
 * other figure is added only where the event has none of that kind yet. Works on frames after
 * the mention filter, over a whole document; stateless and thread-safe.
 */
public final class FollowingTolls {
  /** A line break between two sentences ends a paragraph: the toll after it tells another story. */
  /**
   * The classes whose words may open a toll sentence, after its leading {@code TOLL_LEAD}
   * connectives: killed, life-loss and injured words, result verbs, running totals. It is what
   * {@link #pointsBack} reads, told from word classes alone (a life verb without its life word
   * counts), so the parse selector can decide before parsing which sentences may carry a toll.
   */
  public static final List<WordClass> OPENING_CLASSES = List.of(WordClass.KILLED, WordClass.LIFE_LOSS,
      WordClass.INJURED, WordClass.RESULT, WordClass.TOTAL);
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("[\\n\\r\\u2028\\u2029]");

  private final WordClasses words;
  private final CasualtyWords casualtyWords;
  private final CasualtyLinker linker;

  public FollowingTolls(WordClasses words) {
    this.words = words;
    this.casualtyWords = new CasualtyWords(words);
    this.linker = new CasualtyLinker(words);
  }

  /**
   * Moves the tolls of frameless sentences onto the violent frames of the sentence before:
   * {@code frames} holds each sentence's frames ({@code views} the sentences of
   * {@code text}) and is updated in place; sentences in {@code furniture} (page chrome,
   * other articles' headlines) give nothing.
   */
  public void carry(List<SentenceView> views, List<List<EventFrame>> frames, String text, RangeSet<Integer> furniture) {
    for (int si = 1; si < views.size() && si < frames.size(); si++) {
      SentenceView v = views.get(si);
      SentenceView prev = views.get(si - 1);
      if (!v.parsed() || v.size() == 0 || prev.size() == 0 || !frames.get(si).isEmpty()
          || furniture.contains(v.begin(0)) || hasTriggerWord(v, views) || !pointsBack(v)
          || paragraphBreak(text, prev.end(prev.size() - 1), v.begin(0))) {
        continue;
      }
      int host = hostFrame(frames.get(si - 1));
      if (host < 0) {
        continue;
      }
      List<CasualtyLinker.Toll> tolls = linker.tolls(v, List.of());
      if (tolls.isEmpty()) {
        continue;
      }
      boolean total = hasWord(v, WordClass.TOTAL);
      EventFrame f = frames.get(si - 1).get(host);
      List<Casualty> cs = new ArrayList<>(f.casualties());
      for (CasualtyLinker.Toll t : tolls) {
        if (hasAgent(v, t)) {
          continue; // قتل مسلحون مجهولون مسلحاً: a killing with its killers is an event of its own
        }
        Casualty c = new Casualty(t.casualty().kind(), t.casualty().quantity(), t.casualty().victims(),
            t.casualty().rule() + (total ? "+total" : "+next"));
        int same = sameKind(cs, c);
        if (same < 0) {
          cs.add(c);
        } else if (total) {
          cs.set(same, c); // وبذلك ارتفع عدد القتلى إلى 12: the updated figure replaces the first
        }
      }
      List<EventFrame> prevFrames = new ArrayList<>(frames.get(si - 1));
      prevFrames.set(host, f.withCasualties(ImmutableList.copyOf(cs)));
      frames.set(si - 1, prevFrames);
    }
  }

  /**
   * Whether a paragraph ends between a sentence ending at {@code prevEnd} and the next one
   * beginning at {@code begin} in {@code text}: a toll after the break tells another story.
   */
  public static boolean paragraphBreak(String text, int prevEnd, int begin) {
    return PARAGRAPH_BREAK.matcher(text.substring(Math.min(prevEnd, begin), begin)).find();
  }

  /** The first asserted, positive strike, clash or bombing of a sentence's frames, or -1. */
  private static int hostFrame(List<EventFrame> fs) {
    for (int k = 0; k < fs.size(); k++) {
      if (assertedAttack(fs.get(k))) {
        return k;
      }
    }
    return -1;
  }

  /** An asserted, positive strike, clash or bombing: a frame a toll told nearby may belong to. */
  static boolean assertedAttack(EventFrame f) {
    return violent(f.type()) && f.polarity() == Polarity.POSITIVE && f.modality() == Modality.ASSERTED;
  }

  /** True when the casualty word is an active verb with a subject and an object: the killers and their victims. */
  private static boolean hasAgent(SentenceView v, CasualtyLinker.Toll t) {
    int c = t.token();
    return v.isVerb(c) && !v.children(c, "obj").isEmpty()
        && v.children(c, "nsubj").stream().anyMatch(s -> !v.rel(s).startsWith("nsubj:pass"));
  }

  private static int sameKind(List<Casualty> cs, Casualty c) {
    for (int k = 0; k < cs.size(); k++) {
      if (cs.get(k).kind() == c.kind()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * True when the sentence opens with its toll: after leading conjunctions and connectives
   * ({@code TOLL_LEAD}: و، كما، وبذلك), its first word is a casualty word, a result verb
   * (وأدى … إلى مقتل) or a running total (ارتفع عدد القتلى). A sentence that first sets a
   * scene of its own (ومع تواصل المعارك، قُتل …) tells another story.
   */
  private boolean pointsBack(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      if (v.tag(i).equals("PUNC") || v.tag(i).equals("CC") || words.is(v, i, WordClass.TOLL_LEAD)) {
        continue;
      }
      return casualtyWords.victim(v, i) || words.is(v, i, WordClass.RESULT) || words.is(v, i, WordClass.TOTAL);
    }
    return false;
  }

  /**
   * A sentence with a possible trigger word of an attack tells its own event (or was filtered
   * for a reason): a word of a strike, clash or bombing rule whose conditions hold there. Not
   * one after a demonstrative (وأسفر هذا القصف عن …), which points back to the event before;
   * not a word only of moving people (… تم نقلهما إلى المشفى), which is what follows a toll;
   * not a word whose rule asks for what the sentence lacks (لتلقي العلاج: تلقي drops bombs only
   * with a weapon around).
   */
  private boolean hasTriggerWord(SentenceView v, List<SentenceView> doc) {
    for (int i = 0; i < v.size(); i++) {
      if (!words.isTriggerWord(v, i) || i > 0 && words.is(v, i - 1, WordClass.DEMONSTRATIVE)) {
        continue;
      }
      ParsedSentenceEvidence e = new ParsedSentenceEvidence(words, v, i, doc);
      for (EventRules.TriggerRule r : words.rules().triggersMatching(v.key(i))) {
        if (violent(r.type()) && TriggerConditions.hold(r, e)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean violent(EventType t) {
    return t == EventType.STRIKE || t == EventType.CLASH || t == EventType.BOMBING;
  }

  private boolean hasWord(SentenceView v, WordClass c) {
    for (int i = 0; i < v.size(); i++) {
      if (words.is(v, i, c)) {
        return true;
      }
    }
    return false;
  }
}
