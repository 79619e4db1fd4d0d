package org.hadath.events.sentence;

import java.util.EnumSet;
import java.util.Set;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.entities.actors.ActorMention;

/** Which actors are armed: they make a sentence armed-conflict news and can be a clash's sides. */
public final class ArmedActors {
  private ArmedActors() {}

  /** Actor categories that make a sentence armed-conflict news. */
  private static final Set<ActorCategory> ARMED = EnumSet.of(ActorCategory.STATE_FORCES,
      ActorCategory.REBEL_GROUP, ActorCategory.MILITIA, ActorCategory.FOREIGN_FORCE,
      ActorCategory.UNIDENTIFIED_ARMED);

  /** True for an armed actor's category (null: not known to be armed). */
  public static boolean isArmed(ActorCategory c) {
    return c != null && ARMED.contains(c);
  }

  /** An armed actor, or a group of people belonging to one (عناصر التنظيم). */
  public static boolean armedOrFighters(ActorMention am) {
    if (isArmed(am.category())) {
      return true;
    }
    return am.group() != null && isArmed(am.group().category());
  }
}
