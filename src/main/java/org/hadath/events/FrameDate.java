package org.hadath.events;

import com.google.common.base.Preconditions;
import java.util.Optional;
import org.hadath.entities.time.DocumentDate;

/**
 * The date of one frame, and where it came from: the resolved value of its TIME argument
 * (أمس، فجر اليوم، صباح الثلاثاء resolved against the document's date), or, when the frame has
 * none, the document's own date as a fallback marked {@link Source#DOCUMENT}: an undated event
 * in a dated report is most often that day's or the day before's, which is what a consumer
 * grouping reports into incidents needs, but not a date the text gave.
 *
 * @param value an ISO date ({@code 2024-12-01}) or interval ({@code 2024-12-01/2024-12-03}), as
 *     the time layer writes them; {@code XXXX-12-01} when the document's date has no year
 * @param source where it came from
 */
public record FrameDate(String value, Source source) {

  /** Where a frame's date came from. */
  public enum Source {
    /** The frame's own TIME argument, resolved. */
    TIME,
    /** The document's date (caller's, dateline, page or post stamp): the frame names no time. */
    DOCUMENT
  }

  public FrameDate {
    Preconditions.checkNotNull(value, "value");
    Preconditions.checkNotNull(source, "source");
  }

  /**
   * The date of {@code f}: its first TIME argument with a resolved value; else the document's
   * date when it has one and the frame has no TIME argument at all (a TIME the time layer could
   * not resolve, such as منذ 3 أيام in an undated post, is no licence to put the report's date in
   * its place); else empty.
   */
  public static Optional<FrameDate> of(EventFrame f, Optional<DocumentDate> documentDate) {
    boolean hasTime = false;
    for (EventFrame.Argument a : f.arguments(Role.TIME)) {
      hasTime = true;
      if (a.time() != null && !a.time().isBlank()) {
        return Optional.of(new FrameDate(a.time(), Source.TIME));
      }
    }
    if (hasTime || documentDate == null) {
      return Optional.empty();
    }
    return documentDate.map(d -> new FrameDate(d.iso(), Source.DOCUMENT));
  }
}
