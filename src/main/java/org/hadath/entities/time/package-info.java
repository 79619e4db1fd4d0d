/**
 * Times: dates and intervals resolved to ISO form against the document date or the article's
 * dateline ({@link org.hadath.entities.time.TimeAnnotator}).
 *
 * <p>Data flows one way: tokens and the document date in;
 * {@link org.hadath.entities.time.TimeMention}s out to the event layer's TIME arguments.
 */
package org.hadath.entities.time;
