/**
 * The event layer: typed event frames from analysed Arabic sentences. This package holds the
 * public API ({@link org.hadath.events.EventExtractor}, {@link org.hadath.events.BatchExtractor},
 * the records {@link org.hadath.events.EventFrame}, {@link org.hadath.events.Span} …), the rules
 * ({@link org.hadath.events.EventRules}, {@link org.hadath.events.WordClass}), the pruning that
 * skips text the rules cannot use ({@link org.hadath.events.EventTextFilter},
 * {@code EventParseSelector}) and the CoreNLP annotator that wires the mechanisms
 * ({@link org.hadath.events.EventAnnotator}).
 *
 * <p>The mechanisms live in subpackages, one job each, reading a
 * {@link org.hadath.events.sentence.SentenceView}: {@code triggers} (mentions and conditions),
 * {@code arguments} and {@code arguments.fallback} (roles), {@code sources} (reporters),
 * {@code casualties} (tolls and people counts), {@code factuality} (polarity, modality,
 * claims) and {@code frames} (assembly).
 */
package org.hadath.events;
