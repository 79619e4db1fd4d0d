package org.hadath.entities.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People counted without numerals (GUIDE.md, Quantities) on hand-made tokens: no CoreNLP
 * model, the words given as the segmenter would split them ({@code form/TAG} joined by
 * spaces, {@code +form/TAG} for a clitic glued to the word before).
 */
class PeopleCounterTest {
  private final PeopleCounter counter = new PeopleCounter();

  /** The people phrases of a sentence written as {@code form/TAG} tokens. */
  private List<QuantityMention> count(String tagged) {
    StringBuilder text = new StringBuilder();
    List<CoreLabel> tokens = new ArrayList<>();
    for (String t : tagged.trim().split("\\s+")) {
      boolean glued = t.startsWith("+"); // +ه: a clitic written on the word before
      String[] f = (glued ? t.substring(1) : t).split("/");
      if (text.length() > 0 && !glued) {
        text.append(' ');
      }
      CoreLabel l = new CoreLabel();
      l.setWord(f[0]);
      l.setValue(f[0]);
      l.setTag(f[1]);
      l.setBeginPosition(text.length());
      text.append(f[0]);
      l.setEndPosition(text.length());
      tokens.add(l);
    }
    return counter.count(tokens, text.toString(), 0);
  }

  private QuantityMention only(String tagged) {
    List<QuantityMention> ms = count(tagged);
    assertEquals(1, ms.size(), () -> "one phrase expected: " + ms);
    return ms.get(0);
  }

  @Test
  void onePickedOutOfAGroupIsOne() {
    QuantityMention m = only("مقتل/NN أحد/NN عناصر/NNS الفصيل/DTNN ب/IN قصف/NN");
    assertEquals(1, m.min());
    assertEquals(1L, m.max());
    assertEquals("أحد", m.countedNoun().text());
    QuantityMention w = only("إصابة/NN إحدى/NN النساء/DTNNS");
    assertEquals(1, w.min());
  }

  @Test
  void aFeminineCitizenIsOneAndMembersAddUp() {
    assertEquals(1, only("استشهدت/VBD مواطنة/NN في/IN القصف/DTNN").min());
    QuantityMention m = only("مقتل/NN شاب/NN و/CC عم/NN +ه/PRP$");
    assertEquals(2, m.min());
    assertEquals(2L, m.max());
    assertEquals(3, only("مقتل/NN طفلان/NN و/CC امرأة/NN").min());
  }

  @Test
  void aCoordinationOpeningWithANumberNamesItsNounSoVictimWordsAreSeen() {
    // ثلاثة شهداء و 17 جريحا: the event layer must see the victim noun شهداء, not the number
    QuantityMention m = only("سقط/VBD ثلاثة/CD شهداء/NNS و/CC 17/CD جريحا/NN");
    assertEquals("شهداء", m.countedNoun().text());
  }

  @Test
  void victimsOfDifferentStatesAreTwoPhrases() {
    // سقوط شهيد و جرحى: one dead and at least two wounded, not three people
    List<QuantityMention> ms = count("سقوط/NN شهيد/NN و/CC جرحى/NN");
    assertEquals(2, ms.size(), ms::toString);
    assertEquals(1, ms.get(0).min());
    assertEquals(1L, ms.get(0).max());
    assertEquals(2, ms.get(1).min());
    assertEquals(null, ms.get(1).max());
    // victims of one state still add up (قتيل و شهيدين is not written; طفل و قتيل is)
    assertEquals(2, only("مقتل/NN طفل/NN و/CC قتيل/NN").min());
  }

  @Test
  void aMemberJoinsAfterTheGenitiveComplementOfTheOneBefore() {
    // استشهاد سائق سيارة الإسعاف وأحد الجرحى: the driver and one of the wounded, with the و
    // left glued to أحد by the segmenter (tagged as an adjective)
    QuantityMention m = only("استشهاد/NN سائق/NN سيارة/NN الإسعاف/DTNN وأحد/JJ الجرحى/DTNN");
    assertEquals(2, m.min());
    assertEquals(2L, m.max());
    assertEquals("سائق سيارة الإسعاف وأحد الجرحى", m.text());
    // without a member after it the complement is no part of the phrase
    QuantityMention one = only("مقتل/NN سائق/NN سيارة/NN الإسعاف/DTNN في/IN القصف/DTNN");
    assertEquals("سائق", one.text());
  }
}
