package org.hadath.entities.actors;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** Hand-made tokens for the actor-name tests: one space between words, offsets true, no model. */
final class HandTokens {

  private HandTokens() {}

  static List<CoreLabel> of(String... words) {
    List<CoreLabel> out = new ArrayList<>();
    int at = 0;
    for (String w : words) {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      t.setValue(w);
      t.setOriginalText(w);
      t.setBeginPosition(at);
      t.setEndPosition(at + w.length());
      at += w.length() + 1;
      out.add(t);
    }
    return out;
  }
}
