package org.hadath.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The phrase matcher over tokens written for the test, with keys computed by the matcher or
 * handed in once ({@link PhraseMatcher#keys}) for several matchers: the same matches.
 */
class PhraseMatcherTest {

  private static final PhraseMatcher<String> NAMES = PhraseMatcher.<String>builder()
      .add("المرصد السوري لحقوق الإنسان", "sohr")
      .add("الجبهة الوطنية للتحرير", "nlf")
      .add("قوات سورية الديمقراطية", "sdf")
      .add("التحالف", "coalition")
      .build();

  /** Tokens for space-separated words of {@code text}; a word "+x" is written glued to the one before (a segmenter's split). */
  private static List<CoreLabel> tokens(String text, StringBuilder doc) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : text.split(" ")) {
      boolean glued = w.startsWith("+");
      String word = glued ? w.substring(1) : w;
      if (!glued && doc.length() > 0) {
        doc.append(' ');
      }
      CoreLabel t = new CoreLabel();
      t.setWord(word);
      t.setValue(word);
      t.setOriginalText(word);
      t.setBeginPosition(doc.length());
      doc.append(word);
      t.setEndPosition(doc.length());
      out.add(t);
    }
    return out;
  }

  private static String found(List<PhraseMatcher.Match<String>> ms, String doc) {
    StringBuilder sb = new StringBuilder();
    for (PhraseMatcher.Match<String> m : ms) {
      sb.append(m.values()).append('=').append(doc, m.begin(), m.end()).append(' ')
          .append(m.tokenBegin()).append('-').append(m.tokenEnd()).append(';');
    }
    return sb.toString();
  }

  @Test
  void keysHandedInGiveTheSameMatchesAsKeysComputedByTheMatcher() {
    StringBuilder doc = new StringBuilder();
    // a split proclitic, a glued one, a dash inside a name, an article the ل swallowed
    List<CoreLabel> toks = tokens("قال المرصد السوري ل +حقوق الإنسان إن بالتحالف و قوات سورية - الديمقراطية"
        + " و الجبهة الوطنية ل +التحرير", doc);
    String text = doc.toString();
    List<PhraseMatcher.Match<String>> own = NAMES.findAll(toks, text);
    List<PhraseMatcher.Match<String>> keyed = NAMES.findAll(toks, PhraseMatcher.keys(toks), text);
    assertEquals(found(own, text), found(keyed, text));
    String all = found(own, text);
    for (String v : List.of("[sohr]=المرصد السوري لحقوق الإنسان", "[coalition]=التحالف", "[sdf]=قوات سورية - الديمقراطية",
        "[nlf]=الجبهة الوطنية لالتحرير")) {
      assertEquals(true, all.contains(v), v + " in " + all);
    }
    PhraseMatcher.Match<String> at = NAMES.longestAt(toks, 1, text);
    assertNotNull(at);
    assertEquals("sohr", at.values().get(0));
  }

  @Test
  void keysMustBeTheTokensOwn() {
    StringBuilder doc = new StringBuilder();
    List<CoreLabel> toks = tokens("قوات سورية الديمقراطية", doc);
    PhraseMatcher.Keys keys = PhraseMatcher.keys(toks);
    assertEquals(3, keys.size());
    assertEquals("سوريه", keys.get(1));
    assertEquals("الديمقراطيه", keys.get(2));
    List<CoreLabel> other = tokens("قوات سورية الديمقراطية", new StringBuilder());
    assertThrows(IllegalArgumentException.class, () -> NAMES.findAll(other, keys, doc.toString()));
  }

  @Test
  void aBuiltMatcherKeepsThePhrasesItWasBuiltWith() {
    PhraseMatcher.Builder<String> b = PhraseMatcher.<String>builder().add("دير الزور", "dz");
    PhraseMatcher<String> built = b.build();
    b.add("الرقة", "rq");
    StringBuilder doc = new StringBuilder();
    List<CoreLabel> toks = tokens("بين الرقة و دير الزور", doc);
    assertEquals("[dz]=دير الزور 3-5;", found(built.findAll(toks, doc.toString()), doc.toString()));
    assertEquals(2, b.build().findAll(toks, doc.toString()).size());
  }
}
