package org.hadath.entities.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of actor and place mentions on the five seed articles.
 *
 * <p>The articles are read from {@code ../shared} (system property {@code hadath.shared}); the
 * project keeps only offsets and ids of the analyst's mentions, in
 * {@code test-data/entities/seed-mentions.tsv}, never the text. A predicted mention matches a
 * gold one of the same type when the spans overlap (each gold mention at most once). The test
 * prints the figures; it fails only if the gold file's offsets fall outside the articles.
 * With {@code -Dhadath.dumpEntities=true} it also prints every predicted mention.
 */
class SeedEntityEvaluationTest {

  private record Span(String doc, String type, int begin, int end, String id) {}

  @Test
  void precisionRecallPerType() throws IOException {
    String shared = System.getProperty("hadath.shared");
    Path seeds = shared == null ? null : Path.of(shared, "corpus", "seeds");
    assumeTrue(seeds != null && Files.isDirectory(seeds),
        "skipped: shared corpus not found (set -Dhadath.shared=../shared)");
    Path goldFile = Path.of(System.getProperty("hadath.testData", "test-data"), "entities",
        "seed-mentions.tsv");
    List<Span> gold = new ArrayList<>();
    for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("doc\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      gold.add(new Span(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]));
    }
    boolean dump = Boolean.getBoolean("hadath.dumpEntities");
    ActorAnnotator actors = new ActorAnnotator("hadath_actors", null);
    PlaceAnnotator places = new PlaceAnnotator("hadath_places", null);
    List<Span> pred = new ArrayList<>();
    Map<String, Integer> docLength = new TreeMap<>();
    try (var files = Files.list(seeds)) {
      for (Path p : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
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
            pred.add(new Span(doc, "PLACE", m.begin(), m.end(), String.valueOf(m.placeId())));
            print(dump, doc, m, m.placeId());
          }
        }
      }
    }
    for (Span g : gold) {
      Integer len = docLength.get(g.doc());
      assertEquals(true, len != null && g.begin() >= 0 && g.end() <= len && g.begin() < g.end(),
          "gold span out of range: " + g);
    }
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
      System.out.printf("SEED %s: gold %d, predicted %d, matched %d, P %.3f R %.3f F1 %.3f; "
          + "id agreement on matches %d/%d%n", type, gs.size(), ps.size(), tp, p, r,
          p + r == 0 ? 0 : 2 * p * r / (p + r), idOk, tp);
    }
  }

  private static void print(boolean dump, String doc, EntityMention m, String id) {
    if (dump) {
      System.out.printf("DUMP\t%s\t%s\t%d\t%d\t%s\t%s%n", doc, m.type(), m.begin(), m.end(), id,
          m.text());
    }
  }
}
