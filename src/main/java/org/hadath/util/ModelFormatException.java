package org.hadath.util;

/**
 * A model file (lexicon, gazetteer, pattern file) is malformed. The message names the file
 * and the line, so that a user who edits a file under {@code models/} sees what to fix.
 */
public class ModelFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;

  public ModelFormatException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
    this.file = file;
    this.line = line;
  }

  public ModelFormatException(String file, int line, String message, Throwable cause) {
    super(file + ":" + line + ": " + message, cause);
    this.file = file;
    this.line = line;
  }

  /** The file (classpath resource or path) that is malformed. */
  public String file() {
    return file;
  }

  /** The 1-based line number, or 0 when the whole file is at fault. */
  public int line() {
    return line;
  }
}
