package org.hadath.incidents;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hadath.events.CasualtyKind;

/**
 * Merges the casualty figures several reports give for one incident into a UCDP-style range:
 * low = the highest credible minimum (a later report's higher toll updates the record), high
 * = the highest maximum. A minimum is not credible when at least two other reports gave
 * figures and it is more than {@link #outlierFactor} times every one of theirs (a monthly
 * total or a confused figure, not this incident's toll).
 */
public final class Tolls {

  private final double outlierFactor;

  /** Merging with the default outlier factor 3. */
  public Tolls() {
    this(3.0);
  }

  /** Merging that distrusts a minimum above {@code outlierFactor} times all other reports' figures. */
  public Tolls(double outlierFactor) {
    this.outlierFactor = outlierFactor;
  }

  /** The outlier factor. */
  public double outlierFactor() {
    return outlierFactor;
  }

  /** The merged range of {@code figures} (one or more, of kind {@code kind}). */
  public CasualtyRange merge(CasualtyKind kind, List<Figure> figures) {
    // one figure per report: its largest
    Map<String, Figure> perDoc = new LinkedHashMap<>();
    for (Figure f : figures) {
      perDoc.merge(f.doc(), f, (a, b) -> b.min() > a.min() ? b : a);
    }
    List<Figure> credible = new ArrayList<>();
    for (Figure f : perDoc.values()) {
      if (credible(f, perDoc.values())) {
        credible.add(f);
      }
    }
    if (credible.isEmpty()) {
      credible.addAll(perDoc.values());
    }
    long low = credible.stream().mapToLong(Figure::min).max().orElseThrow();
    boolean unbounded = credible.stream().anyMatch(f -> f.max() == null && f.min() == low);
    long high = credible.stream().filter(f -> f.max() != null).mapToLong(Figure::max).max().orElse(low);
    Long hi = unbounded && high <= low ? null : Long.valueOf(Math.max(high, low));
    ImmutableSet<String> lowSources = credible.stream().filter(f -> f.min() == low).map(Figure::doc)
        .collect(ImmutableSet.toImmutableSet());
    ImmutableSet<String> highSources = hi == null ? lowSources : credible.stream()
        .filter(f -> f.top() == hi).map(Figure::doc).collect(ImmutableSet.toImmutableSet());
    return new CasualtyRange(kind, low, hi, lowSources, highSources.isEmpty() ? lowSources : highSources);
  }

  private boolean credible(Figure f, Iterable<Figure> all) {
    int others = 0;
    for (Figure o : all) {
      if (o == f) {
        continue;
      }
      others++;
      if (f.min() <= outlierFactor * Math.max(1, o.top())) {
        return true;
      }
    }
    return others < 2;
  }
}
