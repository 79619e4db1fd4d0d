package org.hadath.depparse;

/**
 * What the labelling rules decide for a dependent in its phrase: either a UD relation, or
 * {@link CoreArgument#ARGUMENT}, a noun phrase of a verbal clause whose relation (subject,
 * passive subject or object) depends on its position among the clause's arguments and is
 * settled by {@link DependentAttacher}.
 */
sealed interface DependentLabel permits UdRelation, DependentLabel.CoreArgument {

  /** The one non-relation label. */
  enum CoreArgument implements DependentLabel {
    /** A core argument of the verb, subject or object by position. */
    ARGUMENT
  }
}
