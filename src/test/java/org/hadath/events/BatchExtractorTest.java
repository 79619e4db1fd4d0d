package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hadath.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/** Batches: one result per input, in order, errors named, budgets and size limits enforced. */
class BatchExtractorTest {
  private static final String STRIKE = "قصفت طائرات حربية قرية الهبيط في ريف إدلب الجنوبي.";

  private static List<BatchExtractor.Result> run(EventExtractor x, int threads, Duration budget,
      List<BatchExtractor.Input> inputs) {
    List<BatchExtractor.Result> out = new ArrayList<>();
    new BatchExtractor(x, threads, budget).run(inputs.iterator(), out::add);
    return out;
  }

  @Test
  void everyInputYieldsExactlyOneResultInOrder() {
    List<BatchExtractor.Input> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int k = i;
      inputs.add(new BatchExtractor.Input("d" + i, () -> {
        if (k % 10 == 3) {
          throw new IllegalArgumentException("d" + k + ": cannot read");
        }
        return k % 7 == 0 ? "" : STRIKE;
      }, null));
    }
    List<BatchExtractor.Result> out = run(SharedExtractor.get(), 2, null, inputs);
    assertEquals(40, out.size());
    for (int i = 0; i < 40; i++) {
      assertEquals("d" + i, out.get(i).id());
      assertEquals(i % 10 != 3, out.get(i).ok(), out.get(i).toString());
    }
    assertTrue(out.get(3).error().contains("d3"), out.get(3).error());
    assertEquals(1, out.get(1).events().events().size());
    assertTrue(out.get(7).events().events().isEmpty());
  }

  @Test
  void oversizedDocumentIsRejectedByName() {
    EventExtractor small = EventExtractor.builder().maxDocumentChars(1000).build();
    List<BatchExtractor.Result> out = run(small, 2, null, List.of(
        BatchExtractor.Input.of("ok", STRIKE), BatchExtractor.Input.of("big", STRIKE.repeat(100)),
        BatchExtractor.Input.of("ok2", STRIKE)));
    assertEquals(3, out.size());
    assertTrue(out.get(0).ok());
    assertFalse(out.get(1).ok());
    assertTrue(out.get(1).error().contains("big") && out.get(1).error().contains("exceeds the limit"), out.get(1).error());
    assertTrue(out.get(2).ok());
  }

  @Test
  void documentOverItsTimeBudgetFailsAndTheBatchGoesOn() {
    String huge = (STRIKE + "\n").repeat(1500); // ~20,000 tokens: far beyond one second
    long t = System.nanoTime();
    List<BatchExtractor.Result> out = run(SharedExtractor.get(), 1, Duration.ofSeconds(1), List.of(
        BatchExtractor.Input.of("a", STRIKE), BatchExtractor.Input.of("slow", huge), BatchExtractor.Input.of("b", STRIKE)));
    double seconds = (System.nanoTime() - t) / 1e9;
    assertEquals(3, out.size());
    assertTrue(out.get(0).ok());
    assertFalse(out.get(1).ok());
    assertTrue(out.get(1).error().startsWith("slow: time budget"), out.get(1).error());
    assertTrue(out.get(2).ok(), String.valueOf(out.get(2).error()));
    assertTrue(seconds < 30, "batch took " + seconds + " s");
  }

  /** Streaming: 10,000 documents through one batch, memory flat, one result each, in order. */
  @Test
  void tenThousandDocumentsStreamWithFlatMemory() {
    String[] texts = {STRIKE, "اشتبكت فصائل المعارضة مع قوات النظام في درعا.", "ارتفعت أسعار الذهب اليوم.", ""};
    int n = 10_000;
    java.util.Iterator<BatchExtractor.Input> inputs = java.util.stream.IntStream.range(0, n)
        .mapToObj(i -> BatchExtractor.Input.of("d" + i, texts[i % texts.length])).iterator();
    long[] usedAt = new long[2];
    int[] seen = {0};
    Runtime rt = Runtime.getRuntime();
    new BatchExtractor(SharedExtractor.get(), 2, null).run(inputs, r -> {
      assertEquals("d" + seen[0], r.id());
      assertTrue(r.ok(), String.valueOf(r.error()));
      seen[0]++;
      if (seen[0] == 1_000 || seen[0] == n) {
        System.gc();
        usedAt[seen[0] == n ? 1 : 0] = rt.totalMemory() - rt.freeMemory();
      }
    });
    assertEquals(n, seen[0]);
    long growthMb = (usedAt[1] - usedAt[0]) / (1024 * 1024);
    System.out.println("10,000-document batch: heap after 1,000 docs " + usedAt[0] / (1024 * 1024)
        + " MB, after 10,000 " + usedAt[1] / (1024 * 1024) + " MB");
    assertTrue(growthMb < 100, "heap grew by " + growthMb + " MB over 9,000 documents");
  }
}
