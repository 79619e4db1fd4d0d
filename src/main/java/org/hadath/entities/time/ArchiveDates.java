package org.hadath.entities.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The span of dates an archive of reports carries with their year written (datelines, page
 * dates, post stamps), the window in which a date of it written without its year (اليوم
 * الخميس 23 آذار، a post stamped {@code January 11}) may take one ({@link DateWindow#only}). An
 * archive read years after its writing must not date its reports by the reader's clock: a 2021
 * report's Wednesday 2 December falls on a Wednesday again in 2026.
 */
public final class ArchiveDates {

  private LocalDate oldest;
  private LocalDate newest;

  /** An empty tally. */
  public ArchiveDates() {}

  /**
   * Notes the date {@code text} carries with its year written (a partial date is not used).
   * Never throws.
   */
  public void add(String text) {
    Dateline.locate(text).flatMap(DocumentDate::full).ifPresent(this::add);
  }

  /** Notes a report's date with its year written or given. */
  public void add(LocalDate d) {
    if (d == null) {
      return;
    }
    if (newest == null || d.isAfter(newest)) {
      newest = d;
    }
    if (oldest == null || d.isBefore(oldest)) {
      oldest = d;
    }
  }

  /** The newest written date noted, if any. */
  public Optional<LocalDate> newest() {
    return Optional.ofNullable(newest);
  }

  /**
   * The archive's window: the whole years from its oldest written date to its newest (its
   * undated reports may be older or newer than its dated ones, by how much no one knows; whole
   * years keep a window of up to five of them one in which a weekday fixes every month-day's
   * year, since a day's weekday moves on by one or two a year); empty when it carries no date (a
   * partial date then stays partial).
   */
  public Optional<DateWindow> window() {
    return newest == null ? Optional.empty()
        : Optional.of(new DateWindow(LocalDate.of(oldest.getYear(), 1, 1), LocalDate.of(newest.getYear(), 12, 31)));
  }
}
