/**
 * Casualties and people counts: which figure a casualty word has, which strike or clash it
 * belongs to, and how many people an evacuation or surrender concerns. Internal to the event
 * layer.
 */
package org.hadath.events.casualties;
