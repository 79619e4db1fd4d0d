/**
 * Fallbacks on word order and tree distance for what the parse often gets wrong, one class
 * each; they fill only roles and tokens nothing earlier took, in the order
 * {@link org.hadath.events.frames.ArgumentAttacher} runs them. Internal to the event layer.
 */
package org.hadath.events.arguments.fallback;
