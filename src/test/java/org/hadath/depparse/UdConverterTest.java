package org.hadath.depparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree-to-UD rules on hand-built trees (no parser, no CoreNLP models): each test names
 * the rule it checks. A leaf written {@code +w} is a suffix glued to the token before it.
 */
class UdConverterTest {

  private static final UdConverter UD = UdConverter.getDefault();

  /** The conversion of a bracketed tree, as "word relation head-word" lines. */
  private static List<String> convert(String bracketed) {
    Tree tree = Tree.valueOf(bracketed);
    List<CoreLabel> tokens = new ArrayList<>();
    int pos = 0;
    for (Tree leaf : tree.getLeaves()) {
      String w = leaf.value();
      boolean glued = w.startsWith("+") && w.length() > 1;
      if (glued) {
        w = w.substring(1);
        pos--;
      }
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      t.setValue(w);
      t.setTag(leaf.parent(tree).value());
      t.setBeginPosition(pos);
      t.setEndPosition(pos + w.length());
      pos += w.length() + 1;
      tokens.add(t);
    }
    UdConverter.Dependencies d = UD.convert(tree, tokens);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < d.size(); i++) {
      int h = d.heads()[i];
      out.add(tokens.get(i).word() + " " + d.label(i) + " "
          + (h < 0 ? "ROOT" : tokens.get(h).word()));
    }
    return out;
  }

  @Test
  void verbInitialClauseTakesSubjectThenObject() {
    assertEquals(List.of("قصفت root ROOT", "الطائرات nsubj قصفت", "مواقع obj قصفت",
            "المسلحين nmod مواقع", ". punct قصفت"),
        convert("(ROOT (S (VP (VBD قصفت) (NP (DTNNS الطائرات)) (NP (NNS مواقع) (NP (DTNNS المسلحين))))"
            + " (PUNC .)))"));
  }

  @Test
  void subjectSuffixOnTheVerbMakesTheFirstNounPhraseTheObject() {
    assertEquals(List.of("استهدفوا root ROOT", "القرية obj استهدفوا"),
        convert("(ROOT (S (VP (VBD استهدفوا) (NP (DTNN القرية)))))"));
  }

  @Test
  void passiveVerbTakesAPassiveSubject() {
    assertEquals(List.of("قتل root ROOT", "مزارع nsubj:pass قتل"),
        convert("(ROOT (S (VP (VBN قتل) (NP (NN مزارع)))))"));
  }

  @Test
  void pronounSuffixedToTheVerbIsItsObject() {
    assertEquals(List.of("دمر root ROOT", "ها obj دمر", "القصف nsubj دمر"),
        convert("(ROOT (S (VP (VBD دمر) (NP (PRP +ها)) (NP (DTNN القصف)))))"));
  }

  @Test
  void prepositionIsCaseOfItsObjectWhichIsOblique() {
    assertEquals(List.of("انفجرت root ROOT", "عبوة nsubj انفجرت", "في case السوق",
            "السوق obl انفجرت"),
        convert("(ROOT (S (VP (VBD انفجرت) (NP (NN عبوة)) (PP (IN في) (NP (DTNN السوق))))))"));
  }

  @Test
  void auxiliaryVerbBeforeAVerbPhraseIsAux() {
    assertEquals(List.of("كان aux يحاصرون", "المقاتلون nsubj يحاصرون", "يحاصرون root ROOT",
            "البلدة obj يحاصرون"),
        convert("(ROOT (S (VP (VBD كان) (NP (DTNNS المقاتلون)) (VP (VBP يحاصرون) (NP (DTNN البلدة))))))"));
  }

  @Test
  void auxiliaryVerbBeforeANominalPredicateIsCop() {
    assertEquals(List.of("كانت cop هادئة", "المدينة nsubj هادئة", "هادئة root ROOT"),
        convert("(ROOT (S (VP (VBD كانت) (NP (DTNN المدينة)) (ADJP (JJ هادئة)))))"));
  }

  @Test
  void nounLikePrepositionBecomesCase() {
    assertEquals(List.of("وصلوا root ROOT", "بعد case الهجوم", "الهجوم obl وصلوا"),
        convert("(ROOT (S (VP (VBD وصلوا) (NP (NN بعد) (NP (DTNN الهجوم))))))"));
  }

  @Test
  void laterConjunctAttachesToTheFirstAndTheCoordinatorToIt() {
    assertEquals(List.of("قتلى root ROOT", "و cc جرحى", "جرحى conj قتلى"),
        convert("(ROOT (NP (NP (NN قتلى)) (CC و) (NP (NN جرحى))))"));
  }

  @Test
  void complementClauseAfterAnIsCcompWithMark() {
    assertEquals(List.of("أعلن root ROOT", "الجيش nsubj أعلن", "أن mark سيطر", "ه nsubj سيطر",
            "سيطر ccomp أعلن"),
        convert("(ROOT (S (VP (VBD أعلن) (NP (DTNN الجيش)) (SBAR (IN أن) (S (NP (PRP +ه))"
            + " (VP (VBD سيطر)))))))"));
  }

  @Test
  void bracketsAttachToTheHeadOfWhatTheyEnclose() {
    assertEquals(List.of("قالت root ROOT", "المصادر nsubj قالت", "( punct المحلية",
            "المحلية amod المصادر", ") punct المحلية"),
        convert("(ROOT (S (VP (VBD قالت) (NP (DTNNS المصادر) (PUNC -LRB-) (ADJP (DTJJ المحلية))"
            + " (PUNC -RRB-)))))"));
  }

  @Test
  void phraseLabelsDropFunctionTagsAndIndices() {
    assertEquals(PhraseLabel.NP, PhraseLabel.of("NP-SBJ-1"));
    assertEquals(PhraseLabel.SBAR, PhraseLabel.of("SBAR=2"));
    assertEquals(PhraseLabel.OTHER, PhraseLabel.of("-NONE-"));
    assertEquals(PhraseLabel.X, PhraseLabel.of(""));
    assertEquals(PhraseLabel.OTHER, PhraseLabel.of("UCP"));
  }

  @Test
  void tagClassesPartitionTheTags() {
    assertEquals(TagClass.PROPER_NOUN, TagClass.of("DTNNP"));
    assertEquals(TagClass.NOUN, TagClass.of("DTNNS"));
    assertEquals(TagClass.NOUN, TagClass.of("PRP$"));
    assertEquals(TagClass.ADJECTIVE, TagClass.of("ADJ_NUM"));
    assertEquals(TagClass.NUMBER, TagClass.of("DTCD"));
    assertEquals(TagClass.VERB, TagClass.of("VBN"));
    assertEquals(TagClass.OTHER, TagClass.of("NOUN"));
    assertEquals(TagClass.OTHER, TagClass.of(""));
  }

  @Test
  void relationsKeepTheirConllULabels() {
    assertEquals("nsubj:pass", UdRelation.NSUBJ_PASS.label());
    assertEquals("obl:tmod", UdRelation.OBL_TMOD.label());
    assertEquals(28, UdRelation.values().length);
  }
}
