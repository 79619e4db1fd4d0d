package org.hadath.events.sentence;

import java.util.Arrays;
import org.hadath.events.EventRules;

/**
 * Hand-built sentences for the mechanism tests, written as {@code form/TAG/head/rel} per
 * token (CoNLL-U heads: 1-based, 0 for the root), e.g.
 * {@code "قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj"}. No CoreNLP model is loaded; the rules
 * are the packaged text files.
 */
public final class HandSentence {
  private HandSentence() {}

  /** A builder for the sentence written in {@code conll}. */
  public static SentenceViewBuilder parse(String conll) {
    String[] toks = conll.trim().split("\\s+");
    String[] forms = new String[toks.length];
    String[] tags = new String[toks.length];
    int[] heads = new int[toks.length];
    String[] rels = new String[toks.length];
    for (int i = 0; i < toks.length; i++) {
      String[] f = toks[i].split("/");
      if (f.length != 4) {
        throw new IllegalArgumentException("token " + (i + 1) + " is not form/TAG/head/rel: " + Arrays.toString(f));
      }
      forms[i] = f[0];
      tags[i] = f[1];
      heads[i] = Integer.parseInt(f[2]);
      rels[i] = f[3];
    }
    return SentenceViewBuilder.of(forms, tags, heads, rels);
  }

  /** The packaged rules' word classes. */
  public static WordClasses words() {
    return new WordClasses(EventRules.getDefault());
  }
}
