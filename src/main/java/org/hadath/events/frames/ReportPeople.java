package org.hadath.events.frames;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.RangeSet;
import org.hadath.entities.people.PersonNames;
import org.hadath.events.Span;

/**
 * The names of people a report gives (its dead and wounded: الشهيد أحمد حاج حسين), tied to no
 * event, for an incident builder: two reports naming one victim tell of one incident. Read from
 * the whole text by {@link PersonNames}, lines the pipeline left unanalysed included (the list
 * of the dead under a post holds no event word), outside page furniture, in text order.
 */
public final class ReportPeople {
  /** The most names kept for one report. */
  static final int MAX_NAMES = 24;

  private ReportPeople() {}

  /** The names {@code text} gives outside {@code furniture}, at most {@value #MAX_NAMES}. */
  public static ImmutableList<Span> of(String text, RangeSet<Integer> furniture, PersonNames names) {
    if (text == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Span> out = ImmutableList.builder();
    int n = 0;
    for (PersonNames.Found f : names.find(text)) {
      if (furniture.contains(f.begin())) {
        continue;
      }
      if (n++ >= MAX_NAMES) {
        break;
      }
      out.add(Span.of(text, f.begin(), f.end()));
    }
    return out.build();
  }
}
