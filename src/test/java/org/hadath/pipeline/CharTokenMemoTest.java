package org.hadath.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.international.arabic.process.ArabicTokenizer;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The memo gives the tokens its delegate gives, for single characters and for longer text. */
class CharTokenMemoTest {

  private static TokenizerFactory<CoreLabel> lexer() {
    TokenizerFactory<CoreLabel> f = ArabicTokenizer.atbFactory();
    f.setOptions("removeProMarker,removeMorphMarker,removeLengthening");
    return f;
  }

  /** Word, value, original text and offsets of each token. */
  private static List<String> describe(List<CoreLabel> tokens) {
    List<String> out = new ArrayList<>();
    for (CoreLabel t : tokens) {
      out.add(t.word() + "|" + t.value() + "|" + t.originalText() + "|" + t.beginPosition() + "-" + t.endPosition());
    }
    return out;
  }

  @Test
  void sameTokensAsTheLexer() {
    TokenizerFactory<CoreLabel> plain = lexer();
    CharTokenMemo memo = new CharTokenMemo(lexer());
    // letters, tatweel (removed as lengthening), diacritics, digits, punctuation, Latin, space
    List<String> inputs = new ArrayList<>(List.of("ـ", "\u064E", "\u0651", "ق", "ة", "٣", "7", "،", ".", "?",
        "x", " ", "\u00A0", "_", "؋", "«"));
    inputs.add("قصفت الطائرات البلدة، وقُتل ثلاثةٌ.");
    inputs.add("الاشتـ.ـباكات");
    inputs.add("");
    for (int round = 0; round < 2; round++) { // the second round reads the memo
      for (String s : inputs) {
        assertEquals(describe(plain.getTokenizer(new StringReader(s)).tokenize()),
            describe(memo.getTokenizer(new StringReader(s)).tokenize()), "'" + s + "'");
      }
    }
  }

  @Test
  void eachCallGetsItsOwnTokens() {
    CharTokenMemo memo = new CharTokenMemo(lexer());
    List<CoreLabel> first = memo.getTokenizer(new StringReader("ق")).tokenize();
    first.get(0).setWord("changed");
    List<CoreLabel> second = memo.getTokenizer(new StringReader("ق")).tokenize();
    assertEquals("ق", second.get(0).word());
    assertNotSame(first.get(0), second.get(0));
  }

  @Test
  void installsIntoTheSharedSegmenter() {
    assertTrue(CharTokenMemo.install(ArabicPipeline.sharedTokenizer()));
  }
}
