/**
 * Layer 3, dependencies: Universal Dependencies for Arabic from CoreNLP's constituency trees
 * ({@link org.hadath.depparse.UdConverter}, run by
 * {@link org.hadath.depparse.DependencyAnnotator}), stored under CoreNLP's
 * {@code BasicDependenciesAnnotation}, and the attachment-score evaluation that measures them.
 *
 * <p>Data flows one way: parsed sentences from {@link org.hadath.pipeline} in; dependency
 * graphs out to the entity and event layers.
 */
package org.hadath.depparse;
