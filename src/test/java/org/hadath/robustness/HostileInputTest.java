package org.hadath.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hadath.events.BatchExtractor;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventExtractor;
import org.hadath.events.EventFrame;
import org.hadath.events.EventType;
import org.hadath.normalize.ArabicTextNormalizer;
import org.hadath.normalize.NormalizedText;
import org.hadath.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: the library must never crash, hang, exhaust memory or lose a document.
 * Each test asserts a result (with every span the user's own characters) or a clear error
 * naming the document.
 */
class HostileInputTest {
  private static final Duration LIMIT = Duration.ofSeconds(90);

  private static final String STRIKE =
      "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب أمس، ما أدى إلى مقتل 5 مدنيين وإصابة 9 آخرين.";

  private static DocumentEvents extract(String docId, String text) {
    DocumentEvents d = assertTimeoutPreemptively(LIMIT, () -> SharedExtractor.get().extract(docId, text),
        docId + " took longer than " + LIMIT);
    Frames.assertSane(docId, text, d);
    return d;
  }

  private static boolean hasType(DocumentEvents d, EventType t) {
    return d.events().stream().anyMatch(f -> f.type() == t);
  }

  @Test
  void nullTextIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SharedExtractor.get().extract("null-doc", null));
    assertTrue(e.getMessage().contains("text"), e.getMessage());
  }

  @Test
  void emptyTextGivesAnEmptyResult() {
    DocumentEvents d = extract("empty", "");
    assertEquals(DocumentEvents.empty("empty"), d);
  }

  @Test
  void whitespaceOnlyGivesAnEmptyResult() {
    DocumentEvents d = extract("blank", " \t\n\r\n\u00A0\u2003\u3000\u2028\u2029\u000B\u000C   ");
    assertEquals(0, d.sentences());
    assertTrue(d.events().isEmpty());
  }

  @Test
  void punctuationOnlyGivesNoEvents() {
    DocumentEvents d = extract("punct", "... ،؛!؟ — «» () [] {} \"\" '' ، . ؟!؟ ***  ---  ___ ###");
    assertTrue(d.events().isEmpty());
  }

  @Test
  void latinOnlyTextGivesAResult() {
    String text = "Airstrikes hit Kafranbel in Idlib on Monday, killing 12 civilians and wounding 30.\n"
        + "Clashes erupted between government forces and the SDF near Deir ez-Zor.";
    DocumentEvents d = extract("latin", text);
    assertTrue(d.events().isEmpty(), "no Arabic, no events: " + d.events());
  }

  @Test
  void mixedArabicAndLatinKeepsOffsetsTrue() {
    String text = "قالت وحدات حماية الشعب YPG إن قوات سوريا الديمقراطية (QSD) صدت هجوما لتنظيم ISIS، "
        + "فيما قصفت طائرة SU24 روسية بلدة خان شيخون في ريف إدلب، ما أدى إلى مقتل 4 مدنيين. "
        + "وذكرت وكالة AFP أن 150 family نزحت من المنطقة.";
    DocumentEvents d = extract("mixed", text);
    assertTrue(hasType(d, EventType.STRIKE), "the strike on Khan Shaykhun: " + d.events());
  }

  @Test
  void fiveThousandTokenSentenceFinishesAndIsChunked() {
    String[] words = {"قصفت", "الطائرات", "مواقع", "المسلحين", "في", "ريف", "المدينة", "الشمالي", "ثم", "عادت"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      sb.append(words[i % words.length]).append(' ');
    }
    String text = sb.toString();
    long t0 = System.nanoTime();
    DocumentEvents d = extract("no-punct-5000", text);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(1, d.sentences(), "one sentence: no punctuation, no line break");
    assertTrue(d.tokens() >= 5000, "tokens " + d.tokens());
    assertEquals(Map.of("CHUNKED", 1), d.parseStatus(), "parse status " + d.parseStatus() + " after " + ms + " ms");
    assertTrue(hasType(d, EventType.STRIKE), "strikes in the long sentence");
  }

  /** A ~20 MB document built in memory. */
  private static String twentyMegabytes() {
    StringBuilder sb = new StringBuilder(20_000_100);
    int i = 0;
    while (sb.length() < 20_000_000) {
      sb.append("قصفت الطائرات الحربية قرية رقم ").append(i++)
          .append(" في ريف إدلب، ما أدى إلى مقتل ثلاثة مدنيين. ")
          .append(i % 10 == 0 ? "\n" : "");
    }
    return sb.toString();
  }

  @Test
  void twentyMegabyteDocumentIsNormalizedWithinTheHeap() {
    String text = twentyMegabytes();
    NormalizedText t = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> ArabicTextNormalizer.getInstance().normalize(text));
    assertEquals(text, t.normalized()); // nothing to normalize: the same text back
  }

  /**
   * Processing 20 MB is far beyond a test's time (about 4,000 characters a second) and heap
   * (a 1 MB document already exhausts -Xmx3g), so a document that large must be rejected with
   * a clear size error naming it ({@link EventExtractor#DEFAULT_MAX_DOCUMENT_CHARS}).
   */
  @Test
  void twentyMegabyteDocumentIsRejectedWithAClearSizeError() {
    String text = twentyMegabytes();
    IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(IllegalArgumentException.class, () -> SharedExtractor.get().extract("huge-20mb", text)));
    assertTrue(e.getMessage().contains("huge-20mb"), e.getMessage());
    assertTrue(e.getMessage().contains(String.valueOf(text.length())), e.getMessage());
    // and in a batch the document is not lost: one result, its error
    List<BatchExtractor.Result> results = new ArrayList<>();
    new BatchExtractor(SharedExtractor.get(), 1).run(
        List.of(BatchExtractor.Input.of("huge-20mb", text), BatchExtractor.Input.of("small", STRIKE)).iterator(),
        results::add);
    assertEquals(2, results.size());
    assertFalse(results.get(0).ok());
    assertTrue(results.get(0).error().startsWith("huge-20mb"), results.get(0).error());
    assertTrue(results.get(1).ok(), String.valueOf(results.get(1).error()));
  }

  @Test
  void nulAndControlCharactersAreHarmless() {
    String text = "قصفت\u0000 طائرات\u0001 حربية\u0007 بلدة\u001B[31m كفرنبل\u007F في\u0085 ريف\u008D إدلب\u0008، "
        + "ما أدى\u000B إلى\u000C مقتل 5\u0000 مدنيين.\u0000\u0000\u0000";
    DocumentEvents d = extract("controls", text);
    assertTrue(hasType(d, EventType.STRIKE), "strike through control characters: " + d.events());
    DocumentEvents only = extract("only-controls", "\u0000\u0001\u0002\u0003\u001F\u007F\u0080\u009F");
    assertTrue(only.events().isEmpty());
  }

  @Test
  void everyNormalizerPhenomenonGivesTheSameEventsWithTrueOffsets() {
    String text = "\u202B\uFED7\uFEBC\uFED4\uFE95\u202C \u0637\u0627\u0626\u0631\u0627\u062A " // presentation forms B
        + "حربية "
        + "بَلْدَةَ \u2066كفرنبل\u2069\u200B في ريـــف إدلـب أمس\u200F، "
        + "ما أدى إلى مـ ـقـ ـتل ٥ مدنيين وإصابة ۹ آخرين، "
        + "بحسب «المرصد» و“الدفاع المدني” و„سانا‟ و‹رويترز› \u00AD\u2060\u061C\uFEFF.\n"
        + "\uFD3E\uFDFA\uFD3F \uFDF2"; // presentation forms A: ornate parentheses, ligatures
    DocumentEvents d = extract("unicode", text);
    EventFrame strike = d.events().stream().filter(f -> f.type() == EventType.STRIKE).findFirst()
        .orElseThrow(() -> new AssertionError("no strike in " + d.events()));
    assertEquals("\uFED7\uFEBC\uFED4\uFE95", strike.trigger().text());
    boolean killedFive = d.events().stream().flatMap(f -> f.casualties().stream())
        .anyMatch(c -> c.quantity().min() == 5 && c.quantity().span().text().contains("٥"));
    assertTrue(killedFive, "5 killed, written ٥, after a word broken by tatweel: " + d.events());
  }

  @Test
  void textOfOnlyDiacriticsGivesAnEmptyResult() {
    String marks = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u0640";
    DocumentEvents d = extract("diacritics", marks.repeat(200) + " " + marks.repeat(50));
    assertTrue(d.events().isEmpty());
  }

  @Test
  void thousandRepeatedCliticsFinish() {
    String glued = "وبال".repeat(1000) + "قصف";
    DocumentEvents d = extract("clitics-glued", glued);
    assertNotNull(d);
    String spaced = "وبالـ ".repeat(1000) + "قصف الطيران البلدة.";
    extract("clitics-spaced", spaced);
    // 300, not 1,000: each word is a trigger, and the event layer is superlinear in triggers per
    // sentence (1,000 of these words take ~37 s, 300 take a few seconds; reported)
    String words = "وبالقصف ".repeat(300);
    DocumentEvents w = extract("clitics-words", words);
    assertEquals(300, w.events().size());
  }

  @Test
  void markupLeftInTheTextKeepsOffsetsTrue() {
    String html = "<html><head><title>أخبار</title><style>p{color:red}</style></head><body>\n"
        + "<div class=\"news\"><p dir=\"rtl\">قصفت <b>طائرات</b> حربية بلدة <a href=\"https://example.org/?q=إدلب&amp;x=1\">كفرنبل</a>"
        + " أمس،&nbsp;ما أدى إلى مقتل 5 مدنيين.</p><br/>\n<script>var x = \"<p>قتل</p>\";</script>"
        + "<!-- تعليق: قصف --></div></body></html>";
    DocumentEvents h = extract("html", html);
    assertTrue(hasType(h, EventType.STRIKE), "strike inside HTML: " + h.events());
    String md = "# عاجل: **قصف** على إدلب\n\n> قصفت _طائرات_ حربية بلدة [كفرنبل](https://example.org/a_b) أمس، "
        + "ما أدى إلى مقتل `5` مدنيين.\n\n* نزوح\n* اشتباكات\n\n| عدد | القتلى |\n|---|---|\n| 5 | مدنيون |\n"
        + "```\nقصف()\n```\n![صورة](img.png)";
    extract("markdown", md);
  }

  /**
   * A lone surrogate (broken UTF-16, e.g. a string cut inside an emoji) next to other text makes
   * CoreNLP's ArabicLexer throw java.lang.Error "could not match input"; EventExtractor lets it
   * through, and BatchExtractor (which catches only RuntimeException, OutOfMemoryError and
   * StackOverflowError) aborts the whole batch: the documents after it are lost.
   */
  @Test
  void loneSurrogateGivesAResultAndLosesNoDocument() {
    String text = "قتل \uD800 عنيف";
    extract("lone-surrogate", text);
    List<BatchExtractor.Result> results = new ArrayList<>();
    new BatchExtractor(SharedExtractor.get(), 1).run(List.of(BatchExtractor.Input.of("lone", text),
        BatchExtractor.Input.of("after", STRIKE)).iterator(), results::add);
    assertEquals(List.of("lone", "after"), results.stream().map(BatchExtractor.Result::id).toList());
    assertTrue(results.get(0).ok() || results.get(0).error().startsWith("lone"), results.get(0).error());
    assertTrue(results.get(1).ok());
  }

  /** Every hostile document through a batch: one result each, in order, none lost. */
  @Test
  void aBatchOfHostileDocumentsLosesNone() {
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("b-empty", "");
    docs.put("b-blank", " \n\t ");
    docs.put("b-punct", "!!!؟؟؟...");
    docs.put("b-latin", "Shelling in Aleppo.");
    docs.put("b-nul", "\u0000قصف\u0000");
    docs.put("b-marks", "\u064E".repeat(500));
    docs.put("b-ligatures", "\uFDFA\uFDFB\uFDF2 قصف".repeat(20));
    docs.put("b-strike", STRIKE);
    docs.put("b-surrogates", "قصف \uD83D\uDCA5 عنيف"); // a valid pair; lone ones: see the disabled test
    List<BatchExtractor.Result> results = new ArrayList<>();
    assertTimeoutPreemptively(LIMIT, () -> new BatchExtractor(SharedExtractor.get(), 2).run(
        docs.entrySet().stream().map(e -> BatchExtractor.Input.of(e.getKey(), e.getValue())).iterator(),
        results::add));
    assertEquals(new ArrayList<>(docs.keySet()), results.stream().map(BatchExtractor.Result::id).toList());
    for (BatchExtractor.Result r : results) {
      assertTrue(r.ok(), r.id() + ": " + r.error());
      Frames.assertSane(r.id(), docs.get(r.id()), r.events());
    }
    assertTrue(hasType(results.get(7).events(), EventType.STRIKE));
  }
}
