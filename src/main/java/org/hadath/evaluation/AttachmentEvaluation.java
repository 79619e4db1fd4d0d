package org.hadath.evaluation;

import com.google.common.collect.ImmutableMap;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hadath.pipeline.ArabicPipeline;

/**
 * Scores the pipeline's dependencies against a gold CoNLL-U file: unlabelled and labelled
 * attachment scores (UAS, LAS) over all gold tokens, punctuation included, comparing
 * universal relation types (the part before {@code :}).
 *
 * <p>Gold and system tokens are aligned by character span in the sentence text ({@code #
 * text}), as in the CoNLL 2018 evaluation, so a segmentation difference costs the
 * tokens concerned and nothing else.
 */
public final class AttachmentEvaluation {

  /** The scores, with per-relation label recall for diagnosis. */
  public record Scores(int tokens, int headCorrect, int labelledCorrect, int aligned,
      ImmutableMap<String, int[]> perRelation) {
    public double uas() {
      return tokens == 0 ? 0 : (double) headCorrect / tokens;
    }

    public double las() {
      return tokens == 0 ? 0 : (double) labelledCorrect / tokens;
    }

    /** A short report: totals, then per gold relation {@code correct/total}. */
    public String report() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format("tokens=%d aligned=%d UAS=%.4f LAS=%.4f%n", tokens, aligned, uas(), las()));
      perRelation.forEach((rel, c) -> sb.append(String.format("  %-10s %4d/%-4d  %.3f%n", rel, c[0], c[1],
          c[1] == 0 ? 0.0 : (double) c[0] / c[1])));
      return sb.toString();
    }
  }

  private record GoldToken(int begin, int end, int head, String rel) {}

  private static final boolean DEBUG = Boolean.getBoolean("hadath.debugUd");

  private AttachmentEvaluation() {}

  /** Scores {@code pipeline} on the sentences of a CoNLL-U text. */
  public static Scores evaluate(ArabicPipeline pipeline, List<String> conllu) {
    int tokens = 0;
    int uas = 0;
    int las = 0;
    int aligned = 0;
    Map<String, int[]> perRel = new TreeMap<>();
    for (var sent : readSentences(conllu)) {
      String text = sent.getKey();
      List<GoldToken> gold = sent.getValue();
      Annotation a = pipeline.annotate(text);
      Map<Long, Integer> sysIndex = new HashMap<>();
      List<int[]> sysSpans = new ArrayList<>();
      List<Integer> sysHead = new ArrayList<>();
      List<String> sysRel = new ArrayList<>();
      for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        int base = sysSpans.size();
        int[] heads = new int[toks.size()];
        String[] rels = new String[toks.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "root");
        if (g != null) {
          for (SemanticGraphEdge e : g.edgeIterable()) {
            heads[e.getDependent().index() - 1] = base + e.getGovernor().index() - 1;
            rels[e.getDependent().index() - 1] = e.getRelation().toString();
          }
        }
        for (int i = 0; i < toks.size(); i++) {
          CoreLabel t = toks.get(i);
          sysIndex.put(key(t.beginPosition(), t.endPosition()), base + i);
          sysSpans.add(new int[] {t.beginPosition(), t.endPosition()});
          sysHead.add(heads[i]);
          sysRel.add(rels[i]);
        }
      }
      for (GoldToken gt : gold) {
        tokens++;
        String grel = universal(gt.rel());
        int[] c = perRel.computeIfAbsent(grel, k -> new int[2]);
        c[1]++;
        Integer si = sysIndex.get(key(gt.begin(), gt.end()));
        if (si == null) {
          continue;
        }
        aligned++;
        int sh = sysHead.get(si);
        boolean headOk;
        if (gt.head() < 0) {
          headOk = sh < 0;
        } else {
          GoldToken gh = gold.get(gt.head());
          headOk = sh >= 0 && sysSpans.get(sh)[0] == gh.begin() && sysSpans.get(sh)[1] == gh.end();
        }
        if (DEBUG && !(headOk && universal(sysRel.get(si)).equals(grel))) {
          System.err.printf("ERR %s | tok=%s gold=%s->%s sys=%s->%s%n", text.length() > 60 ? text.substring(0, 60) : text,
              text.substring(gt.begin(), gt.end()), grel,
              gt.head() < 0 ? "ROOT" : text.substring(gold.get(gt.head()).begin(), gold.get(gt.head()).end()),
              sysRel.get(si), sh < 0 ? "ROOT" : text.substring(sysSpans.get(sh)[0], sysSpans.get(sh)[1]));
        }
        if (headOk) {
          uas++;
          if (universal(sysRel.get(si)).equals(grel)) {
            las++;
            c[0]++;
          }
        }
      }
    }
    return new Scores(tokens, uas, las, aligned, ImmutableMap.copyOf(perRel));
  }

  private static long key(int b, int e) {
    return ((long) b << 32) | e;
  }

  private static String universal(String rel) {
    int i = rel.indexOf(':');
    return i < 0 ? rel : rel.substring(0, i);
  }

  /** Reads (text, gold tokens with spans) per sentence; spans are found left to right in the text. */
  private static List<Map.Entry<String, List<GoldToken>>> readSentences(List<String> lines) {
    List<Map.Entry<String, List<GoldToken>>> out = new ArrayList<>();
    String text = null;
    List<String[]> rows = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("# text = ")) {
        text = line.substring(9);
      } else if (line.isEmpty()) {
        if (text != null && !rows.isEmpty()) {
          out.add(Map.entry(text, spans(text, rows)));
        }
        text = null;
        rows = new ArrayList<>();
      } else if (!line.startsWith("#")) {
        String[] f = raw.split("\t");
        if (f.length == 10 && f[0].matches("\\d+")) {
          rows.add(f);
        }
      }
    }
    if (text != null && !rows.isEmpty()) {
      out.add(Map.entry(text, spans(text, rows)));
    }
    return out;
  }

  private static List<GoldToken> spans(String text, List<String[]> rows) {
    List<GoldToken> toks = new ArrayList<>();
    int pos = 0;
    for (String[] f : rows) {
      int b = text.indexOf(f[1], pos);
      if (b < 0) {
        throw new IllegalArgumentException("gold token '" + f[1] + "' not found in: " + text);
      }
      int e = b + f[1].length();
      pos = e;
      toks.add(new GoldToken(b, e, Integer.parseInt(f[6]) - 1, f[7]));
    }
    return toks;
  }
}
