package org.hadath.entities.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates an archive of reports carries, for the weekday-year inference of its undated
 * reports: a weekday date written without its year (اليوم الخميس 23 آذار) takes the latest
 * year in which that day fell on that weekday, not after some last day. For news read as it
 * comes, that day is today; for an archive read later, it is the archive's own newest date,
 * else a report of 2021 is dated in 2026 whenever its day falls on the same weekday again.
 */
public final class ArchiveDates {

  /** Days past the newest written date an archive's undated report may still be from. */
  public static final int SLACK_DAYS = 7;

  private LocalDate newest;

  /** An empty tally. */
  public ArchiveDates() {}

  /**
   * Notes the date {@code text} carries with its year written (dateline, page date, post
   * stamp; a weekday date's year is inferred, so it is not used). Never throws.
   */
  public void add(String text) {
    Optional<DocumentDate> d = Dateline.locate(text, null);
    if (d.isPresent() && (newest == null || d.get().date().isAfter(newest))) {
      newest = d.get().date();
    }
  }

  /** The newest written date noted, if any. */
  public Optional<LocalDate> newest() {
    return Optional.ofNullable(newest);
  }

  /**
   * The last day a weekday date without its year may fall on in this archive: its newest
   * written date and {@value #SLACK_DAYS} days, or {@code today} when that is earlier or the
   * archive carries no date.
   */
  public LocalDate latest(LocalDate today) {
    if (newest == null) {
      return today;
    }
    LocalDate end = newest.plusDays(SLACK_DAYS);
    return end.isBefore(today) ? end : today;
  }
}
