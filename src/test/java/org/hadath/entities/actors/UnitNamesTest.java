package org.hadath.entities.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbered units found by their noun and number, on hand-made tokens (no model): invented units. */
class UnitNamesTest {

  private static List<CoreLabel> tokens(String... words) {
    return HandTokens.of(words);
  }

  private static List<UnitNames.Name> find(List<CoreLabel> ts, BitSet taken) {
    StringBuilder doc = new StringBuilder();
    ts.forEach(t -> doc.append(t.word()).append(' '));
    return ActorLexicon.defaults().units().find(ts, doc.toString(), taken);
  }

  @Test
  void aUnitNounWithDigitsOrAnOrdinalIsAName() {
    assertEquals(List.of(new UnitNames.Name(4, 6)),
        find(tokens("أصيب", "عنصران", "من", "و", "الفوج", "93", "بجروح"), new BitSet()));
    assertEquals(List.of(new UnitNames.Name(1, 3)), find(tokens("هاجم", "اللواء", "السابع", "البلدة"), new BitSet()));
  }

  @Test
  void anOrdinalOfElevenToNineteenTakesItsSecondWord() {
    assertEquals(List.of(new UnitNames.Name(1, 4)),
        find(tokens("انسحبت", "الفرقة", "الحادية", "عشرة", "من", "المدينة"), new BitSet()));
  }

  @Test
  void noNumberOrATakenUnitIsNoName() {
    assertEquals(List.of(), find(tokens("قال", "اللواء", "سمير", "إن"), new BitSet()));
    assertEquals(List.of(), find(tokens("الكتيبة", "12345"), new BitSet()));
    BitSet taken = new BitSet();
    taken.set(0, 2); // the lexicon already knows this unit
    assertEquals(List.of(), find(tokens("الفرقة", "الرابعة", "تقصف"), taken));
  }
}
