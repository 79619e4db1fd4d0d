package org.hadath.entities.actors;

import org.hadath.entities.EntityMention;
import org.hadath.entities.EntityType;

/**
 * A mention of an actor: a named group (قسد), a short form resolved from context
 * (التنظيم after داعش), a generic people noun (المدنيين), or a noun-of-group phrase
 * (مسلحي التنظيم، عناصر من قسد) that combines both, or a name no lexicon holds that a head
 * noun introduces in quotes (قناة “حلب اليوم”: category, no id).
 *
 * <p>For a noun-of-group phrase the mention spans the whole phrase, {@link #noun()} holds the
 * noun part and {@link #group()} the group mention; the actor fields are the group's. A bare
 * people noun has no actor id ({@link #isResolved()} is false).
 *
 * @param text the user's characters, {@code docText.substring(begin, end)}
 * @param begin character offset of the first character
 * @param end character offset one past the last
 * @param sentenceIndex index of the sentence in the document
 * @param tokenBegin first token (sentence-relative)
 * @param tokenEnd one past the last token
 * @param actorId id in {@code actors.tsv}, or null when unresolved
 * @param canonicalName English name of the actor, or null
 * @param category the actor's category, or the category a people noun implies, or null
 * @param affiliation the actor's affiliation id, or null
 * @param noun the people-noun part, or null for a plain named mention
 * @param group the group part of a noun-of-group phrase, or null
 * @param viaAnaphor true when a short form was resolved from an earlier full mention
 */
public record ActorMention(
    String text, int begin, int end, int sentenceIndex, int tokenBegin, int tokenEnd,
    String actorId, String canonicalName, ActorCategory category, String affiliation,
    NounPart noun, ActorMention group, boolean viaAnaphor) implements EntityMention {

  /**
   * The people-noun part of a mention.
   *
   * @param text the noun's characters
   * @param begin its first character offset
   * @param end one past its last character
   * @param category what kind of people it names
   * @param number its grammatical number
   */
  public record NounPart(String text, int begin, int end, PeopleCategory category,
      PeopleNoun.Number number) {}

  @Override
  public EntityType type() {
    return EntityType.ACTOR;
  }

  /**
   * True when the mention names a group or outlet, listed or not (قسد، قناة “حلب اليوم”):
   * anything but a bare people noun.
   */
  public boolean isNamed() {
    return noun == null;
  }

  /** True when the mention names a known actor (directly, by anaphor, or through a group). */
  public boolean isResolved() {
    return actorId != null;
  }
}
