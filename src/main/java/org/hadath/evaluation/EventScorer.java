package org.hadath.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Scores predicted event files against gold files exactly as the reference scorer
 * {@code corpus/score.py} does (see the annotation guide, "How the scorer matches"): events
 * matched by type and overlapping trigger (greedy, text order, optional gold ignored),
 * arguments by role and head containment or half overlap, quantities by kind and
 * overlapping intervals, and NEGATIVE / HYPOTHETICAL F1 over matched pairs. Works on JSON
 * trees, so it scores any system's files.
 */
public final class EventScorer {

  /** Precision, recall and F1 of one tally. */
  public record Prf(double p, double r, double f1) {}

  /** Counts behind a {@link Prf}. */
  static final class Tally {
    int tp;
    int nPred;
    int nGold;

    void add(int tp, int nPred, int nGold) {
      this.tp += tp;
      this.nPred += nPred;
      this.nGold += nGold;
    }

    Prf prf() {
      double p = nPred == 0 ? 0 : (double) tp / nPred;
      double r = nGold == 0 ? 0 : (double) tp / nGold;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Prf(p, r, f);
    }
  }

  /** All figures the reference scorer prints. */
  public record Result(Prf events, Prf arguments, Prf quantities, Map<String, Prf> byType,
      int goldEvents, int predEvents, int matched, double polarityAccuracy, double modalityAccuracy,
      Prf negative, Prf hypothetical, List<String> missingPredictions) {

    /** The report, line for line as {@code score.py} prints it. */
    public String report() {
      StringBuilder sb = new StringBuilder();
      line(sb, "events", events);
      line(sb, "arguments", arguments);
      line(sb, "quantities", quantities);
      byType.forEach((t, v) -> sb.append(String.format(Locale.ROOT, "  %-12s P=%.3f R=%.3f F1=%.3f%n", t, v.p(), v.r(), v.f1())));
      sb.append(String.format(Locale.ROOT, "counts {'gold_events': %d, 'pred_events': %d, 'matched': %d}  polarity_acc=%.3f modality_acc=%.3f%n",
          goldEvents, predEvents, matched, polarityAccuracy, modalityAccuracy));
      sb.append(String.format(Locale.ROOT, "%-12s P=%.3f R=%.3f F1=%.3f  (over matched events)%n", "negative", negative.p(), negative.r(), negative.f1()));
      sb.append(String.format(Locale.ROOT, "%-12s P=%.3f R=%.3f F1=%.3f  (over matched events)%n", "hypothetical", hypothetical.p(), hypothetical.r(), hypothetical.f1()));
      if (!missingPredictions.isEmpty()) {
        sb.append("no prediction file for: ").append(String.join(", ", missingPredictions)).append('\n');
      }
      sb.append(summary()).append('\n');
      return sb.toString();
    }

    /** The last line: {@code event_f1=… arg_f1=… qty_f1=… neg_f1=… hyp_f1=…}. */
    public String summary() {
      return String.format(Locale.ROOT, "event_f1=%.3f arg_f1=%.3f qty_f1=%.3f neg_f1=%.3f hyp_f1=%.3f",
          events.f1(), arguments.f1(), quantities.f1(), negative.f1(), hypothetical.f1());
    }

    private static void line(StringBuilder sb, String name, Prf v) {
      sb.append(String.format(Locale.ROOT, "%-12s P=%.3f R=%.3f F1=%.3f%n", name, v.p(), v.r(), v.f1()));
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventScorer() {}

  /** Scores every {@code GOLD_DIR/NAME.json} against {@code PRED_DIR/NAME.json}. */
  public static Result score(Path goldDir, Path predDir) throws IOException {
    return score(readDir(goldDir), readDir(predDir));
  }

  /** The {@code NAME.json} files of a folder, by file name, as JSON trees. */
  public static Map<String, JsonNode> readDir(Path dir) throws IOException {
    Map<String, JsonNode> docs = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (p.getFileName().toString().endsWith(".json")) {
          docs.put(p.getFileName().toString(), MAPPER.readTree(p.toFile()));
        }
      }
    }
    return docs;
  }

  /** Scores in-memory documents: file name to JSON tree, gold and predicted. */
  public static Result score(Map<String, JsonNode> goldDocs, Map<String, JsonNode> predDocs) {
    Tally events = new Tally();
    Tally args = new Tally();
    Tally qtys = new Tally();
    Map<String, Tally> byType = new TreeMap<>();
    int polOk = 0;
    int modOk = 0;
    int pairs = 0;
    Tally negative = new Tally();
    Tally hypothetical = new Tally();
    List<String> missing = new ArrayList<>();
    for (var entry : new TreeMap<>(goldDocs).entrySet()) {
      List<JsonNode> gold = sorted(entry.getValue().path("events"));
      JsonNode predDoc = predDocs.get(entry.getKey());
      List<JsonNode> pred;
      if (predDoc == null) {
        pred = List.of();
        missing.add(entry.getKey());
      } else {
        pred = sorted(predDoc.path("events"));
      }
      Map<Integer, Integer> matched = new LinkedHashMap<>();
      Set<Integer> ignored = new HashSet<>();
      for (int pi = 0; pi < pred.size(); pi++) {
        JsonNode p = pred.get(pi);
        int pb = p.path("trigger").path("begin").asInt();
        int pe = p.path("trigger").path("end").asInt();
        for (int gi = 0; gi < gold.size(); gi++) {
          JsonNode g = gold.get(gi);
          if (matched.containsValue(gi) || !g.path("type").asText().equals(p.path("type").asText())) {
            continue;
          }
          if (triggerSpans(g).stream().anyMatch(s -> pb < s[1] && s[0] < pe)) {
            if (g.path("optional").asBoolean(false)) {
              ignored.add(pi);
            } else {
              matched.put(pi, gi);
            }
            break;
          }
        }
      }
      List<Integer> counted = new ArrayList<>();
      for (int i = 0; i < pred.size(); i++) {
        if (!ignored.contains(i)) {
          counted.add(i);
        }
      }
      List<Integer> required = new ArrayList<>();
      for (int i = 0; i < gold.size(); i++) {
        if (!gold.get(i).path("optional").asBoolean(false)) {
          required.add(i);
        }
      }
      events.add(matched.size(), counted.size(), required.size());
      Set<String> types = new TreeSet<>();
      gold.forEach(e -> types.add(e.path("type").asText()));
      pred.forEach(e -> types.add(e.path("type").asText()));
      for (String t : types) {
        Tally tt = byType.computeIfAbsent(t, k -> new Tally());
        tt.add((int) matched.keySet().stream().filter(pi -> pred.get(pi).path("type").asText().equals(t)).count(),
            (int) counted.stream().filter(pi -> pred.get(pi).path("type").asText().equals(t)).count(),
            (int) required.stream().filter(gi -> gold.get(gi).path("type").asText().equals(t)).count());
      }
      int argTp = 0;
      int qtyTp = 0;
      for (var m : matched.entrySet()) {
        JsonNode p = pred.get(m.getKey());
        JsonNode g = gold.get(m.getValue());
        argTp += countMatches(list(p.path("arguments")), list(g.path("arguments")), EventScorer::argMatches);
        qtyTp += countMatches(quantities(p), quantities(g),
            (a, b) -> a.path("kind").asText().equals(b.path("kind").asText()) && intervalOverlap(a, b));
        pairs++;
        String pp = p.path("polarity").asText("POSITIVE");
        String gp = g.path("polarity").asText("POSITIVE");
        String pm = p.path("modality").asText("ASSERTED");
        String gm = g.path("modality").asText("ASSERTED");
        polOk += pp.equals(gp) ? 1 : 0;
        modOk += pm.equals(gm) ? 1 : 0;
        negative.add(pp.equals(gp) && gp.equals("NEGATIVE") ? 1 : 0, pp.equals("NEGATIVE") ? 1 : 0,
            gp.equals("NEGATIVE") ? 1 : 0);
        hypothetical.add(pm.equals(gm) && gm.equals("HYPOTHETICAL") ? 1 : 0, pm.equals("HYPOTHETICAL") ? 1 : 0,
            gm.equals("HYPOTHETICAL") ? 1 : 0);
      }
      int nPredArgs = counted.stream().mapToInt(i -> pred.get(i).path("arguments").size()).sum();
      int nGoldArgs = required.stream().mapToInt(i -> gold.get(i).path("arguments").size()).sum();
      args.add(argTp, nPredArgs, nGoldArgs);
      qtys.add(qtyTp, counted.stream().mapToInt(i -> quantities(pred.get(i)).size()).sum(),
          required.stream().mapToInt(i -> quantities(gold.get(i)).size()).sum());
    }
    Map<String, Prf> bt = new TreeMap<>();
    byType.forEach((k, v) -> bt.put(k, v.prf()));
    return new Result(events.prf(), args.prf(), qtys.prf(), bt, events.nGold, events.nPred, events.tp,
        pairs == 0 ? 0 : (double) polOk / pairs, pairs == 0 ? 0 : (double) modOk / pairs,
        negative.prf(), hypothetical.prf(), missing);
  }

  private static List<JsonNode> sorted(JsonNode events) {
    List<JsonNode> l = list(events);
    l.sort(Comparator.comparingInt(e -> e.path("trigger").path("begin").asInt()));
    return l;
  }

  private static List<JsonNode> list(JsonNode arr) {
    List<JsonNode> l = new ArrayList<>();
    if (arr != null && arr.isArray()) {
      arr.forEach(l::add);
    }
    return l;
  }

  private static List<int[]> triggerSpans(JsonNode ev) {
    List<int[]> spans = new ArrayList<>();
    spans.add(new int[] {ev.path("trigger").path("begin").asInt(), ev.path("trigger").path("end").asInt()});
    for (JsonNode a : ev.path("alt_triggers")) {
      spans.add(new int[] {a.path("begin").asInt(), a.path("end").asInt()});
    }
    return spans;
  }

  private static int[] headSpan(JsonNode arg) {
    String head = arg.hasNonNull("head") ? arg.get("head").asText() : null;
    String text = arg.path("text").asText("");
    int b = arg.path("begin").asInt();
    if (head != null && !head.isEmpty() && text.contains(head)) {
      int hb = b + text.indexOf(head);
      return new int[] {hb, hb + head.length()};
    }
    return new int[] {b, arg.path("end").asInt()};
  }

  static boolean argMatches(JsonNode pred, JsonNode gold) {
    if (!pred.path("role").asText().equals(gold.path("role").asText())) {
      return false;
    }
    int pb = pred.path("begin").asInt();
    int pe = pred.path("end").asInt();
    int gb = gold.path("begin").asInt();
    int ge = gold.path("end").asInt();
    int[] h = headSpan(gold);
    if (pb <= h[0] && pe >= h[1]) {
      return true;
    }
    int overlap = Math.min(pe, ge) - Math.max(pb, gb);
    int shorter = Math.min(pe - pb, ge - gb);
    return shorter > 0 && overlap * 2 >= shorter;
  }

  private static boolean intervalOverlap(JsonNode p, JsonNode g) {
    if (!p.hasNonNull("min") || !g.hasNonNull("min")) {
      return false;
    }
    double pmin = p.get("min").asDouble();
    double gmin = g.get("min").asDouble();
    double pmax = p.hasNonNull("max") ? p.get("max").asDouble() : Double.POSITIVE_INFINITY;
    double gmax = g.hasNonNull("max") ? g.get("max").asDouble() : Double.POSITIVE_INFINITY;
    return pmin <= gmax && gmin <= pmax;
  }

  private static List<JsonNode> quantities(JsonNode ev) {
    List<JsonNode> out = new ArrayList<>(list(ev.path("casualties")));
    JsonNode c = ev.get("count");
    if (c != null && c.isObject() && c.size() > 0) {
      var q = c.deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) q).put("kind", "COUNT");
      out.add(q);
    }
    return out;
  }

  private static int countMatches(List<JsonNode> preds, List<JsonNode> golds, BiPredicate<JsonNode, JsonNode> match) {
    Set<Integer> used = new HashSet<>();
    int hits = 0;
    for (JsonNode p : preds) {
      for (int i = 0; i < golds.size(); i++) {
        if (!used.contains(i) && match.test(p, golds.get(i))) {
          used.add(i);
          hits++;
          break;
        }
      }
    }
    return hits;
  }
}
