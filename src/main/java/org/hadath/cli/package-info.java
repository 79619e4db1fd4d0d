/**
 * The {@code hadath} command line (picocli): {@code parse}, {@code entities}, {@code extract},
 * {@code serve}, {@code evaluate} and {@code bench}, each a thin front on the library's layers.
 *
 * <p>Data flows one way: files or standard input in, through the facade
 * {@link org.hadath.events.EventExtractor}, out through {@link org.hadath.output} or
 * {@link org.hadath.service}.
 */
package org.hadath.cli;
