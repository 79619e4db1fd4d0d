package org.hadath.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntPredicate;
import org.hadath.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * A {@link LineSelector} that leaves lines out must not move anything: the pipeline run on
 * some lines gives the same sentences (count, character spans, text) as a full run, the
 * sentences of lines left out are token-less {@link ParseStatus#NOT_ANALYSED} sentences, a
 * line whose sentence boundaries the lexer cannot tell (3.5، a URL، !!) is segmented anyway,
 * and the tokens of analysed lines keep their words and offsets. Covers several sentences
 * per line, lines without a full stop, closing quotes and brackets after a full stop,
 * normalized characters, and characters the lexer drops (no-break spaces, _ separators).
 */
class LineSelectionTest {

  /** What one selected run gave, compared with the full run. */
  private record Result(List<CoreMap> full, List<CoreMap> selected, List<String> linesSeen) {
    /** Whether sentence {@code i} was analysed in the selected run. */
    boolean analysed(int i) {
      return !tokens(selected.get(i)).isEmpty();
    }

    int notAnalysed() {
      int n = 0;
      for (int i = 0; i < selected.size(); i++) {
        n += analysed(i) ? 0 : 1;
      }
      return n;
    }
  }

  private static List<CoreLabel> tokens(CoreMap s) {
    return s.get(CoreAnnotations.TokensAnnotation.class);
  }

  private static int begin(CoreMap s) {
    return s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
  }

  private static int end(CoreMap s) {
    return s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }

  private static String describe(List<CoreMap> sentences) {
    StringBuilder sb = new StringBuilder();
    for (CoreMap s : sentences) {
      sb.append(begin(s)).append('-').append(end(s)).append(tokens(s).isEmpty() ? "E " : "T ");
    }
    return sb.toString();
  }

  /**
   * Runs {@code text} fully (the shared pipeline) and with the lines (0-based among the
   * non-blank lines) for which {@code skip} holds left out, and checks that nothing moved.
   */
  private static Result run(String text, IntPredicate skip) {
    List<String> seen = new CopyOnWriteArrayList<>();
    LineSelector selector = lines -> {
      seen.addAll(lines);
      boolean[] b = new boolean[lines.size()];
      for (int i = 0; i < b.length; i++) {
        b[i] = !skip.test(i);
      }
      return b;
    };
    Annotation fullA = SharedPipeline.annotate(text);
    Annotation selA = ArabicPipeline.create(PipelineOptions.defaults().withLineSelector(selector)).annotate(text);
    assertEquals(text, selA.get(CoreAnnotations.TextAnnotation.class), "the original text is given back");
    List<CoreMap> full = fullA.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> sel = selA.get(CoreAnnotations.SentencesAnnotation.class);
    String where = "\nfull     " + describe(full) + "\nselected " + describe(sel);
    assertEquals(full.size(), sel.size(), "sentence count" + where);
    int tokenIndex = 0;
    for (int i = 0; i < full.size(); i++) {
      CoreMap f = full.get(i);
      CoreMap s = sel.get(i);
      assertEquals(begin(f), begin(s), "begin of sentence " + i + where);
      assertEquals(end(f), end(s), "end of sentence " + i + where);
      assertEquals(f.get(CoreAnnotations.TextAnnotation.class), s.get(CoreAnnotations.TextAnnotation.class));
      assertEquals(i, s.get(CoreAnnotations.SentenceIndexAnnotation.class));
      List<CoreLabel> ft = tokens(f);
      List<CoreLabel> st = tokens(s);
      assertFalse(ft.isEmpty(), "a full run has no empty sentence" + where);
      if (st.isEmpty()) {
        assertEquals(ParseStatus.NOT_ANALYSED, s.get(HadathAnnotations.ParseStatusAnnotation.class));
        assertEquals(tokenIndex, s.get(CoreAnnotations.TokenBeginAnnotation.class));
        assertEquals(tokenIndex, s.get(CoreAnnotations.TokenEndAnnotation.class));
      } else {
        assertNotEquals(ParseStatus.NOT_ANALYSED, s.get(HadathAnnotations.ParseStatusAnnotation.class));
        assertEquals(ft.size(), st.size(), "tokens of sentence " + i + where);
        for (int k = 0; k < ft.size(); k++) {
          CoreLabel a = ft.get(k);
          CoreLabel b = st.get(k);
          String msg = "token " + k + " of sentence " + i + ": " + a.word() + " vs " + b.word();
          assertEquals(a.word(), b.word(), msg);
          assertEquals(a.beginPosition(), b.beginPosition(), msg);
          assertEquals(a.endPosition(), b.endPosition(), msg);
          assertEquals(a.originalText(), b.originalText(), msg);
          assertEquals(a.tag(), b.tag(), msg);
          assertEquals(k + 1, b.index(), msg);
        }
        assertEquals(tokenIndex, s.get(CoreAnnotations.TokenBeginAnnotation.class));
        tokenIndex += st.size();
      }
    }
    assertEquals(tokenIndex, selA.get(CoreAnnotations.TokensAnnotation.class).size());
    return new Result(full, sel, List.copyOf(seen));
  }

  /** Index of the sentence of {@code r} that starts at {@code text.indexOf(start)}. */
  private static int sentenceAt(Result r, String text, String start) {
    int pos = text.indexOf(start);
    assertTrue(pos >= 0, start);
    for (int i = 0; i < r.full().size(); i++) {
      if (begin(r.full().get(i)) == pos) {
        return i;
      }
    }
    throw new AssertionError("no sentence starts at " + start + ": " + describe(r.full()));
  }

  @Test
  void sentencesOfSkippedLinesKeepTheirPlacesAndSpans() {
    String text = String.join("\n",
        "الحكومة تعلن خطة لدعم المزارعين", // 0: a headline without a full stop
        "",
        "أعلنت وزارة الزراعة صباح اليوم عن خطة لدعم صغار المزارعين في المحافظات الجنوبية.", // 1
        "وقال الوزير إن الخطة تشمل قروضا ميسرة. وأضاف أن التسجيل يبدأ الشهر المقبل. ولم يحدد قيمة القروض.", // 2
        "وتأتي الخطة بعد موسم جاف أضر بمحاصيل القمح والشعير", // 3: no full stop at the end
        "هل تكفي هذه القروض؟ يرى خبراء أن المطلوب أكبر من ذلك بكثير", // 4: a question, then no stop
        "وتبلغ مساحة الأراضي المزروعة نحو مليون هكتار.", // 5
        "");
    Result r = run(text, i -> i != 1 && i != 5);
    assertEquals(9, r.full().size(), describe(r.full()));
    assertEquals(6, r.linesSeen().size(), "the selector sees the non-blank lines: " + r.linesSeen());
    assertEquals("وتبلغ مساحة الأراضي المزروعة نحو مليون هكتار.", r.linesSeen().get(5));
    // every sentence of the lines left out is unanalysed, the others are analysed
    assertEquals(7, r.notAnalysed(), describe(r.selected()));
    assertTrue(r.analysed(sentenceAt(r, text, "أعلنت وزارة")));
    assertTrue(r.analysed(sentenceAt(r, text, "وتبلغ مساحة")));
    assertFalse(r.analysed(sentenceAt(r, text, "وأضاف أن التسجيل")));
    assertFalse(r.analysed(sentenceAt(r, text, "يرى خبراء")));
  }

  @Test
  void everyLineLeftOutOrEveryLineReadGiveTheSameSentences() {
    String text = "قمة اقتصادية في الدوحة\n\nافتتحت القمة أعمالها أمس. وتستمر ثلاثة أيام\n"
        + "وينتظر أن تصدر بيانا ختاميا يوم الخميس المقبل.\n";
    Result none = run(text, i -> true);
    assertEquals(none.full().size(), none.notAnalysed(), describe(none.selected()));
    Result all = run(text, i -> false);
    assertEquals(0, all.notAnalysed());
  }

  @Test
  void closingQuotesAndBracketsAfterAFullStopStayWithTheirSentence() {
    String text = String.join("\n",
        "وقال المتحدث باسم الوزارة: «انتهت الجولة الأولى من المحادثات.» وغادر الوفد القاعة بعد ذلك.",
        "وكتب الوزير على حسابه: \"الطريق ما زال طويلا.\" ولم يضف أي تفاصيل.",
        "وأكد البيان أن اللجنة ستجتمع مجددا (في موعد لم يحدد بعد.) ثم رفعت الجلسة.",
        "وختم بالقول: «هذا ما نأمله جميعا!» ثم غادر");
    Result r = run(text, i -> true);
    assertEquals(r.full().size(), r.notAnalysed(), describe(r.selected()));
    int quoted = sentenceAt(r, text, "وقال المتحدث");
    assertTrue(r.full().get(quoted).get(CoreAnnotations.TextAnnotation.class).endsWith("المحادثات.»"),
        r.full().get(quoted).get(CoreAnnotations.TextAnnotation.class));
    assertEquals(8, r.full().size(), describe(r.full()));
  }

  @Test
  void linesWhoseBoundariesTheLexerCannotTellAreSegmentedAnyway() {
    String decimal = "وارتفع معدل النمو إلى 3.5 في المئة خلال الربع الأول.";
    String url = "ونشرت الوزارة التفاصيل على موقعها www.example.org مساء الأحد.";
    String exclaim = "يا لها من مفاجأة!! قالها أحد الحاضرين.";
    String ellipsis = "وقال: ... لا أعرف ماذا سيحدث.";
    String plain = "وتبلغ قيمة الاستثمارات الجديدة نحو مليار دولار.";
    String text = String.join("\n", decimal, plain, url, exclaim, ellipsis);
    Result r = run(text, i -> true);
    for (String line : List.of(decimal, url, exclaim, ellipsis)) {
      int i = sentenceAt(r, text, line.substring(0, 8));
      assertTrue(r.analysed(i), "segmented anyway: " + line + "\n" + describe(r.selected()));
    }
    assertFalse(r.analysed(sentenceAt(r, text, plain)), describe(r.selected()));
  }

  @Test
  void abbreviationAndDoublePunctuationKeepTheSentencesOfAFullRun() {
    // The lexer cuts د. into د + . and ؟! into ؟ + !, as the segmenter does: the full run
    // ends a sentence at each, and so do the spans of the line left out.
    String doctor = "وقال د. سامر الخطيب إن النتائج مشجعة.";
    String surprised = "كيف حدث ذلك؟! سأل أحد الحضور.";
    String text = String.join("\n", doctor, surprised, "وانتهى اللقاء مساء.");
    Result r = run(text, i -> true);
    assertEquals(6, r.full().size(), describe(r.full()));
    assertEquals(r.full().size(), r.notAnalysed(), describe(r.selected()));
    // and with the neighbours analysed
    run(text, i -> i == 1);
  }

  @Test
  void charactersTheLexerDropsAreOutsideEverySentence() {
    // no-break spaces after a stop and on a line of their own, an underscore separator line,
    // ؋, and closers glued to other punctuation ("** and )*), which the splitter does not take
    String text = String.join("\n",
        "وارتفع سعر برميل النفط في الأسواق العالمية.\u00A0",
        "\u00A0\u202F",
        "__________",
        "وأعلن البنك المركزي عن خطة جديدة. \u00A0وأضاف أن الخطة تبدأ قريبا.",
        "وقال المدير: \"لن نغير سياستنا.\"** ثم غادر.",
        "وجاء في البيان (ص 4.)* أن الأرباح تضاعفت. ؋",
        "\u00A0وفاز المنتخب على نظيره بهدفين.");
    Result r = run(text, i -> true);
    assertEquals(r.full().size(), r.notAnalysed(), describe(r.selected()));
    Result some = run(text, i -> i % 2 == 0);
    assertTrue(some.notAnalysed() > 0 && some.notAnalysed() < some.full().size(), describe(some.selected()));
  }

  @Test
  void offsetsOfNormalizedCharactersAndCrLfLineEnds() {
    // diacritics, tatweel, presentation forms and bidi marks are normalized away; spans of
    // skipped lines and tokens of analysed ones must still point into the original text
    String text = "قَالَ الـمـتـحـدث إن الاجتماع انتهى.\r\n"
        + "\u202Bﻭﺃﺿﺎﻑ\u202C أن الوفد غادر. ثم أُغلقت القاعة\r\n"
        + "\r\n"
        + "وسيُعقد الاجتماع المقبل الأسبوع القادم.\r\n";
    for (Set<Integer> skipped : List.of(Set.of(0), Set.of(1), Set.of(0, 2), Set.of(0, 1, 2))) {
      Result r = run(text, skipped::contains);
      assertEquals(4, r.full().size(), describe(r.full()));
      List<Integer> empty = new ArrayList<>();
      for (int i = 0; i < r.selected().size(); i++) {
        if (!r.analysed(i)) {
          empty.add(i);
        }
      }
      assertFalse(empty.isEmpty(), skipped + ": " + describe(r.selected()));
    }
  }
}
