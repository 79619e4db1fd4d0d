package org.hadath.incidents;

import com.google.common.base.Preconditions;
import org.hadath.events.EventType;

/**
 * One event frame of one report that an incident record was built from.
 *
 * @param doc the document id
 * @param event the frame's index in that document's events (as {@code extract} lists them)
 * @param type the frame's event type
 * @param begin the trigger's first character in the document
 * @param end one past the trigger's last character
 * @param sentence the trigger's sentence index (-1 when unknown)
 */
public record Mention(String doc, int event, EventType type, int begin, int end, int sentence) {
  public Mention {
    Preconditions.checkNotNull(doc);
    Preconditions.checkNotNull(type);
    Preconditions.checkArgument(event >= 0, "negative event index");
  }
}
