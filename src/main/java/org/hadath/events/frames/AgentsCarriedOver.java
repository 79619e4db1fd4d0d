package org.hadath.events.frames;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.hadath.events.EventFrame;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.normalize.ArabicGrammar;

/**
 * Doers carried to the next strike told without a subject: Arabic drops the subject of a verb
 * that goes on with the same doer (وقصف الاحتلال التركي نقطة … حيث استهدف بالطائرات المسيرة
 * منازل، استهدف الاحتلال ساحة … كما وقصف ظهر اليوم قرية). A strike whose trigger is a verb
 * with no subject naming a doer and no AGENT takes the AGENTs of the strike before it,
 * when that strike is in the same sentence or at most {@link #REACH} sentences before. The
 * carried arguments keep their own offsets; their rule is suffixed {@link #RULE_SUFFIX}.
 * Thread-safe.
 */
public final class AgentsCarriedOver {
  /** How many sentences back the previous strike may be. */
  public static final int REACH = 1;
  /** Appended to a carried argument's rule. */
  public static final String RULE_SUFFIX = "+carried-over";

  private final WordClasses words;

  public AgentsCarriedOver(WordClasses words) {
    this.words = words;
  }

  /** Carries doers over in {@code frames} (by sentence, in text order). */
  public void fill(List<SentenceView> views, List<List<EventFrame>> frames) {
    List<EventFrame.Argument> last = List.of();
    int lastSentence = -1;
    for (int s = 0; s < frames.size(); s++) {
      List<EventFrame> here = new ArrayList<>(frames.get(s));
      frames.set(s, here);
      for (int i = 0; i < here.size(); i++) {
        EventFrame f = here.get(i);
        if (f.type() != EventType.STRIKE) {
          continue;
        }
        if (f.arguments(Role.AGENT).isEmpty() && !last.isEmpty() && s - lastSentence <= REACH
            && subjectlessVerb(views.get(s), f)) {
          f = with(f, last);
          here.set(i, f);
        }
        if (!f.arguments(Role.AGENT).isEmpty()) {
          last = f.arguments(Role.AGENT);
          lastSentence = s;
        }
      }
    }
  }

  /**
   * Whether the frame's trigger is a verb with no subject naming a doer: no subject that is an
   * actor, people, a country or a pronoun (a verb-first clause with its subject dropped often
   * has its object or its weapon read as subject: حيث استهدف بالطائرات المسيرة منازل), nor a
   * weapon that is not in a ب-phrase (استهدفت طائرة مسيرة سيارة: the drone is the subject).
   */
  boolean subjectlessVerb(SentenceView v, EventFrame f) {
    int tok = v.tokenStartingAt(f.trigger().begin());
    if (tok < 0 || !v.parsed() || !v.isVerb(tok)) {
      return false;
    }
    for (int s : v.children(tok, "nsubj")) {
      if (v.actorAt(s) != null || v.originAt(s) != null || v.placeAt(s) != null || v.tag(s).startsWith("PRP")
          || weapon(v, s) && !afterBi(v, s)) {
        return false;
      }
    }
    return true;
  }

  /** Aircraft or artillery by its word (الطائرة، المسيرة، القذيفة). */
  private boolean weapon(SentenceView v, int s) {
    return words.isRemoteWeapon(v, s);
  }

  /** Whether token {@code s} is in a ب-phrase: ب one or two tokens before it. */
  private static boolean afterBi(SentenceView v, int s) {
    for (int k = Math.max(0, s - 2); k < s; k++) {
      if (ArabicGrammar.isBi(v.key(k))) {
        return true;
      }
    }
    return false;
  }

  private static EventFrame with(EventFrame f, List<EventFrame.Argument> agents) {
    ImmutableList.Builder<EventFrame.Argument> args = ImmutableList.<EventFrame.Argument>builder().addAll(f.arguments());
    for (EventFrame.Argument a : agents) {
      String rule = a.rule() == null || a.rule().endsWith(RULE_SUFFIX) ? a.rule() : a.rule() + RULE_SUFFIX;
      args.add(new EventFrame.Argument(a.role(), a.span(), a.head(), a.actorId(), a.actorCategory(), a.placeId(),
          a.governorate(), a.country(), a.lat(), a.lon(), a.time(), rule));
    }
    return f.withArguments(args.build());
  }
}
