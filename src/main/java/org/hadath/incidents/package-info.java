/**
 * Incidents: one record per real-world event, built from the event frames of many reports.
 *
 * <p>The layer above {@code events} and below {@code output}: it reads finished
 * {@link org.hadath.events.DocumentEvents} (never text, never CoreNLP annotations) and
 * writes immutable {@link org.hadath.incidents.Incident} records. Data flows one way:
 * {@link org.hadath.incidents.ReportReader} turns one document's frames into
 * {@link org.hadath.incidents.Sighting}s (the core event of the report first, then any other
 * incident the report tells of); {@link org.hadath.incidents.IncidentBuilder} merges
 * sightings from different reports under {@link org.hadath.incidents.MergeRules}
 * (type family, date, place, casualty figures) and closes records whose date window has
 * passed, so memory stays bounded over a year of news. A report in which no frame passed the
 * filters is a {@link org.hadath.incidents.ReportNote} (its own date and the places it names):
 * it may join a record as a report-level member ({@link org.hadath.incidents.NoteRules}),
 * never opens one.
 *
 * <p>A report is dated by {@link org.hadath.events.DocumentEvents#documentDate()}; a date written
 * without its year counts as none until {@link org.hadath.events.DocumentEvents#withYearFrom}
 * gives it one (a window of the days the archive was written in).
 */
package org.hadath.incidents;
