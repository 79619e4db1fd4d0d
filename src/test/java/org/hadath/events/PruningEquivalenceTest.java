package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hadath.pipeline.PipelineOptions;
import org.hadath.testing.SharedExtractor;
import org.hadath.util.TextFiles;
import org.junit.jupiter.api.Test;

/**
 * Reading only the lines the event rules can use (the text prefilter, {@link EventTextFilter})
 * and parsing only the sentences that can yield a frame must not change the result: the
 * pruned extractor and one that analyses and parses everything give identical frames and the
 * same number of sentences, on our examples, the general-news bench, the event test
 * sentences (alone and mixed with general news) and, when ../shared is present, the seed and
 * extra corpora. Prints how many sentences the pruned run did not analyse or did not parse.
 */
class PruningEquivalenceTest {

  /** The one unpruned extractor of this class (models are shared per JVM). */
  private static final class Unpruned {
    static final EventExtractor FULL =
        EventExtractor.createUnpruned(PipelineOptions.defaults(), EventRules.getDefault());
  }

  private static Path testData() {
    return Path.of(System.getProperty("hadath.testData", "test-data"));
  }

  private static Path shared() {
    return Path.of(System.getProperty("hadath.shared", "../shared"));
  }


  /** Totals over the documents of one corpus. */
  private static final class Tally {
    final String corpus;
    int docs;
    int frames;
    int sentences;
    int notAnalysed;
    int skipped;

    Tally(String corpus) {
      this.corpus = corpus;
    }

    /** Runs both extractors on one document and checks they agree. */
    void compare(String label, String text) {
      DocumentEvents pruned = SharedExtractor.get().extract("d", text);
      DocumentEvents all = Unpruned.FULL.extract("d", text);
      assertEquals(all.sentences(), pruned.sentences(), "sentence counts differ on " + label);
      assertEquals(all.events(), pruned.events(), "frames differ on " + label);
      assertEquals(0, all.parseStatus().getOrDefault("NOT_ANALYSED", 0), "the full run analyses every line");
      assertEquals(pruned.sentences(), pruned.parseStatus().values().stream().mapToInt(Integer::intValue).sum(),
          "every sentence has a parse status on " + label + ": " + pruned.parseStatus());
      docs++;
      frames += pruned.events().size();
      sentences += pruned.sentences();
      notAnalysed += pruned.parseStatus().getOrDefault("NOT_ANALYSED", 0);
      skipped += pruned.parseStatus().getOrDefault("SKIPPED", 0);
    }

    void print() {
      System.out.printf("PruningEquivalenceTest %s: %d documents, %d sentences, %d frames; pruned run:"
          + " %d sentences NOT_ANALYSED, %d SKIPPED%n", corpus, docs, sentences, frames, notAnalysed, skipped);
    }
  }

  @Test
  void examplesAndSeeds() throws IOException {
    Tally t = new Tally("examples+seeds");
    List<Path> docs = new ArrayList<>(TextFiles.txtFiles(testData().resolve("examples")));
    java.util.Optional<Path> seeds = org.hadath.testing.SharedCorpus.optional("corpus/seeds");
    if (seeds.isPresent()) {
      docs.addAll(TextFiles.txtFiles(seeds.get()));
    } else {
      System.out.println("PruningEquivalenceTest: " + shared() + " not found; examples only");
    }
    for (Path p : docs) {
      t.compare(p.toString(), TextFiles.readUtf8(p));
    }
    t.print();
    assertTrue(t.frames > 0, "no frames at all: the comparison would be empty");
  }

  @Test
  void generalNewsBench() throws IOException {
    Tally t = new Tally("bench/general");
    for (Path p : TextFiles.txtFiles(testData().resolve("bench/general"))) {
      t.compare(p.toString(), TextFiles.readUtf8(p));
    }
    t.print();
    assertEquals(24, t.docs);
    // general news: most of it must not even be segmented, else the prefilter does nothing
    assertTrue(t.notAnalysed * 2 > t.sentences, t.notAnalysed + " of " + t.sentences + " not analysed");
  }

  /** The sentences of {@code test-data/events/sentences.tsv} (column 3), in file order. */
  private static List<String> eventSentences() throws IOException {
    List<String> out = new ArrayList<>();
    Path file = testData().resolve("events/sentences.tsv");
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      assertTrue(f.length >= 3, "bad line in " + file + ": " + line);
      out.add(f[2]);
    }
    return out;
  }

  @Test
  void eventTestSentences() throws IOException {
    List<String> sentences = eventSentences();
    assertTrue(sentences.size() > 50, "too few sentences: " + sentences.size());
    Tally t = new Tally("events/sentences.tsv");
    // all of them as one document, one per line
    t.compare("sentences.tsv as one document", String.join("\n", sentences));
    // each after three lines of general news, in documents of twelve sentences: the prefilter
    // must pick the event lines (and what their conditions look at) out of unrelated text
    List<String> general = new ArrayList<>();
    for (Path p : TextFiles.txtFiles(testData().resolve("bench/general"))) {
      for (String l : TextFiles.readUtf8(p).split("\n")) {
        if (!l.isBlank()) {
          general.add(l.strip());
        }
      }
    }
    int g = 0;
    for (int from = 0; from < sentences.size(); from += 12) {
      StringBuilder doc = new StringBuilder();
      for (String s : sentences.subList(from, Math.min(sentences.size(), from + 12))) {
        for (int k = 0; k < 3; k++) {
          doc.append(general.get(g++ % general.size())).append('\n');
        }
        doc.append('\n');
        doc.append(s).append("\n\n");
      }
      t.compare("sentences " + from + "… mixed with general news", doc.toString());
    }
    t.print();
    assertTrue(t.frames > sentences.size() / 2, "too few frames: " + t.frames);
    assertTrue(t.notAnalysed > 0, "the mixed documents should leave general lines unanalysed");
  }

  @Test
  void shuffledEventAndGeneralSentencesSharingLines() throws IOException {
    // event sentences next to each other and to general news, in a random order, sometimes
    // on one line, sometimes on adjacent lines: what the prefilter and the parse selector
    // leave out must not change what a neighbour's conditions, reporters or short forms see
    List<String> pool = new ArrayList<>(eventSentences());
    int events = pool.size();
    for (Path p : TextFiles.txtFiles(testData().resolve("bench/general"))) {
      for (String l : TextFiles.readUtf8(p).split("\n")) {
        if (!l.isBlank() && pool.size() < 2 * events) {
          pool.add(l.strip());
        }
      }
    }
    java.util.Random random = new java.util.Random(20261122);
    String[] joins = {" ", "\n", "\n", "\n\n"};
    Tally t = new Tally("shuffled");
    for (int d = 0; d < 10; d++) {
      java.util.Collections.shuffle(pool, random);
      StringBuilder doc = new StringBuilder();
      for (String sentence : pool.subList(0, 24)) {
        doc.append(sentence).append(joins[random.nextInt(joins.length)]);
      }
      t.compare("shuffled document " + d, doc.toString());
    }
    t.print();
    assertTrue(t.frames > 40, "too few frames: " + t.frames);
  }

  @Test
  void scrapedTextNoiseInLinesLeftOut() {
    // no-break spaces, separator lines and glued punctuation in lines the prefilter skips
    // must not add, drop or move a sentence: the frame's sentence index would change
    String text = String.join("\n",
        "ارتفع سعر برميل النفط في الأسواق العالمية.\u00A0",
        "______",
        "\u00A0",
        "وأعلن البنك المركزي عن خطة جديدة. \u00A0وقال المحافظ: \"لن نغير سياستنا.\"** ثم أنهى حديثه.",
        "وفاز المنتخب المغربي على نظيره التونسي (بهدفين.)* ؋",
        "",
        "قصفت طائرات حربية بلدة في ريف المحافظة فجر اليوم، ما أدى إلى مقتل ثلاثة مدنيين.");
    Tally t = new Tally("scraped noise");
    t.compare("scraped noise", text);
    t.print();
    assertTrue(t.frames > 0, "the strike gives a frame");
    assertTrue(t.notAnalysed >= 3, "the economy lines should not be analysed: " + t.notAnalysed);
  }

  @Test
  void reportersFlowThroughAChainOfContinuations() {
    // the strike sentence continues a report (وتابع أن …) that continues another (وأضاف أن …):
    // its source is the reporter two sentences back, whichever sentences carry trigger words,
    // and whether the sentences share a line or not
    List<String[]> chains = List.of(
        new String[] {
          "قال المرصد السوري لحقوق الإنسان إن الوضع متوتر في المدينة منذ أسبوع.",
          "وأضاف أن السكان يخشون الأسوأ في الأيام المقبلة.",
          "وتابع أن الطائرات الحربية قصفت البلدة صباح اليوم."},
        new String[] {
          "وذكرت وكالة الأنباء الرسمية أن الحكومة عقدت اجتماعا طارئا مساء الأحد.",
          "وأوضحت أن الوزراء ناقشوا أوضاع النازحين وأسعار الوقود.",
          "وأشارت إلى أن قذائف هاون سقطت على حي سكني في أطراف العاصمة، ما أدى إلى إصابة طفلين."},
        new String[] {
          "أفاد ناشطون محليون بأن الأسواق أغلقت أبوابها باكرا.",
          "ارتفعت أسعار الخبز في المدينة للمرة الثالثة هذا الشهر.",
          "وأضافوا أن مسلحين مجهولين هاجموا حاجزا للشرطة على مدخل البلدة."});
    Tally t = new Tally("report chains");
    int sourced = 0;
    for (String[] chain : chains) {
      for (String sep : List.of("\n", " ", "\n\n")) {
        String text = "وافتتح الرئيس معرضا للكتاب في العاصمة.\n" + String.join(sep, chain) + "\nوفاز الفريق بالمباراة.";
        t.compare(String.join(" | ", chain), text);
        DocumentEvents d = SharedExtractor.get().extract("d", text);
        if (d.events().stream().anyMatch(f -> f.arguments().stream().anyMatch(a -> a.role() == Role.SOURCE))) {
          sourced++;
        }
      }
    }
    t.print();
    assertTrue(t.frames >= 6, "the strikes give frames: " + t.frames);
    assertTrue(sourced >= 6, "the first two chains give their strike a source through two continuations: " + sourced);
  }

  @Test
  void extraCorpus() throws IOException {
    Path extra = org.hadath.testing.SharedCorpus.require("corpus/extra");
    Tally t = new Tally("corpus/extra");
    for (Path p : TextFiles.txtFiles(extra)) {
      t.compare(p.toString(), TextFiles.readUtf8(p));
    }
    t.print();
    assertTrue(t.frames > 0, "no frames in the extra corpus");
  }
}
