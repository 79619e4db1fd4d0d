package org.hadath.events.triggers;

import java.util.List;
import org.hadath.entities.actors.ActorMention;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.events.sentence.ArmedActors;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.sentence.WordClasses;

/**
 * The conditions of a trigger rule judged exactly, on the parsed sentence of one candidate
 * trigger word and the document around it.
 */
public final class ParsedSentenceEvidence implements ConditionEvidence {
  /** {@code near:} how many tokens before or after the trigger are near. */
  public static final int NEAR_WINDOW = 8;
  /** {@code dep:} at most this many dependency links from the trigger. */
  public static final int DEP_MAX_LINKS = 2;
  /** {@code armed:} how many sentences before and after the trigger's are looked at. */
  public static final int ARMED_SENTENCE_REACH = 1;

  private final WordClasses words;
  private final SentenceView v;
  private final int i;
  private final List<SentenceView> doc;
  /** {@link #countedBy()}, once asked. */
  private Integer countedBy;

  /** Evidence for token {@code i} of {@code v}, one of the document's sentences {@code doc}. */
  public ParsedSentenceEvidence(WordClasses words, SentenceView v, int i, List<SentenceView> doc) {
    this.words = words;
    this.v = v;
    this.i = i;
    this.doc = doc;
  }

  @Override
  public boolean self(String cls) {
    return words.is(v, i, cls);
  }

  @Override
  public boolean near(String cls) {
    for (int k = Math.max(0, i - NEAR_WINDOW); k < Math.min(v.size(), i + NEAR_WINDOW + 1); k++) {
      if (k != i && !Punctuation.hasPunctBetween(v, i, k) && words.is(v, k, cls)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean governor(String cls) {
    return governs(i, cls) || countedBy() != i && governs(countedBy(), cls);
  }

  @Override
  public boolean subjectOf(String cls) {
    return subjectOf(i, cls) || countedBy() != i && subjectOf(countedBy(), cls);
  }

  private boolean governs(int x, String cls) {
    return v.head(x) >= 0 && words.is(v, v.head(x), cls);
  }

  private boolean subjectOf(int x, String cls) {
    return v.rel(x).startsWith("nsubj") && governs(x, cls);
  }

  /**
   * The head of the number that counts the trigger word when it governs it (أطلقت عشرات
   * الصواريخ، سقطت مئات القذائف: the parse hangs the noun on the number), else the trigger: the
   * number stands in the noun's place for {@code gov:} and {@code subj:}. Found once per evidence.
   */
  private int countedBy() {
    if (countedBy == null) {
      countedBy = findCountedBy();
    }
    return countedBy;
  }

  private int findCountedBy() {
    for (QuantityMention q : v.quantities()) {
      QuantityMention.CountedNoun c = q.countedNoun();
      if (c != null && c.tokenIndex() == i) {
        int h = Trees.mentionHead(v, q.tokenBegin(), q.tokenEnd());
        if (h != i && v.dominates(h, i)) {
          return h;
        }
      }
    }
    return i;
  }

  @Override
  public boolean dependency(String cls) {
    for (int k = 0; k < v.size(); k++) {
      if (k != i && Trees.treeDistance(v, i, k) <= DEP_MAX_LINKS && words.is(v, k, cls)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean sentence(String cls) {
    return words.hasOther(v, cls, i);
  }

  @Override
  public boolean document(String cls) {
    for (SentenceView s : doc) {
      if (words.hasOther(s, cls, s == v ? i : -1)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean armed(String cls) {
    int at = doc.indexOf(v);
    for (int si = Math.max(0, at - ARMED_SENTENCE_REACH); si <= Math.min(doc.size() - 1, at + ARMED_SENTENCE_REACH);
        si++) {
      SentenceView s = doc.get(si);
      for (ActorMention am : s.actors()) {
        if (ArmedActors.isArmed(am.category())) {
          return true;
        }
      }
      if (words.hasOther(s, cls, s == v ? i : -1)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean exact() {
    return true;
  }
}
