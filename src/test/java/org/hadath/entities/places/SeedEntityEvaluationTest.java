package org.hadath.entities.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hadath.entities.EntityMention;
import org.hadath.entities.actors.ActorAnnotations;
import org.hadath.entities.actors.ActorAnnotator;
import org.hadath.entities.actors.ActorMention;
import org.hadath.testing.SharedPipeline;
import org.hadath.util.TextFiles;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of actor and place mentions on the five seed articles.
 *
 * <p>The articles are read from {@code ../shared} (system property {@code hadath.shared}); the
 * project keeps only offsets and ids of the analyst's mentions, in
 * {@code test-data/entities/seed-mentions.tsv}, never the text. A predicted mention matches a
 * gold one of the same type when the spans overlap (each gold mention at most once). The test
 * prints the figures and fails if the gold offsets fall outside the articles or if precision
 * or recall against the independent gold fall below the recorded floors.
 * With {@code -Dhadath.dumpEntities=true} it also prints every predicted mention.
 */
class SeedEntityEvaluationTest {

  private record Span(String doc, String type, int begin, int end, String id) {}

  @Test
  void precisionRecallPerType() throws IOException {
    Path seeds = org.hadath.testing.SharedCorpus.require("corpus/seeds");
    Path dir = Path.of(System.getProperty("hadath.testData", "test-data"), "entities");
    // seed-mentions.tsv was made by correcting system output; seed-gold-independent.tsv was
    // annotated by reading the articles without seeing the system (GOLD-GUIDELINES.md)
    List<Span> gold = readGold(dir.resolve("seed-mentions.tsv"));
    List<Span> independent = readGold(dir.resolve("seed-gold-independent.tsv"));
    boolean dump = Boolean.getBoolean("hadath.dumpEntities");
    ActorAnnotator actors = new ActorAnnotator("hadath_actors", null);
    PlaceAnnotator places = new PlaceAnnotator("hadath_places", null);
    List<Span> pred = new ArrayList<>();
    Map<String, Integer> docLength = new TreeMap<>();
    for (Path p : TextFiles.txtFiles(seeds)) {
      String doc = p.getFileName().toString().replace(".txt", "");
      String text = Files.readString(p, StandardCharsets.UTF_8);
      docLength.put(doc, text.length());
      Annotation a = SharedPipeline.annotate(text);
      actors.annotate(a);
      places.annotate(a);
      for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
        for (ActorMention m : s.get(ActorAnnotations.ActorMentionsAnnotation.class)) {
          pred.add(new Span(doc, "ACTOR", m.begin(), m.end(), String.valueOf(m.actorId())));
          print(dump, doc, m, m.actorId());
        }
        for (PlaceMention m : s.get(PlaceAnnotations.PlaceMentionsAnnotation.class)) {
          if (m.isRelative()) {
            continue; // الريف الشرقي: both gold files mark named places only (the corpus gold has these)
          }
          pred.add(new Span(doc, "PLACE", m.begin(), m.end(), String.valueOf(m.placeId())));
          print(dump, doc, m, m.placeId());
        }
      }
    }
    List<Span> allGold = new ArrayList<>(gold);
    allGold.addAll(independent);
    for (Span g : allGold) {
      Integer len = docLength.get(g.doc());
      assertEquals(true, len != null && g.begin() >= 0 && g.end() <= len && g.begin() < g.end(),
          "gold span out of range: " + g);
    }
    score("system-corrected gold", gold, pred, true);
    double[] ind = score("independent gold", independent, pred, false);
    // floors at the measured figures, rounded down: ACTOR P, R, PLACE P, R
    assertTrue(ind[0] >= 0.90 && ind[1] >= 0.92, "ACTOR P/R fell: " + ind[0] + "/" + ind[1]);
    assertTrue(ind[2] >= 0.95 && ind[3] >= 0.97, "PLACE P/R fell: " + ind[2] + "/" + ind[3]);
  }

  private static List<Span> readGold(Path goldFile) throws IOException {
    List<Span> gold = new ArrayList<>();
    for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("doc\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      gold.add(new Span(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]));
    }
    return gold;
  }

  /** Prints and returns {ACTOR P, ACTOR R, PLACE P, PLACE R}. */
  private static double[] score(String name, List<Span> gold, List<Span> pred, boolean ids) {
    double[] out = new double[4];
    int k = 0;
    for (String type : List.of("ACTOR", "PLACE")) {
      List<Span> gs = gold.stream().filter(g -> g.type().equals(type)).toList();
      List<Span> ps = pred.stream().filter(x -> x.type().equals(type)).toList();
      boolean[] used = new boolean[gs.size()];
      int tp = 0;
      int idOk = 0;
      for (Span x : ps) {
        for (int i = 0; i < gs.size(); i++) {
          Span g = gs.get(i);
          if (!used[i] && g.doc().equals(x.doc()) && x.begin() < g.end() && g.begin() < x.end()) {
            used[i] = true;
            tp++;
            if (g.id().equals(x.id())) {
              idOk++;
            }
            break;
          }
        }
      }
      double p = ps.isEmpty() ? 0 : (double) tp / ps.size();
      double r = gs.isEmpty() ? 0 : (double) tp / gs.size();
      System.out.printf("SEED %s (%s): gold %d, predicted %d, matched %d, P %.3f R %.3f F1 %.3f%s%n",
          type, name, gs.size(), ps.size(), tp, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r),
          ids ? "; id agreement on matches " + idOk + "/" + tp : "");
      out[k++] = p;
      out[k++] = r;
    }
    return out;
  }

  private static void print(boolean dump, String doc, EntityMention m, String id) {
    if (dump) {
      System.out.printf("DUMP\t%s\t%s\t%d\t%d\t%s\t%s%n", doc, m.type(), m.begin(), m.end(), id,
          m.text());
    }
  }
}
