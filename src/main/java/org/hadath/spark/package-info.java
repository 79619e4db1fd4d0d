/**
 * Hadath on Apache Spark: a Dataset of events from a Dataset of documents.
 *
 * <p>An output layer beside JSON and the CLI: {@link org.hadath.spark.HadathSpark} streams each
 * partition's documents through the one {@link org.hadath.events.EventExtractor} of its
 * executor JVM ({@link org.hadath.spark.ExecutorExtractor}) and turns every
 * {@link org.hadath.events.DocumentEvents} into rows of the schemas in
 * {@link org.hadath.spark.EventSchema}; a document that fails becomes a row with its error.
 * {@link org.hadath.spark.ExtractJob} is the {@code spark-submit} entry point and
 * {@link org.hadath.spark.SparkBench} measures documents per second at {@code local[1]} and
 * {@code local[2]}.
 *
 * <p>Spark is a {@code provided} dependency: nothing outside this package refers to it, so the
 * core library, its jar and {@code ./hadath} run without Spark on the class path.
 */
package org.hadath.spark;
