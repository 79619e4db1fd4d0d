package org.hadath.output;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.hadath.events.EventFrame;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.normalize.ArabicKeys;
import org.hadath.util.ModelFiles;

/**
 * Decides an event's ACLED {@code sub_event_type} (air/drone strike, shelling, suicide bomb,
 * armed clash, ...) from its trigger words and instruments, by the rules of
 * {@code models/output/sub-event-types.tsv}: the first row of the event's type whose cue
 * matches wins. Immutable and thread-safe.
 */
public final class SubEventTypes {
  /** The packaged rules. */
  public static final String DEFAULT_MODEL = "output/sub-event-types.tsv";

  /** Where a rule looks. */
  private enum Cue { TRIGGER, INSTRUMENT, ANY }

  private record Rule(EventType type, Cue cue, Pattern regex, String name) {}

  private final ImmutableList<Rule> rules;

  private SubEventTypes(ImmutableList<Rule> rules) {
    this.rules = rules;
  }

  private static final class Holder {
    static final SubEventTypes DEFAULT = load(ModelFiles.packaged());
  }

  /** The packaged rules, loaded once per JVM. */
  public static SubEventTypes getDefault() {
    return Holder.DEFAULT;
  }

  /**
   * Reads the rules of {@code output/sub-event-types.tsv} from {@code models} (packaged, or a
   * user's folder of edited copies).
   *
   * @throws org.hadath.util.ModelFormatException naming {@code file:line} for a bad row
   */
  public static SubEventTypes load(ModelFiles models) {
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    for (ModelFiles.Row r : models.table(DEFAULT_MODEL, 4, 4)) {
      EventType type;
      Cue cue;
      try {
        type = EventType.valueOf(r.get(0));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown event type '" + r.get(0) + "'");
      }
      try {
        cue = Cue.valueOf(r.get(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown cue '" + r.get(1) + "' (trigger, instrument or any)");
      }
      Pattern p = null;
      if (cue != Cue.ANY) {
        if (r.get(2).isEmpty()) {
          throw r.error("empty regex for cue " + r.get(1));
        }
        try {
          p = Pattern.compile(ArabicKeys.foldPattern(r.get(2)));
        } catch (PatternSyntaxException e) {
          throw r.error("bad regex: " + e.getDescription());
        }
      }
      if (r.get(3).isEmpty()) {
        throw r.error("empty sub_event_type");
      }
      rules.add(new Rule(type, cue, p, r.get(3)));
    }
    return new SubEventTypes(rules.build());
  }

  /** The sub-event type of {@code f}, or the empty string when no rule applies. */
  public String of(EventFrame f) {
    for (Rule r : rules) {
      if (r.type() == f.type() && applies(r, f)) {
        return r.name();
      }
    }
    return "";
  }

  private static boolean applies(Rule r, EventFrame f) {
    switch (r.cue()) {
      case ANY:
        return true;
      case TRIGGER:
        if (found(r.regex(), f.trigger()) || (f.triggerNorm() != null && r.regex().matcher(f.triggerNorm()).find())) {
          return true;
        }
        return f.altTriggers().stream().anyMatch(s -> found(r.regex(), s));
      case INSTRUMENT:
        return f.arguments(Role.INSTRUMENT).stream().anyMatch(a -> found(r.regex(), a.span()));
      default:
        throw new AssertionError(r.cue());
    }
  }

  private static boolean found(Pattern p, Span s) {
    return p.matcher(ArabicKeys.matchKey(s.text())).find();
  }
}
