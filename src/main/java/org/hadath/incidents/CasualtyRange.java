package org.hadath.incidents;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSet;
import org.hadath.events.CasualtyKind;

/**
 * Casualties of one kind as the reports put them together (UCDP-style low and high).
 *
 * @param kind killed, injured, or both without separate figures
 * @param low the highest credible minimum any report gave
 * @param high the highest maximum any report gave, or null when a report set no upper bound
 *     ("more than 10") above every bounded figure
 * @param lowSources the reports (document ids) whose figure set {@code low}
 * @param highSources the reports whose figure set {@code high}
 */
public record CasualtyRange(CasualtyKind kind, long low, Long high, ImmutableSet<String> lowSources,
    ImmutableSet<String> highSources) {
  /**
   * Checks the range and copies the sets.
   *
   * @throws NullPointerException when {@code kind} or a set is null
   * @throws IllegalArgumentException when {@code low} is negative or {@code high} below it
   */
  public CasualtyRange {
    Preconditions.checkNotNull(kind);
    Preconditions.checkArgument(low >= 0, "negative casualty figure");
    Preconditions.checkArgument(high == null || high >= low, "high %s below low %s", high, low);
    lowSources = ImmutableSet.copyOf(lowSources);
    highSources = ImmutableSet.copyOf(highSources);
  }
}
