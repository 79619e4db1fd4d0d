/**
 * Layer 3, dependencies: Universal Dependencies for Arabic from CoreNLP's constituency trees
 * ({@link org.hadath.depparse.UdConverter}, run by
 * {@link org.hadath.depparse.DependencyAnnotator}), stored under CoreNLP's
 * {@code BasicDependenciesAnnotation}. Per phrase, {@link org.hadath.depparse.HeadRules}
 * choose the head child, {@link org.hadath.depparse.DependentLabels} decide every other
 * child's relation and {@link org.hadath.depparse.DependentAttacher} attaches it;
 * {@link org.hadath.depparse.TreeRepairs} apply the whole-sentence corrections. The
 * attachment-score evaluation lives in {@link org.hadath.evaluation}.
 *
 * <p>Data flows one way: parsed sentences from {@link org.hadath.pipeline} in (the pipeline
 * names this layer's annotator by class only); dependency graphs out to the entity and event
 * layers.
 */
package org.hadath.depparse;
