/**
 * The dependency layer: turns each parsed sentence's constituency tree (from
 * {@code org.hadath.pipeline}) into Universal Dependencies, stored as CoreNLP's basic
 * dependency graph ({@link org.hadath.depparse.DependencyAnnotator}, {@code hadath_depparse}).
 *
 * <p>{@link org.hadath.depparse.UdConverter} walks the tree bottom-up; per phrase,
 * {@link org.hadath.depparse.HeadRules} choose the head child,
 * {@link org.hadath.depparse.DependentLabels} decide each other child's relation and
 * {@link org.hadath.depparse.DependentAttacher} attaches it; whole-sentence corrections are
 * {@link org.hadath.depparse.TreeRepairs}. The Arabic closed-class words the rules consult
 * are data, {@code models/depparse/function-words.tsv} ({@link org.hadath.depparse.FunctionWords}).
 * This layer reads the pipeline's annotations; the pipeline names its annotator by class only.
 */
package org.hadath.depparse;
