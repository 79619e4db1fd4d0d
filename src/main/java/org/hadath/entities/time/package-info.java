/**
 * Times: dates and intervals resolved to ISO form against the document date or the article's
 * dateline ({@link org.hadath.entities.time.TimeAnnotator}).
 *
 * <p>Data flows one way: tokens and the document date in;
 * {@link org.hadath.entities.time.TimeMention}s out to the event layer's TIME arguments.
 *
 * <p>A document date written without its year (اليوم الأربعاء 2 كانون الأول، a post stamped
 * {@code January 11}) stays partial ({@link org.hadath.entities.time.DocumentDate#hasYear()}
 * false, ISO {@code XXXX-12-02}, and the times counted from it {@code XXXX} too) unless the
 * caller's {@link org.hadath.entities.time.DateWindow} holds exactly one day that fits it; the
 * clock of the machine reading the text is never used.
 */
package org.hadath.entities.time;
