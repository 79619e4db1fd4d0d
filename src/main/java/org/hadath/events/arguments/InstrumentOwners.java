package org.hadath.events.arguments;

import java.util.ArrayList;
import java.util.List;
import org.hadath.events.sentence.SentenceView;

/** The actor that owns an instrument: طائرات التحالف، المدفعية الفرنسية، طائرات تابعة للتحالف. */
public final class InstrumentOwners {
  /** How many links below the instrument the owner may be. */
  public static final int MAX_DEPTH = 3;

  private final ArgumentKinds kinds;

  public InstrumentOwners(ArgumentKinds kinds) {
    this.kinds = kinds;
  }

  /** The nearest actor below the instrument {@code h} (on a tie, the first in the text), or -1. */
  public int of(SentenceView v, int h) {
    List<Integer> level = List.of(h);
    for (int depth = 1; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      int best = -1;
      for (int x : level) {
        for (int i : v.children(x)) {
          next.add(i);
          if ((best < 0 || i < best) && kinds.isActor(v, i) && !kinds.isInstrument(v, i)) {
            best = i;
          }
        }
      }
      if (best >= 0) {
        return best;
      }
      level = next;
    }
    return -1;
  }
}
