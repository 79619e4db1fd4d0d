/**
 * Argument attachment: the Semgrex rules of {@code arguments.tsv} and what a matched word is
 * read as (antecedent, actor inside a phrase, instrument and owner, conjuncts), spans, place
 * roles, times, and the claimed-token bookkeeping that keeps one role per token. The word-order
 * fallbacks are in {@link org.hadath.events.arguments.fallback}. Internal to the event layer.
 */
package org.hadath.events.arguments;
