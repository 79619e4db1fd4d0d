/**
 * What every layer shares and none owns: reading the model files under {@code models/} with
 * {@code file:line} errors ({@link org.hadath.util.ModelFiles},
 * {@link org.hadath.util.ModelFormatException}), strict UTF-8 text input, and regular
 * expressions with a step bound against pathological input.
 *
 * <p>Depends on no Hadath layer, so any layer may use it.
 */
package org.hadath.util;
