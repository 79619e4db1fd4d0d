package org.hadath.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.hadath.normalize.ArabicKeys;
import org.hadath.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/** Integration tests on the real CoreNLP models (loaded once per JVM by SharedPipeline). */
class ArabicPipelineTest {

  private static List<CoreMap> sentences(Annotation a) {
    return a.get(CoreAnnotations.SentencesAnnotation.class);
  }

  /** Offsets point at the token's own characters, and every sentence is one tree. */
  static void assertWellFormed(String text, Annotation a) {
    assertEquals(text, a.get(CoreAnnotations.TextAnnotation.class));
    for (CoreMap s : sentences(a)) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      int prevEnd = 0;
      for (CoreLabel t : tokens) {
        assertTrue(t.beginPosition() >= prevEnd && t.endPosition() > t.beginPosition(), "offsets of " + t);
        String orig = text.substring(t.beginPosition(), t.endPosition());
        assertEquals(orig, t.originalText());
        String w = ArabicKeys.matchKey(t.word());
        if (w.chars().allMatch(Character::isLetter)) {
          assertEquals(w, ArabicKeys.matchKey(org.hadath.normalize.ArabicTextNormalizer.getInstance().normalize(orig).normalized()).replace(" ", ""), "token " + t.word() + " vs '" + orig + "'");
        }
        prevEnd = t.endPosition();
      }
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      assertNotNull(g, "no dependencies");
      assertEquals(1, g.getRoots().size(), "one root");
      assertEquals(tokens.size(), g.vertexSet().size());
      for (IndexedWord w : g.vertexSet()) {
        if (!g.getRoots().contains(w)) {
          assertEquals(1, g.getParents(w).size(), "one head for " + w);
        }
      }
      assertTrue(g.isDag());
    }
  }

  @Test
  void parsesANewsSentenceIntoLabelledDependencies() {
    String text = "قصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب الجنوبي، ما أدى إلى مقتل ثلاثة مدنيين.";
    Annotation a = SharedPipeline.annotate(text);
    assertWellFormed(text, a);
    SemanticGraph g = sentences(a).get(0).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    assertEquals("قصفت", g.getFirstRoot().word());
    SemgrexMatcher m = SemgrexPattern.compile("{word:قصفت} >nsubj {word:طائرات}").matcher(g);
    assertTrue(m.find(), g.toString());
    for (var e : g.edgeIterable()) {
      assertFalse(e.getRelation().toString().equals("dep"), "unlabelled edge " + e);
    }
  }

  @Test
  void offsetsSurviveObfuscation() {
    String text = "\u202Bقَـصَـفَ\u202C ﻃﺎﺋﺮﺍﺕ «التحالف» مـ ـخـ ـيم الهول فجر ٣ آذار\u200F.";
    Annotation a = SharedPipeline.annotate(text);
    assertWellFormed(text, a);
    List<CoreLabel> toks = a.get(CoreAnnotations.TokensAnnotation.class);
    assertTrue(toks.stream().anyMatch(t -> t.originalText().equals("مـ ـخـ ـيم")), toks.toString());
    assertTrue(toks.stream().anyMatch(t -> t.originalText().equals("٣") && t.word().equals("3")));
  }

  @Test
  void lineBreaksEndSentences() {
    String text = "غارات على دير الزور\nقتل خمسة أشخاص في قصف مدفعي على البلدة.\nالمرصد السوري";
    Annotation a = SharedPipeline.annotate(text);
    assertEquals(3, sentences(a).size());
    assertWellFormed(text, a);
  }

  @Test
  void questionMarksAndArabicQuestionMarkEndSentences() {
    Annotation a = SharedPipeline.annotate("هل انسحبت القوات؟ نعم انسحبت! وعادت الفصائل.");
    assertEquals(3, sentences(a).size());
  }

  @Test
  void veryLongSentenceIsChunkedAndKeepsEveryToken() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      sb.append("وقصفت الطائرات قرية في ريف حماة ");
    }
    String text = sb.toString().trim();
    Annotation a = SharedPipeline.annotate(text);
    assertEquals(1, sentences(a).size());
    CoreMap s = sentences(a).get(0);
    assertEquals(ParseStatus.CHUNKED, s.get(HadathAnnotations.ParseStatusAnnotation.class));
    assertTrue(s.get(CoreAnnotations.TokensAnnotation.class).size() > 200);
    assertWellFormed(text, a);
  }

  @Test
  void emptyAndBlankTextGiveEmptyResults() {
    assertTrue(sentences(SharedPipeline.annotate("")).isEmpty());
    assertTrue(sentences(SharedPipeline.annotate("  \n\t ")).isEmpty());
    assertTrue(sentences(SharedPipeline.annotate("... !! ؟")).isEmpty());
  }

  @Test
  void nullIsAClearError() {
    assertThrows(IllegalArgumentException.class, () -> SharedPipeline.annotate(null));
  }

  @Test
  void latinTextDoesNotFail() {
    String text = "Reuters reported air strikes near Idlib on Monday.";
    Annotation a = SharedPipeline.annotate(text);
    assertEquals(text, a.get(CoreAnnotations.TextAnnotation.class));
  }

  @Test
  void mixedArabicAndLatin() {
    String text = "قالت وحدات حماية الشعب (YPG) إن طائرة SU24 قصفت المنطقة.";
    assertWellFormed(text, SharedPipeline.annotate(text));
  }

  @Test
  void annotatorsWorkInsideAUsersOwnCoreNlpPipeline() {
    StanfordCoreNLP nlp = new StanfordCoreNLP(ArabicPipeline.coreNlpProperties(PipelineOptions.defaults()));
    String text = "وأعلنت قوات سوريا الديمقراطية «قسد» أنها سيطرت على بلدة هجين.";
    Annotation a = new Annotation(text);
    nlp.annotate(a);
    assertWellFormed(text, a);
    Annotation ours = SharedPipeline.annotate(text);
    assertEquals(
        sentences(ours).get(0).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toList(),
        sentences(a).get(0).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toList());
  }
}
