/**
 * Frame assembly: runs the mechanisms over one parsed sentence in order, retypes a remote
 * attack as a strike, and builds the {@link org.hadath.events.EventFrame}s with the entity
 * layer's attributes. Internal to the event layer; {@link org.hadath.events.EventAnnotator}
 * wires it into CoreNLP.
 */
package org.hadath.events.frames;
