package org.hadath.events;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Extracts many documents over several threads with one shared {@link EventExtractor},
 * streaming: at most {@code 32 × threads} documents are in flight, and each result is handed
 * to the consumer as soon as it and all documents before it are done, in input order. Memory
 * stays flat however many documents there are. Every input yields exactly one
 * {@link Result} — its events or its error — so no document is ever silently lost.
 *
 * <p>A per-document time budget (optional) bounds the damage of a pathological document: on
 * expiry the document is reported as failed with its id, its worker is interrupted (the
 * pipeline stops at the next sentence or stage) and leaves when it returns, and a fresh
 * worker takes its place at once, so the batch keeps its parallelism.
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

  /**
   * The outcome for one input: events, or an error message naming the document and the
   * exception behind it ({@code cause}, null on success or when there is none, e.g. an expired
   * time budget), for callers that show stack traces on request.
   */
  public record Result(String id, DocumentEvents events, String error, Throwable cause) {
    /** A result without a cause. */
    public Result(String id, DocumentEvents events, String error) {
      this(id, events, error, null);
    }

    public boolean ok() {
      return error == null;
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BatchExtractor.class);

  /**
   * Documents in flight per worker. Results are handed on in input order, so one long
   * document holds back the ones after it; a window of many documents per worker keeps the
   * workers busy meanwhile (a document not yet started holds no text), while memory stays
   * bounded.
   */
  static final int WINDOW_PER_THREAD = 32;

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

  /** Processes every input (a list, or any iterable read once), calling {@code sink} once per input, in input order. */
  public void run(Iterable<Input> inputs, Consumer<Result> sink) {
    run(inputs.iterator(), sink);
  }

  /** Processes every input, calling {@code sink} once per input, in input order. */
  public void run(Iterator<Input> inputs, Consumer<Result> sink) {
    Run r = new Run(inputs);
    for (int i = 0; i < threads; i++) {
      r.startWorker();
    }
    try {
      for (Task t; (t = r.nextToEmit()) != null; ) {
        sink.accept(await(t));
        r.emitted();
      }
    } finally {
      r.stop();
    }
  }

  /**
   * One run's shared state. Workers pull the next input themselves (no hand-over of each
   * document to a waiting thread, which on small documents cost more than the work); the
   * caller's thread emits results in input order.
   */
  private final class Run {
    private final Iterator<Input> inputs;
    private final Deque<Task> pending = new ArrayDeque<>(); // started or finished, not yet emitted
    private final ScheduledExecutorService watchdog;
    private boolean exhausted;
    private boolean stopped;

    Run(Iterator<Input> inputs) {
      this.inputs = inputs;
      // the budget is enforced by a watchdog per started document, whatever the order in
      // which results are collected
      this.watchdog = budget == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hadath-budget");
        t.setDaemon(true);
        return t;
      });
    }

    void startWorker() {
      Thread t = new Thread(this::work, "hadath-batch");
      t.setDaemon(true);
      t.start();
    }

    private void work() {
      for (Task next; (next = take()) != null; ) {
        Task t = next;
        t.thread = Thread.currentThread();
        ScheduledFuture<?> alarm = watchdog == null ? null
            : watchdog.schedule(() -> expire(t), budget.toNanos(), TimeUnit.NANOSECONDS);
        Result r = process(t.input);
        if (alarm != null) {
          alarm.cancel(false);
        }
        synchronized (t) {
          if (t.abandoned) {
            return; // a replacement worker has taken this one's place
          }
          t.result.complete(r);
        }
      }
    }

    /** The next input for a worker, or null when there is none (or the run stopped). */
    private synchronized Task take() {
      while (!stopped && pending.size() >= WINDOW_PER_THREAD * threads) {
        awaitChange();
      }
      if (stopped || exhausted) {
        return null;
      }
      Input in;
      try {
        if (!inputs.hasNext()) {
          exhausted = true;
          notifyAll();
          return null;
        }
        in = inputs.next();
      } catch (RuntimeException e) {
        // a failing input source ends the run; the caller sees the error
        exhausted = true;
        Task t = new Task(null);
        t.result.completeExceptionally(e);
        pending.add(t);
        notifyAll();
        return null;
      }
      Task t = new Task(in);
      pending.add(t);
      notifyAll();
      return t;
    }

    /** The oldest task not yet emitted, waiting for it to be taken; null at the end. */
    synchronized Task nextToEmit() {
      while (pending.isEmpty() && !exhausted) {
        awaitChange();
      }
      return pending.peekFirst();
    }

    synchronized void emitted() {
      pending.pollFirst();
      notifyAll();
    }

    synchronized void stop() {
      stopped = true;
      notifyAll();
      if (watchdog != null) {
        watchdog.shutdownNow();
      }
    }

    /** The budget ran out: fail the document, interrupt it, and put a fresh worker in its place. */
    private void expire(Task t) {
      synchronized (t) {
        if (t.result.isDone()) {
          return;
        }
        t.abandoned = true;
        t.result.complete(new Result(t.input.id(), null, t.input.id() + ": time budget of "
            + budget.toMillis() + " ms exceeded; document skipped"));
      }
      t.thread.interrupt(); // the pipeline stops at its next sentence or stage
      synchronized (this) {
        if (!stopped) {
          startWorker();
        }
      }
    }

    private void awaitChange() {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  /** One document taken by a worker. */
  private static final class Task {
    final Input input;
    final CompletableFuture<Result> result = new CompletableFuture<>();
    volatile Thread thread;
    boolean abandoned; // guarded by this

    Task(Input input) {
      this.input = input;
    }
  }

  private static Result await(Task t) {
    try {
      return t.result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re; // the input source failed
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Result process(Input in) {
    try {
      String text = in.text().get();
      return new Result(in.id(), extractor.extract(in.id(), text, in.date()), null);
    } catch (Error e) {
      // CoreNLP's lexers signal bad input with java.lang.Error; out of memory and stack
      // overflow also end this document only, never the batch
      LOG.debug("{}: failed", in.id(), e);
      return new Result(in.id(), null, in.id() + ": " + e, e);
    } catch (RuntimeException e) {
      LOG.debug("{}: failed", in.id(), e);
      String m = e.getMessage();
      return new Result(in.id(), null, m != null && m.startsWith(in.id()) ? m : in.id() + ": " + e, e);
    }
  }

}
