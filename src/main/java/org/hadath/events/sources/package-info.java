/**
 * Reporters (SOURCE arguments): subjects of reporting verbs, their عن-sources, the nouns after
 * بحسب/وفق, and reporters carried into a sentence that continues a report. Internal to the
 * event layer.
 */
package org.hadath.events.sources;
