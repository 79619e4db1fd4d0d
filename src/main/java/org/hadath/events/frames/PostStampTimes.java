package org.hadath.events.frames;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.hadath.entities.time.DocumentDate;
import org.hadath.events.EventFrame;
import org.hadath.events.Role;
import org.hadath.events.Span;

/**
 * The time of a social post's events: a post tells what happened without a time of its own
 * (استشهد 3 مدنيين نتيجة قصف على درعا) and the page stamps it (July 16, 2025 · Shared with
 * Public، 10:22 PM · Mar 17, 2025); the annotation guide takes that stamp as the event's TIME.
 * Only a date that came from a post stamp is used, never a dateline or a page date (a
 * report's page date is when it was published, not when its events happened). The argument's
 * rule is {@link #RULE} and its offsets are the stamp's.
 */
public final class PostStampTimes {
  /** The rule name of a post-stamp TIME argument. */
  public static final String RULE = "time:post-stamp";

  private PostStampTimes() {}

  /** Adds the post stamp {@code date} as TIME to each frame of {@code frames} (by sentence) that has none. */
  public static void fill(String text, DocumentDate date, List<List<EventFrame>> frames) {
    if (date == null || date.source() != DocumentDate.Source.POST_STAMP || date.begin() < 0
        || date.end() > text.length()) {
      return;
    }
    Span span = Span.of(text, date.begin(), date.end());
    EventFrame.Argument time = new EventFrame.Argument(Role.TIME, span, span, null, null, null, null, null, null,
        null, date.iso(), RULE); // iso(): a stamp is full, but a partial one must not throw
    for (int s = 0; s < frames.size(); s++) {
      frames.set(s, frames.get(s).stream().map(f -> f.arguments(Role.TIME).isEmpty() ? with(f, time) : f).toList());
    }
  }

  private static EventFrame with(EventFrame f, EventFrame.Argument a) {
    return f.withArguments(ImmutableList.<EventFrame.Argument>builder().addAll(f.arguments()).add(a).build());
  }
}
