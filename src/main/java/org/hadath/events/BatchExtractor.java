package org.hadath.events;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Extracts many documents over several threads with one shared {@link EventExtractor},
 * streaming: at most {@code 2 × threads} documents are in flight, and each result is handed
 * to the consumer as soon as it and all documents before it are done, in input order. Memory
 * stays flat however many documents there are. Every input yields exactly one
 * {@link Result} — its events or its error — so no document is ever silently lost.
 */
public final class BatchExtractor {

  /** One input document. The text is supplied lazily so that large batches are not all in memory. */
  public record Input(String id, Supplier<String> text, LocalDate date) {
    public Input {
      Preconditions.checkNotNull(id, "id");
      Preconditions.checkNotNull(text, "text");
    }

    /** An input whose text is already in memory. */
    public static Input of(String id, String text) {
      return new Input(id, () -> text, null);
    }
  }

  /** The outcome for one input: events, or an error message naming the document. */
  public record Result(String id, DocumentEvents events, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  private final EventExtractor extractor;
  private final int threads;

  public BatchExtractor(EventExtractor extractor, int threads) {
    Preconditions.checkArgument(threads >= 1, "threads must be >= 1");
    this.extractor = Preconditions.checkNotNull(extractor);
    this.threads = threads;
  }

  /** Processes every input, calling {@code sink} once per input, in input order. */
  public void run(Iterator<Input> inputs, Consumer<Result> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "hadath-batch");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Result>> inFlight = new ArrayDeque<>();
      while (inputs.hasNext() || !inFlight.isEmpty()) {
        while (inputs.hasNext() && inFlight.size() < 2 * threads) {
          Input in = inputs.next();
          inFlight.add(pool.submit(() -> process(in)));
        }
        sink.accept(await(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Result process(Input in) {
    try {
      String text = in.text().get();
      return new Result(in.id(), extractor.extract(in.id(), text, in.date()), null);
    } catch (OutOfMemoryError | StackOverflowError e) {
      return new Result(in.id(), null, in.id() + ": " + e);
    } catch (RuntimeException e) {
      String m = e.getMessage();
      return new Result(in.id(), null, m != null && m.startsWith(in.id()) ? m : in.id() + ": " + e);
    }
  }

  private static Result await(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
