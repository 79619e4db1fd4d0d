package org.hadath.events.casualties;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hadath.events.CasualtyKind;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.normalize.ArabicGrammar;

/**
 * Tolls told with the event named again (شن العدو عدواناً على حي X. وأضاف المصدر أن العدوان
 * أسفر عن استشهاد مدنيين اثنين): a definite trigger noun (العدوان، الاستهداف، القصف) that names
 * no place of its own points back to the event told before it, so its toll is that event's too.
 * The toll goes to the nearest earlier strike, clash or bombing of the same type that has a
 * place, a few sentences back at most, where that frame has no figure of the kind yet; a
 * running total (ارتفع عدد ضحايا الاستهداف إلى 3) replaces its figure. Only a restatement that
 * tells the toll (the subject of أسفر، أدى; the event of a running total) gives it, and only to
 * an event of an earlier sentence. The restating frame keeps
 * its own toll. Works on frames after the mention filter, over a whole document; stateless and
 * thread-safe.
 */
public final class RestatedTolls {
  /** How many sentences back the event named again may be told. */
  public static final int MAX_SENTENCES_BACK = 3;
  /** The running-total word stands at most this many links above the restated mention (ارتفع عدد ضحايا القصف). */
  public static final int TOTAL_REACH = 3;

  private final WordClasses words;

  public RestatedTolls(WordClasses words) {
    this.words = words;
  }

  /**
   * Copies the tolls of restating frames to the events they name again: {@code frames} holds
   * each sentence's frames ({@code views} the sentences) and is updated in place.
   */
  public void carry(List<SentenceView> views, List<List<EventFrame>> frames) {
    for (int si = 0; si < frames.size() && si < views.size(); si++) {
      for (EventFrame f : frames.get(si)) {
        boolean total = runningTotal(views.get(si), f);
        // the event of a running total is named again even where its sentence then names a place
        // (وبذلك يرتفع عدد ضحايا القصف إلى 3، والشهداء هم سيدة وطفلها في قرية X)
        if (f.casualties().isEmpty() || !(total || restates(views.get(si), f) && tellsToll(views.get(si), f))) {
          continue;
        }
        int[] host = antecedent(views, frames, si, f);
        if (host == null) {
          continue;
        }
        EventFrame h = frames.get(host[0]).get(host[1]);
        List<Casualty> cs = new ArrayList<>(h.casualties());
        boolean changed = false;
        Set<CasualtyKind> told = EnumSet.noneOf(CasualtyKind.class);
        for (Casualty c : f.casualties()) {
          if (!told.add(c.kind())) {
            continue; // the first figure of a kind is the restated toll; later ones list its parts
          }
          int same = sameKind(cs, c);
          Casualty moved = new Casualty(c.kind(), c.quantity(), c.victims(), c.rule() + "+restated");
          if (same < 0) {
            cs.add(moved);
            changed = true;
          } else if (total) {
            cs.set(same, moved); // ارتفع عدد ضحايا الاستهداف: the updated figure replaces the first
            changed = true;
          }
        }
        if (changed) {
          List<EventFrame> hs = new ArrayList<>(frames.get(host[0]));
          hs.set(host[1], h.withCasualties(ImmutableList.copyOf(cs)));
          frames.set(host[0], hs);
        }
      }
    }
  }

  /** A violent, asserted frame whose trigger is a definite noun and which names no place. */
  private boolean restates(SentenceView v, EventFrame f) {
    return definiteAttack(v, f) >= 0 && !placed(f);
  }

  /** The trigger token of an asserted attack told by a definite noun (العدوان، القصف), or -1. */
  private static int definiteAttack(SentenceView v, EventFrame f) {
    int t = v.tokenStartingAt(f.trigger().begin());
    return t >= 0 && FollowingTolls.assertedAttack(f) && !v.isVerb(t) && ArabicGrammar.hasArticle(v.key(t)) ? t : -1;
  }

  /**
   * A restatement that tells the toll itself: the subject of a result verb (العدوان أسفر عن،
   * أدى القصف إلى) or the event of a running total (ارتفع عدد ضحايا الاستهداف). A definite
   * mention named in passing (الغارات تأتي بالتزامن مع …) may take a toll told of another event.
   */
  private boolean tellsToll(SentenceView v, EventFrame f) {
    int t = v.tokenStartingAt(f.trigger().begin());
    if (t < 0) {
      return false;
    }
    return v.rel(t).startsWith("nsubj") && v.head(t) >= 0 && words.is(v, v.head(t), WordClass.RESULT)
        || runningTotal(v, f);
  }

  /** A definite trigger noun a few links under a running-total word (ارتفع عدد ضحايا القصف). */
  private boolean runningTotal(SentenceView v, EventFrame f) {
    int t = definiteAttack(v, f);
    if (t < 0) {
      return false;
    }
    int x = v.head(t);
    for (int step = 0; step < TOTAL_REACH && x >= 0; step++, x = v.head(x)) {
      if (words.is(v, x, WordClass.TOTAL)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence and index of the nearest earlier frame of {@code f}'s type that is no
   * restatement itself, when it has a place; else null (the event named again is not told).
   */
  private int[] antecedent(List<SentenceView> views, List<List<EventFrame>> frames, int si, EventFrame f) {
    // an earlier sentence only: a restatement in the event's own sentence (الاشتباكات … حيث أسفرت
    // الاشتباكات عن …) is told as one mention with its toll, which the linker already placed
    for (int s = si - 1; s >= 0 && s >= si - MAX_SENTENCES_BACK; s--) {
      List<EventFrame> fs = frames.get(s);
      for (int k = fs.size() - 1; k >= 0; k--) {
        EventFrame g = fs.get(k);
        if (g.type() != f.type() || restates(views.get(s), g)) {
          continue;
        }
        return FollowingTolls.assertedAttack(g) && placed(g) ? new int[] {s, k} : null;
      }
    }
    return null;
  }

  private static boolean placed(EventFrame f) {
    return f.arguments().stream().anyMatch(a -> a.role() == Role.LOCATION || a.role() == Role.TARGET);
  }

  private static int sameKind(List<Casualty> cs, Casualty c) {
    for (int k = 0; k < cs.size(); k++) {
      if (cs.get(k).kind() == c.kind()) {
        return k;
      }
    }
    return -1;
  }
}
