/**
 * Scoring extracted frames against gold annotations in the annotation guide's format
 * (precision, recall and F1 of events, arguments and figures).
 *
 * <p>Data flows one way: extracted and gold {@link org.hadath.events.DocumentEvents} in,
 * scores out; it reads the event layer's results and changes nothing.
 */
package org.hadath.evaluation;
