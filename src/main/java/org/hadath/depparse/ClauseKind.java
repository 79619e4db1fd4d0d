package org.hadath.depparse;

/** What kind of clause a phrase is, which decides how its noun phrases attach. */
enum ClauseKind {
  /** A clause (VP, S, SQ, SINV) headed by a verb or verb phrase. */
  VERBAL,
  /** A clause without a verb head: a nominal sentence, whose first noun phrase is the subject. */
  NOMINAL,
  /** Any other phrase. */
  NONE
}
