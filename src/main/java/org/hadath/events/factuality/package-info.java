/**
 * Factuality of a mention from the words around its trigger: polarity (denied, refused,
 * negated), modality (planned, expected, conditional, future) and claims. Internal to the
 * event layer.
 */
package org.hadath.events.factuality;
