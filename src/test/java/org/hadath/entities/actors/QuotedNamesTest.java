package org.hadath.entities.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names in quotes after a head noun, on hand-made tokens (no model): invented outlets and groups. */
class QuotedNamesTest {

  private static List<CoreLabel> tokens(String... words) {
    return HandTokens.of(words);
  }

  private static String doc(List<CoreLabel> ts) {
    StringBuilder sb = new StringBuilder();
    for (CoreLabel t : ts) {
      sb.append(t.word()).append(' ');
    }
    return sb.toString();
  }

  private static List<QuotedNames.Name> find(List<CoreLabel> ts, BitSet taken) {
    return QuotedNames.find(ts, doc(ts), ActorLexicon.defaults().heads(), taken);
  }

  @Test
  void outletNameInCurlyQuotes() {
    List<CoreLabel> ts = tokens("وأوضح", "مراسل", "قناة", "“", "الوادي", "اليوم", "”", "أن");
    List<QuotedNames.Name> ns = find(ts, new BitSet());
    assertEquals(List.of(new QuotedNames.Name(4, 6, ActorCategory.MEDIA_MONITOR)), ns);
  }

  @Test
  void operationsRoomInBracketsIsAnArmedGroup() {
    List<CoreLabel> ts = tokens("أعلنت", "غرفة", "عمليات", "(", "النصر", "القريب", ")", "تدمير", "دبابة");
    assertEquals(List.of(new QuotedNames.Name(4, 6, ActorCategory.REBEL_GROUP)), find(ts, new BitSet()));
  }

  @Test
  void aKnownActorInsideTheQuotesStaysKnown() {
    List<CoreLabel> ts = tokens("فصائل", "«", "الجيش", "الوطني", "»");
    BitSet taken = new BitSet();
    taken.set(2, 4); // the lexicon already named الجيش الوطني
    assertEquals(List.of(), find(ts, taken));
  }

  @Test
  void noHeadNounOrNoClosingQuoteOrNumbersIsNoName() {
    assertEquals(List.of(), find(tokens("قال", "“", "الوادي", "اليوم", "”"), new BitSet()));
    assertEquals(List.of(), find(tokens("قناة", "“", "الوادي", "اليوم", "إن", "القصف", "استهدف", "البلدة", "صباح"),
        new BitSet()));
    assertEquals(List.of(), find(tokens("لواء", "(", "23", ")"), new BitSet()));
  }
}
