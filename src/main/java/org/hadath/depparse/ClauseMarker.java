package org.hadath.depparse;

/**
 * What introduces a subordinate clause (SBAR), found among the dependents of its head:
 * the word decides whether the clause is a complement, a relative clause or an adverbial.
 */
enum ClauseMarker {
  /** A complementizer (أن، إن): the clause is a ccomp. */
  COMP,
  /** A relative pronoun (الذي، التي): the clause is an acl. */
  REL,
  /** Another subordinating word: the clause is an advcl. */
  SUBORD,
  /** No marker: the clause is an advcl. */
  NONE
}
