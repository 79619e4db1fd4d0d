package org.hadath.events;

/**
 * The word classes of {@code classes.tsv} that the event mechanisms themselves ask about (the
 * rule files may define and use more). {@link EventRules#load} fails, naming the file, when a
 * rules folder lacks one of them, so a missing class is found at load and never in the middle
 * of an extraction.
 */
public enum WordClass {
  /** Aircraft and air raids: a strike's instrument, a remote attack. */
  AIR,
  /** Artillery, rockets, shells: a strike's instrument, a remote attack. */
  ARTILLERY,
  /** Attack nouns (هجوم): a clash, or a strike when made from a distance. */
  ATTACK,
  /** Causal prepositions (جراء، بسبب): a toll blamed on one mention also goes on its cause. */
  CAUSE,
  /** Claim verbs (زعم، ادعى). */
  CLAIM,
  /** Complementizers (أن) that are no condition although marked like one. */
  COMPLEMENTIZER,
  /** Conditional particles (إذا، لو). */
  COND,
  /** Verbs that deny or refuse. */
  DENY,
  /** Explosives (مفخخة، عبوة): an instrument, also as a vehicle's adjective. */
  EXPLOSIVE,
  /** Prepositions of leaving (من، عن). */
  FROM,
  /** Future particles (سوف، س). */
  FUTURE,
  /** Ground fighting: an attack stays a clash near these words. */
  GROUND,
  /** Plans, expectations, agreements, demands. */
  HYPO,
  /** Prepositions of where (في). */
  IN,
  /** Injured. */
  INJURED,
  /** Killed. */
  KILLED,
  /** Strike words that themselves mean killing (مجزرة): their counted target is a death toll. */
  KILLING,
  /** Light verbs whose object is a nominal trigger (شن، نفذ). */
  LIGHT,
  /** Nationality adjectives: the owner of an instrument. */
  NATIONALITY,
  /** Negation particles. */
  NEG,
  /** The preposition على: a strike's target. */
  ON,
  /** Generic outlet nouns (وكالة): in وكالة X the name alone is the source. */
  OUTLET_NOUN,
  /** Nouns for people: themes of evacuations and surrenders, victims. */
  PEOPLE,
  /** Place nouns that introduce a named place. */
  PLACECUE,
  /** Plural pronouns (هم، هن) that point back to people. */
  PLURAL_PRONOUN,
  /** Reporting verbs (قال، أضاف), whose frames give events their sources. */
  REPORT,
  /** The preposition of a reporting verb's source (نقلت … عن). */
  REPORTED_FROM,
  /** Reporting prepositions (بحسب، وفق، نقلاً عن). */
  REPORT_PREP,
  /** Words after a clash noun that introduce its sides (بين، مع، ضد). */
  SIDES,
  /** Nouns that name a reporter (مصادر، مراسل، ناشطون). */
  SOURCE_NOUN,
  /** Things strikes hit (مواقع، مقرات). */
  TARGET_NOUN,
  /** Prepositions of going to (إلى، نحو). */
  TOWARDS,
  /** Plural victim nouns (قتلى، جرحى): without a figure, at least two. */
  VICTIMS_PLURAL
}
