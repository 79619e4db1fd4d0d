/**
 * Quantities: numbers of people as {@code {min, max, approximate}} by the annotation guide's
 * rules (digits, number words, vague and bounded figures) with the noun they count
 * ({@link org.hadath.entities.quantity.QuantityAnnotator}).
 *
 * <p>Data flows one way: tokens in; {@link org.hadath.entities.quantity.QuantityMention}s out
 * to the event layer's casualty figures and people counts.
 */
package org.hadath.entities.quantity;
