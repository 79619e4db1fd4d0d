package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which sentences the event layer has parsed, decided from tagged tokens alone (no models):
 * a sentence after a possible event is parsed for its toll only when it could open with it.
 */
class EventParseSelectorTest {
  private final EventParseSelector selector = new EventParseSelector(EventRules.getDefault());

  /** A sentence of "word/TAG" tokens separated by spaces. */
  private static CoreMap sentence(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String wt : tagged.split(" ")) {
      int slash = wt.lastIndexOf('/');
      CoreLabel t = new CoreLabel();
      t.setWord(wt.substring(0, slash));
      t.setValue(wt.substring(0, slash));
      t.setTag(wt.substring(slash + 1));
      tokens.add(t);
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return s;
  }

  private static final String STRIKE = "قصفت/VBD الطائرات/NNS الحربية/JJ قرية/NN الرمان/NNP ./PUNC";

  @Test
  void tollOpeningTheNextSentenceIsParsed() {
    boolean[] parse = selector.select(List.of(sentence(STRIKE),
        sentence("و/CC أدى/VBD القصف/NN إلى/IN مقتل/NN خمسة/CD مدنيين/NNS ./PUNC")));
    assertArrayEquals(new boolean[] {true, true}, parse);
    parse = selector.select(List.of(sentence(STRIKE),
        sentence("و/CC قتل/VBN خمسة/CD مدنيين/NNS ./PUNC")));
    assertArrayEquals(new boolean[] {true, true}, parse);
  }

  @Test
  void sentenceThatFirstSetsItsOwnSceneIsNotParsedForItsToll() {
    // a casualty word, but after a scene of its own: FollowingTolls would give nothing back
    boolean[] parse = selector.select(List.of(sentence(STRIKE),
        sentence("و/CC في/IN مدينة/NN أخرى/JJ قتل/VBN رجلان/NNS ./PUNC")));
    assertArrayEquals(new boolean[] {true, false}, parse);
  }

  @Test
  void nothingParsedWithoutAPossibleEvent() {
    boolean[] parse = selector.select(List.of(sentence("افتتح/VBD الوزير/NN معرضا/NN للكتاب/NN ./PUNC"),
        sentence("و/CC قتل/VBN خمسة/CD مدنيين/NNS ./PUNC")));
    assertArrayEquals(new boolean[] {false, false}, parse);
  }
}
