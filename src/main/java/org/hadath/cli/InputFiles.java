package org.hadath.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.hadath.util.TextFiles;

/**
 * Reads the CLI's input arguments: file paths, or {@code -} for standard input. A file that
 * cannot be read or is not UTF-8 is reported on one line naming it and skipped; the caller
 * keeps going and exits non-zero.
 */
final class InputFiles {
  private InputFiles() {}

  /** Something to process: a name for messages and its text. */
  record Input(String name, Path path, String text) {}

  /** Visitor for each readable input. */
  interface Handler {
    void handle(Input input) throws Exception;
  }

  /** Processes every input, returning the number that failed. */
  static int forEach(List<String> args, PrintStream err, Handler handler) {
    int failures = 0;
    for (String a : args) {
      Input in;
      try {
        if (a.equals("-")) {
          in = new Input("<stdin>", null, TextFiles.readUtf8(System.in, "<stdin>"));
        } else {
          Path p = Path.of(a);
          in = new Input(a, p, TextFiles.readUtf8(p));
        }
      } catch (IOException | RuntimeException e) {
        err.println("hadath: error: " + describe(a, e));
        failures++;
        continue;
      }
      try {
        handler.handle(in);
      } catch (Exception | OutOfMemoryError | StackOverflowError e) {
        err.println("hadath: error: " + in.name() + ": " + e);
        failures++;
      }
    }
    return failures;
  }

  private static String describe(String name, Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return name + ": no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return name + ": permission denied";
    }
    String m = e.getMessage();
    return m != null && m.startsWith(name) ? m : name + ": " + (m == null ? e.toString() : m);
  }
}
