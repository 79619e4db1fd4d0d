package org.hadath.pipeline;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Turns CoreNLP's Arabic lexer's {@code Untokenizable: X} lines into a count per document.
 *
 * <p>The lexer (inside the segmenter) writes that line with {@code System.err.printf} for every
 * character outside its alphabet — emoji, pictographs, U+FFFC, box drawing — and keeps the
 * character as a one-character token; it has no option to stay quiet, and logging levels do
 * not reach it. A social post yields hundreds of such lines. {@link #install()} puts a stream
 * in front of {@code System.err} that drops exactly those calls (the lexer's format string)
 * and counts them for the calling thread; everything else passes through unchanged. The
 * tokenizer stage then reports a document's count once, through SLF4J. Tokens are not
 * changed.
 */
final class UntokenizableCounter {
  /** The lexer's format string (ArabicLexer.flex). */
  static final String LEXER_FORMAT = "Untokenizable: %s%n";
  private static final int MAX_SAMPLES = 5;

  /** One thread's characters since the last {@link #take()}. */
  record Report(int count, Set<String> samples) {}

  private static final ThreadLocal<Report> CURRENT =
      ThreadLocal.withInitial(() -> new Report(0, new LinkedHashSet<>()));

  private UntokenizableCounter() {}

  /** Installs the filter in front of {@code System.err}, once per JVM (again if someone replaced it). */
  static synchronized void install() {
    if (!(System.err instanceof Filter)) {
      System.setErr(new Filter(System.err));
    }
  }

  /** This thread's report since the last call; resets it. */
  static Report take() {
    Report r = CURRENT.get();
    CURRENT.remove();
    return r;
  }

  private static void record(Object[] args) {
    Report r = CURRENT.get();
    if (r.samples().size() < MAX_SAMPLES && args.length > 0) {
      r.samples().add(String.valueOf(args[0]));
    }
    CURRENT.set(new Report(r.count() + 1, r.samples()));
  }

  /** {@code System.err} without the lexer's lines. */
  private static final class Filter extends PrintStream {
    Filter(PrintStream err) {
      super(err, true, stderrCharset());
    }

    @Override
    public PrintStream format(String format, Object... args) {
      if (LEXER_FORMAT.equals(format)) {
        record(args);
        return this;
      }
      return super.format(format, args);
    }

    private static Charset stderrCharset() {
      String enc = System.getProperty("sun.stderr.encoding");
      try {
        return enc == null ? Charset.defaultCharset() : Charset.forName(enc);
      } catch (IllegalArgumentException e) {
        return Charset.defaultCharset();
      }
    }
  }
}
