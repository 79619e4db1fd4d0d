package org.hadath.entities.actors;

/**
 * One row of {@code people_nouns.tsv}: an inflected generic noun for people.
 *
 * @param form the surface form as written in the file
 * @param category what kind of people it names
 * @param number SINGULAR, DUAL or PLURAL
 */
public record PeopleNoun(String form, PeopleCategory category, Number number) {
  /** Grammatical number of a people noun. */
  public enum Number { SINGULAR, DUAL, PLURAL }
}
