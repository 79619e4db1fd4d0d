package org.hadath.events.casualties;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.RangeSet;
import java.util.ArrayList;
import java.util.List;
import org.hadath.events.CasualtyKind;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.EventType;
import org.hadath.events.sentence.SentenceView;
import org.hadath.normalize.ArabicTextNormalizer;

/**
 * Tolls told only in a report's headline (مسيرة تقتل تاجر أسلحة ومدنيين), whose lead then tells
 * the strike with its place and no toll (نفذت طائرة مسيرة غارة … بالقرب من قرية X). A headline
 * sums up the report's main event: a headline strike that names no place is the lead's strike
 * told again, so its toll is the lead's too.
 *
 * <p>The headline is the document's first sentence that holds frames, when it stands on a line
 * of its own outside page furniture; its strike must be asserted, positive, placeless and carry
 * a toll. The toll goes to the first strike with a place of the next sentence that holds a
 * strike, at most {@link #MAX_SENTENCES_AFTER} sentences on, for each kind (killed, injured)
 * that no frame of that sentence counts yet. Runs before the document place fills placeless
 * strikes, so "placeless" means the headline itself names none. Stateless; thread-safe.
 */
public final class HeadlineTolls {
  /** How many sentences after the headline its lead may begin. */
  public static final int MAX_SENTENCES_AFTER = 3;
  /** Appended to the rule of a figure carried from the headline. */
  public static final String RULE_SUFFIX = "+headline";

  private HeadlineTolls() {}

  /**
   * Copies a placeless headline strike's toll to the lead's strike: {@code frames} holds each
   * sentence's frames ({@code views} the sentences of {@code text}) and is updated in place.
   */
  public static void carry(List<SentenceView> views, List<List<EventFrame>> frames, String text,
      RangeSet<Integer> furniture) {
    int head = 0;
    while (head < frames.size() && frames.get(head).isEmpty()) {
      head++;
    }
    if (head >= frames.size() || head >= views.size() || views.get(head).size() == 0) {
      return;
    }
    SentenceView hv = views.get(head);
    if (furniture.contains(hv.begin(0)) || !lineOfItsOwn(text, hv.begin(0), hv.end(hv.size() - 1))) {
      return;
    }
    EventFrame headline = frames.get(head).stream()
        .filter(f -> f.type() == EventType.STRIKE && FollowingTolls.assertedAttack(f) && !f.namesPlace()
            && !f.casualties().isEmpty())
        .findFirst().orElse(null);
    if (headline == null) {
      return;
    }
    for (int si = head + 1; si < frames.size() && si <= head + MAX_SENTENCES_AFTER; si++) {
      List<EventFrame> fs = frames.get(si);
      if (fs.stream().noneMatch(f -> f.type() == EventType.STRIKE)) {
        continue;
      }
      for (int k = 0; k < fs.size(); k++) {
        EventFrame lead = fs.get(k);
        if (lead.type() == EventType.STRIKE && FollowingTolls.assertedAttack(lead) && lead.namesPlace()) {
          List<EventFrame> updated = new ArrayList<>(fs);
          updated.set(k, lead.withCasualties(ImmutableList.copyOf(withHeadlineToll(lead, fs, headline))));
          frames.set(si, updated);
          return;
        }
      }
      return; // the next strike sentence has no placed strike: the headline is not its lead's
    }
  }

  /** The lead's casualties plus the headline's figure of each kind no frame of the lead's sentence counts. */
  private static List<Casualty> withHeadlineToll(EventFrame lead, List<EventFrame> sentence, EventFrame headline) {
    List<Casualty> out = new ArrayList<>(lead.casualties());
    for (CasualtyKind kind : List.of(CasualtyKind.KILLED, CasualtyKind.INJURED)) {
      boolean counted = sentence.stream().anyMatch(f -> f.casualties().stream().anyMatch(c -> c.kind() == kind));
      if (counted) {
        continue;
      }
      headline.casualties().stream().filter(c -> c.kind() == kind).findFirst()
          .ifPresent(c -> out.add(new Casualty(c.kind(), c.quantity(), c.victims(), c.rule() + RULE_SUFFIX)));
    }
    return out;
  }

  /** True when characters {@code [begin, end)} of {@code text} are a whole line (spaces aside). */
  static boolean lineOfItsOwn(String text, int begin, int end) {
    int b = begin - 1;
    while (b >= 0 && !ArabicTextNormalizer.isLineBreak(text.charAt(b)) && Character.isWhitespace(text.charAt(b))) {
      b--;
    }
    int e = end;
    while (e < text.length() && !ArabicTextNormalizer.isLineBreak(text.charAt(e)) && Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    return (b < 0 || ArabicTextNormalizer.isLineBreak(text.charAt(b)))
        && (e >= text.length() || ArabicTextNormalizer.isLineBreak(text.charAt(e)));
  }
}
