/**
 * Trigger finding: which words are event mentions ({@code triggers.tsv}), the one reading of
 * trigger conditions shared by the annotator, the parse selector and the text filter, and the
 * merging of several trigger words of one mention. Internal to the event layer.
 */
package org.hadath.events.triggers;
