/**
 * Layer 6, output: event frames written for people and programs. One writer class per format,
 * chosen by {@link org.hadath.output.OutputFormat}: JSON in the annotation guide's format
 * ({@link org.hadath.output.EventJson}, {@link org.hadath.output.JsonEventWriter}), JSON Lines
 * ({@link org.hadath.output.JsonEventWriter#lines}) and the ACLED-shaped CSV table
 * ({@link org.hadath.output.CsvEventWriter}, rows by {@link org.hadath.output.AcledRows}, with
 * sub-event types and geo-precision from {@code models/output/}); CoNLL-U of the analysis
 * ({@link org.hadath.output.ConllUWriter}); and the CoreNLP outputter that puts the frames in
 * CoreNLP's own server ({@link org.hadath.output.EventFramesOutputter}).
 *
 * <p>Data flows one way: {@link org.hadath.events.DocumentEvents} in, text out; nothing here
 * changes a frame.
 */
package org.hadath.output;
