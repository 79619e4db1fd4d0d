package org.hadath.incidents;

import com.google.common.base.Preconditions;
import org.hadath.events.EventType;

/**
 * One event frame of one report that an incident record was built from, or a whole report
 * that joined it without a frame ({@link #reportLevel()}: see {@link ReportNote}).
 *
 * @param doc the document id
 * @param event the frame's index in that document's events (as {@code extract} lists them), or
 *     -1 for a report-level mention
 * @param type the frame's event type, or null for a report-level mention
 * @param begin the trigger's first character in the document (-1 for a report-level mention)
 * @param end one past the trigger's last character (-1 for a report-level mention)
 * @param sentence the trigger's sentence index (-1 when unknown)
 */
public record Mention(String doc, int event, EventType type, int begin, int end, int sentence) {
  /**
   * Checks the mention.
   *
   * @throws NullPointerException when {@code doc} is null
   * @throws IllegalArgumentException when a frame index comes without a type or a type without
   *     one
   */
  public Mention {
    Preconditions.checkNotNull(doc);
    Preconditions.checkArgument(event >= 0 == (type != null), "a frame mention has an index and a type, a report-level one neither");
  }

  /** The mention of a whole report that joined a record without a frame. */
  public static Mention ofReport(String doc) {
    return new Mention(doc, -1, null, -1, -1, -1);
  }

  /** True for a report that joined the record without a frame ({@link ReportNote}). */
  public boolean reportLevel() {
    return event < 0;
  }
}
