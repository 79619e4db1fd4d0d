package org.hadath.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hadath.events.EventAnnotations;
import org.hadath.events.EventExtractor;
import org.hadath.events.EventFrame;
import org.hadath.events.specificity.SpecificityDecision;
import org.hadath.events.specificity.SpecificityTraining.Example;
import org.hadath.util.TextFiles;

/**
 * The training material of the specificity decision, from the shared folder's development
 * halves only: the seed articles, the odd-numbered dev reports ({@code corpus/dev}), the first
 * 150 labelled sentences and the odd-positioned "easy no" sentences of {@code gsr_assault.tsv}
 * (the other halves stay for checking). Each text is extracted and every candidate frame is
 * labelled: SPECIFIC when its trigger overlaps a required gold mention (or its type is among a
 * sentence's labels), OTHER when it overlaps none (or the sentence holds no event); a
 * candidate on an optional or unsure mention, or of another type than an event sentence's
 * labels, teaches nothing and is left out.
 */
public final class SpecificityExamples {
  private SpecificityExamples() {}

  /** How a text's candidates are labelled: empty leaves a candidate out. */
  public interface Labeller {
    Optional<Boolean> label(EventFrame f);
  }

  /** One text of the material, its labeller and the weight of its candidates in training. */
  public record Text(String id, String text, Labeller labeller, double weight) {
    Text(String id, String text, Labeller labeller) {
      this(id, text, labeller, 1.0);
    }
  }

  private static final Pattern NUMBER = Pattern.compile("(\\d+)");

  /**
   * The development halves of the shared folder {@code shared}; an "easy no" sentence's
   * candidates weigh {@code easyNoWeight} (that set's label is about assaults on the day, so
   * some of its sentences do tell a specific earlier attack).
   */
  public static List<Text> development(Path shared, double easyNoWeight) throws IOException {
    return halves(shared, easyNoWeight, true);
  }

  /** The check halves (even dev reports, labelled sentences 151-300, even-positioned easy-no): never trained on. */
  public static List<Text> check(Path shared) throws IOException {
    return halves(shared, 1.0, false);
  }

  private static List<Text> halves(Path shared, double easyNoWeight, boolean dev) throws IOException {
    List<Text> out = new ArrayList<>();
    Path corpus = shared.resolve("corpus");
    if (dev) {
      documents(corpus.resolve("seeds"), corpus.resolve("gold"), null, out);
    }
    documents(corpus.resolve("dev/texts"), corpus.resolve("dev/gold"), dev, out);
    Path sentences = shared.resolve("sentences");
    int row = 0;
    for (CSVRecord r : tsv(sentences.resolve("labelled.tsv"))) {
      if (++row > 150 == dev) {
        continue;
      }
      Set<String> gold = new HashSet<>();
      Set<String> unsure = new HashSet<>();
      for (String t : r.get("types").split(",")) {
        t = t.trim();
        if (!t.isEmpty() && !t.equals("NONE")) {
          (t.endsWith("?") ? unsure : gold).add(t.replace("?", "").split(":")[0]);
        }
      }
      out.add(new Text(r.get("id"), r.get("text"), byTypes(gold, unsure)));
    }
    int easy = 0;
    for (CSVRecord r : tsv(sentences.resolve("gsr_assault.tsv"))) {
      if (r.get("gsr_label").equals("easy no") && (easy++ % 2 == 0) == dev) {
        out.add(new Text(r.get("id"), r.get("text"), f -> Optional.of(false), easyNoWeight));
      }
    }
    return out;
  }

  /** Documents with gold: all ({@code odd} null), or the odd- or even-numbered ones. */
  private static void documents(Path texts, Path gold, Boolean odd, List<Text> out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Path> golds;
    try (var s = Files.list(gold)) {
      golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path g : golds) {
      String id = g.getFileName().toString().replace(".json", "");
      Matcher m = NUMBER.matcher(id);
      if (odd != null && (!m.find() || (Integer.parseInt(m.group(1)) % 2 == 1) != odd)) {
        continue;
      }
      JsonNode events = mapper.readTree(g.toFile()).path("events");
      out.add(new Text(id, TextFiles.readUtf8(texts.resolve(id + ".txt")), byGold(events)));
    }
  }

  private static Iterable<CSVRecord> tsv(Path file) throws IOException {
    Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    return CSVFormat.TDF.builder().setQuote(null).setHeader().setSkipHeaderRecord(true).build().parse(r);
  }

  /** SPECIFIC on a required gold mention, OTHER on none, left out on an optional one. */
  static Labeller byGold(JsonNode events) {
    return f -> {
      boolean optional = false;
      for (JsonNode e : events) {
        if (overlaps(f, e.path("trigger")) || overlapsAny(f, e.path("alt_triggers"))) {
          if (!e.path("optional").asBoolean(false)) {
            return Optional.of(true);
          }
          optional = true;
        }
      }
      return optional ? Optional.empty() : Optional.of(false);
    };
  }

  /** SPECIFIC when the frame's type is a label, OTHER in a sentence without events, else left out. */
  static Labeller byTypes(Set<String> gold, Set<String> unsure) {
    return f -> {
      String t = f.type().name();
      if (gold.contains(t)) {
        return Optional.of(true);
      }
      return gold.isEmpty() && unsure.isEmpty() ? Optional.of(false) : Optional.empty();
    };
  }

  private static boolean overlapsAny(EventFrame f, JsonNode spans) {
    for (JsonNode s : spans) {
      if (overlaps(f, s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(EventFrame f, JsonNode span) {
    return !span.isMissingNode() && f.trigger().begin() < span.path("end").asInt()
        && span.path("begin").asInt() < f.trigger().end();
  }

  /** Extracts every text ({@code threads} at a time) and labels its unmarked candidates. */
  public static List<Example> collect(EventExtractor extractor, List<Text> texts, int threads)
      throws InterruptedException {
    return collect(extractor, texts, threads, false);
  }

  /**
   * Extracts every text ({@code threads} at a time) and labels its candidates, those marked
   * HYPOTHETICAL or NEGATIVE too when {@code marked} (for a model that judges them).
   */
  public static List<Example> collect(EventExtractor extractor, List<Text> texts, int threads, boolean marked)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<List<Example>>> jobs = new ArrayList<>();
      for (Text t : texts) {
        jobs.add(pool.submit(() -> examples(extractor, t, marked)));
      }
      List<Example> out = new ArrayList<>();
      for (Future<List<Example>> j : jobs) {
        try {
          out.addAll(j.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Example> examples(EventExtractor extractor, Text t, boolean marked) {
    Annotation a = extractor.annotate(t.id(), t.text(), null);
    List<Example> out = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<SpecificityDecision.Candidate> cs = s.get(EventAnnotations.SpecificityCandidatesAnnotation.class);
      for (SpecificityDecision.Candidate c : cs == null ? List.<SpecificityDecision.Candidate>of() : cs) {
        if (!marked && SpecificityDecision.marked(c.frame()) || SpecificityDecision.alwaysKept(c.frame())) {
          continue; // marked hypothetical or negative: this model does not judge it
        }
        t.labeller().label(c.frame()).ifPresent(l -> out.add(new Example(c.features(), l, t.id(), t.weight(), c.frame())));
      }
    }
    return out;
  }
}
