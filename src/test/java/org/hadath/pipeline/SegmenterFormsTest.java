package org.hadath.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hadath.events.EventRules;
import org.hadath.normalize.ArabicKeys;
import org.hadath.util.ModelFiles;
import org.hadath.util.ModelFormatException;
import org.hadath.util.TextFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SegmenterForms} must predict every stem CoreNLP's Arabic segmenter cuts from a
 * written word (the text prefilter skips a line when no predicted stem could be a trigger):
 * unit cases for clitics and restored letters, load errors that name file and line, and a
 * coverage check against the real segmenter over every corpus the project has.
 */
class SegmenterFormsTest {

  private static final SegmenterForms FORMS = SegmenterForms.getDefault();

  /** Segmentation and tagging only, built once for the class (models are shared per JVM). */
  private static final class Holder {
    static final ArabicPipeline SEGMENTER = ArabicPipeline.create(PipelineOptions.defaults().withoutParsing());
  }

  @TempDir
  Path dir;

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    SegmenterForms.forEachWord(text, out::add);
    return out;
  }

  // ---- unit cases

  @Test
  void prepositionBeforeTheArticleRestoresItsAlef() {
    // ل + الهجوم is written للهجوم: the stem is found again with its alef
    assertTrue(FORMS.stems("للهجوم").contains("الهجوم"), FORMS.stems("للهجوم").toString());
    assertTrue(FORMS.stems("للقصف").contains("القصف"), FORMS.stems("للقصف").toString());
  }

  @Test
  void taMarbutaBeforeAPronounIsRestoredAsAMatchKey() {
    // غارتها is غارة + ها; ة's match key is ه
    Set<String> s = FORMS.stems("غارتها");
    assertTrue(s.contains("غاره"), s.toString());
    assertFalse(s.contains("غارة"), "stems are match keys: " + s);
    // ى before a pronoun is written ا (مستشفاها → مستشفى + ها), ى's match key is ي
    assertTrue(FORMS.stems("مستشفاها").contains("مستشفي"), FORMS.stems("مستشفاها").toString());
  }

  @Test
  void procliticsAndEncliticsAreBothCutOff() {
    Set<String> s = FORMS.stems("وبقصفهم");
    assertTrue(s.contains("قصف"), s.toString());
    assertTrue(s.contains("بقصف"), s.toString());
    assertTrue(FORMS.stems("وبغاراتها").contains("غارات"), FORMS.stems("وبغاراتها").toString());
    // at most three proclitics, and only clitic letters: قصف is not a proclitic run
    assertFalse(FORMS.stems("قصفهم").contains("فهم"), FORMS.stems("قصفهم").toString());
  }

  @Test
  void theWordItselfIsAlwaysAmongItsStems() {
    for (String w : List.of("قصف", "وبقصفهم", "للهجوم", "غارتها", "و", "ها", "2019", "سوق", "مستشفاها")) {
      assertTrue(FORMS.stems(w).contains(w), w + " → " + FORMS.stems(w));
      List<String> seen = new ArrayList<>();
      FORMS.forEachStem(w, seen::add);
      assertEquals(w, seen.get(0), "the word comes first for " + w);
    }
  }

  @Test
  void forEachWordSplitsAtPunctuationAndGivesMatchKeys() {
    assertEquals(List.of("قصفت", "الطايرات", "بلده", "كفرنبل", "صباح", "اليوم", "3"),
        words("قصفت «الطائرات» بلدةَ كفرنبل،صباح اليوم (3)."));
    assertEquals(List.of("الهجوم", "الاخير"), words("الـهجوم/الأخير"));
    assertTrue(words("؟!، ... «»").isEmpty());
  }

  @Test
  void forEachWordAlsoGivesShortenedFormsOfLengthenedWords() {
    List<String> w = words("قصففففت المدينة");
    assertTrue(w.contains("قصففففت"), w.toString());
    assertTrue(w.contains("قصفت"), w.toString());
    assertTrue(w.contains("المدينه"), w.toString());
    // a doubled letter is offered without the double too
    assertTrue(words("غاارة").contains("غاره"), words("غاارة").toString());
    // a word with no run of equal letters is given once
    assertEquals(List.of("قصف"), words("قصف"));
  }

  @Test
  void theWordsAreTheFormsOfEachWrittenWord() {
    String text = "قصففففت «الطائرات» بلدةَ كفرنبل،صباح غاارة اليوم (3) الـهجوم/الأخير ـــ";
    List<String> written = new ArrayList<>();
    SegmenterForms.forEachWritten(text, written::add);
    assertEquals(List.of("قصففففت", "الطائرات", "بلدةَ", "كفرنبل", "صباح", "غاارة", "اليوم", "3", "الـهجوم", "الأخير", "ـــ"),
        written);
    List<String> forms = new ArrayList<>();
    written.forEach(w -> SegmenterForms.forms(w, forms::add));
    assertEquals(words(text), forms); // a word of tatweel alone has an empty key: no form
    assertEquals(List.of("قصففففت", "قصفت"), forms.subList(0, 2));
  }

  // ---- malformed model files

  private ModelFormatException loadFails(String badLine) throws IOException {
    Path f = Files.createDirectories(dir.resolve("pipeline")).resolve("segmenter-forms.tsv");
    Files.writeString(f, String.join("\n", ModelFiles.packaged().lines(SegmenterForms.RESOURCE)) + "\n" + badLine + "\n");
    int line = Files.readAllLines(f).size();
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> SegmenterForms.load(ModelFiles.overrides(dir)));
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("segmenter-forms.tsv:" + line), e.getMessage());
    assertTrue(e.file().endsWith("segmenter-forms.tsv"), e.file());
    return e;
  }

  @Test
  void copyOfThePackagedFileLoads() throws IOException {
    Path f = Files.createDirectories(dir.resolve("pipeline")).resolve("segmenter-forms.tsv");
    Files.writeString(f, String.join("\n", ModelFiles.packaged().lines(SegmenterForms.RESOURCE)) + "\n");
    assertEquals(FORMS.stems("وبغاراتها"), SegmenterForms.load(ModelFiles.overrides(dir)).stems("وبغاراتها"));
  }

  @Test
  void unknownKindNamesFileAndLine() throws IOException {
    ModelFormatException e = loadFails("infixes\tت\t1");
    assertTrue(e.getMessage().contains("unknown kind infixes"), e.getMessage());
  }

  @Test
  void nonNumericCountNamesFileAndLine() throws IOException {
    ModelFormatException e = loadFails("proclitics\tوفبلكس\tثلاثة");
    assertTrue(e.getMessage().contains("not a number"), e.getMessage());
  }

  @Test
  void countOutOfRangeNamesFileAndLine() throws IOException {
    ModelFormatException e = loadFails("enclitics\tهامنكي\t9");
    assertTrue(e.getMessage().contains("between 0 and 6"), e.getMessage());
  }

  @Test
  void wrongFieldCountNamesFileAndLine() throws IOException {
    ModelFormatException e = loadFails("before_enclitic\tت");
    assertTrue(e.getMessage().contains("fields"), e.getMessage());
  }

  // ---- coverage against the real segmenter

  private static final String PROCLITICS = "وفبلكس";
  private static final String ENCLITICS = "هامنكي";

  private static boolean onlyOf(String key, String letters) {
    return key.chars().allMatch(c -> letters.indexOf(c) >= 0);
  }

  /** Whether some word of {@code rawWord} (as the prefilter reads it) has {@code key} among its stems. */
  private static boolean predicted(String rawWord, String key) {
    Set<String> words = new LinkedHashSet<>();
    SegmenterForms.forEachWord(rawWord, words::add);
    for (String w : words) {
      boolean[] hit = {false};
      FORMS.forEachStem(w, s -> hit[0] |= s.equals(key));
      if (hit[0]) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> corpus() throws IOException {
    List<Path> docs = new ArrayList<>();
    Path data = Path.of(System.getProperty("hadath.testData", "test-data"));
    List<Path> dirs = new ArrayList<>(List.of(data.resolve("bench/general"), data.resolve("examples")));
    java.util.Optional<Path> seeds = org.hadath.testing.SharedCorpus.optional("corpus/seeds");
    if (seeds.isPresent()) {
      dirs.add(seeds.get());
    } else {
      System.out.println("SegmenterFormsTest: " + org.hadath.testing.SharedCorpus.root() + " not found; project texts only");
    }
    for (Path d : dirs) {
      docs.addAll(TextFiles.txtFiles(d));
    }
    return docs;
  }

  @Test
  void predictsTheStemsTheSegmenterCuts() throws IOException {
    List<Pattern> triggers = EventRules.getDefault().triggers().stream().map(EventRules.TriggerRule::pattern).toList();
    int checked = 0;
    int triggerTokens = 0;
    List<String> misses = new ArrayList<>();
    List<String> triggerMisses = new ArrayList<>();
    List<Path> docs = corpus();
    for (Path p : docs) {
      String text = TextFiles.readUtf8(p);
      Annotation a = Holder.SEGMENTER.annotate(text);
      for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
        String key = ArabicKeys.matchKey(t.word());
        if (key.isEmpty() || !key.chars().allMatch(Character::isLetterOrDigit)
            || onlyOf(key, PROCLITICS) || onlyOf(key, ENCLITICS)) {
          continue;
        }
        // the whitespace-delimited written word the token was cut from, in the original text
        int b = t.beginPosition();
        int e = t.endPosition();
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
          b--;
        }
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
          e++;
        }
        String raw = text.substring(b, e);
        boolean isTrigger = triggers.stream().anyMatch(tp -> EventRules.matches(tp, key));
        checked++;
        triggerTokens += isTrigger ? 1 : 0;
        if (!predicted(raw, key)) {
          String miss = p.getFileName() + ": " + key + " from " + raw;
          misses.add(miss);
          if (isTrigger) {
            triggerMisses.add(miss);
          }
        }
      }
    }
    double coverage = 1.0 - (double) misses.size() / checked;
    System.out.printf("SegmenterFormsTest: %d documents, %d tokens checked (%d trigger words), %d missed,"
        + " coverage %.5f%n", docs.size(), checked, triggerTokens, misses.size(), coverage);
    misses.forEach(m -> System.out.println("  missed " + m));
    assertTrue(checked > 5000, "too few tokens to measure: " + checked);
    assertTrue(triggerTokens > 0, "no trigger word in the corpus");
    assertTrue(triggerMisses.isEmpty(), "trigger stems not predicted: " + triggerMisses);
    assertTrue(coverage >= 0.999, "coverage " + coverage + "; missed " + misses);
  }
}
