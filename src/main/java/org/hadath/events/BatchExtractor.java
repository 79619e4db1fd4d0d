package org.hadath.events;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Extracts many documents over several threads with one shared {@link EventExtractor},
 * streaming: at most {@code 4 × threads} documents are in flight, and each result is handed
 * to the consumer as soon as it and all documents before it are done, in input order. Memory
 * stays flat however many documents there are. Every input yields exactly one
 * {@link Result} — its events or its error — so no document is ever silently lost.
 *
 * <p>A per-document time budget (optional) bounds the damage of a pathological document: on
 * expiry the document is reported as failed with its id, its worker is interrupted (the
 * pipeline stops at the next sentence or stage), and the batch goes on with a fresh worker.
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

  /**
   * Documents in flight per worker. Results are handed on in input order, so one long
   * document holds back the ones after it; a window of several documents per worker keeps
   * the workers busy meanwhile, while memory stays bounded.
   */
  static final int WINDOW_PER_THREAD = 4;

  private final EventExtractor extractor;
  private final int threads;
  private final Duration budget;

  /** A batch runner without a time budget. */
  public BatchExtractor(EventExtractor extractor, int threads) {
    this(extractor, threads, null);
  }

  /**
   * A batch runner.
   *
   * @param budget the longest one document may take, or null for no limit
   */
  public BatchExtractor(EventExtractor extractor, int threads, Duration budget) {
    Preconditions.checkArgument(threads >= 1, "threads must be >= 1");
    Preconditions.checkArgument(budget == null || !budget.isNegative() && !budget.isZero(), "budget must be positive");
    this.extractor = Preconditions.checkNotNull(extractor);
    this.threads = threads;
    this.budget = budget;
  }

  /** Processes every input, calling {@code sink} once per input, in input order. */
  public void run(Iterator<Input> inputs, Consumer<Result> sink) {
    // a cached pool plus a permit per running document: a worker abandoned after its budget
    // expired gives its permit back at once, so the batch keeps its full parallelism
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "hadath-batch");
      t.setDaemon(true);
      return t;
    });
    // the budget is enforced by a watchdog per started document, whatever the order in
    // which results are collected
    java.util.concurrent.ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "hadath-budget");
      t.setDaemon(true);
      return t;
    });
    Semaphore permits = new Semaphore(threads, true);
    try {
      Deque<Task> inFlight = new ArrayDeque<>();
      while (inputs.hasNext() || !inFlight.isEmpty()) {
        while (inputs.hasNext() && inFlight.size() < WINDOW_PER_THREAD * threads) {
          Input in = inputs.next();
          Task task = new Task(in);
          task.future = pool.submit(() -> {
            permits.acquireUninterruptibly();
            if (budget != null) {
              watchdog.schedule(() -> expire(task, permits), budget.toNanos(), TimeUnit.NANOSECONDS);
            }
            try {
              return process(in);
            } finally {
              if (task.released.compareAndSet(false, true)) {
                permits.release();
              }
            }
          });
          inFlight.add(task);
        }
        sink.accept(await(inFlight.poll()));
      }
    } finally {
      watchdog.shutdownNow();
      pool.shutdownNow();
    }
  }

  /** One submitted document. */
  private static final class Task {
    final Input input;
    volatile Future<Result> future;
    volatile boolean timedOut;
    final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();

    Task(Input input) {
      this.input = input;
    }
  }

  /** The budget ran out: free the worker's permit and interrupt the document. */
  private static void expire(Task t, Semaphore permits) {
    Future<Result> f = t.future;
    if (f == null || f.isDone()) {
      return;
    }
    t.timedOut = true;
    if (t.released.compareAndSet(false, true)) {
      permits.release();
    }
    f.cancel(true);
  }

  private Result await(Task t) {
    try {
      return t.future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      return new Result(t.input.id(), null, t.input.id() + ": " + e.getCause());
    } catch (java.util.concurrent.CancellationException e) {
      return new Result(t.input.id(), null, t.input.id() + (t.timedOut
          ? ": time budget of " + budget.toMillis() + " ms exceeded; document skipped" : ": cancelled"));
    }
  }

  private Result process(Input in) {
    try {
      String text = in.text().get();
      return new Result(in.id(), extractor.extract(in.id(), text, in.date()), null);
    } catch (Error e) {
      // CoreNLP's lexers signal bad input with java.lang.Error; out of memory and stack
      // overflow also end this document only, never the batch
      return new Result(in.id(), null, in.id() + ": " + e);
    } catch (RuntimeException e) {
      String m = e.getMessage();
      return new Result(in.id(), null, m != null && m.startsWith(in.id()) ? m : in.id() + ": " + e);
    }
  }

}
