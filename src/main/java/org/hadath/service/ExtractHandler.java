package org.hadath.service;

import com.google.common.base.Throwables;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventExtractor;
import org.hadath.output.EventWriter;
import org.hadath.util.ModelFormatException;

/**
 * {@code POST /extract}: one document in, its frames out in the requested format. Bounded
 * three ways so that one caller cannot take the service down: the body size (413), the
 * number of documents analysed at once (503 at once when all slots are busy), and the time
 * per document (422; the work is interrupted and its slot freed when it stops). Every failure
 * is a JSON error; the service keeps serving.
 */
final class ExtractHandler implements HttpHandler {
  private final EventExtractor extractor;
  private final ServiceOptions options;
  private final ExecutorService workers;
  private final Semaphore slots;

  ExtractHandler(EventExtractor extractor, ServiceOptions options, ExecutorService workers, Semaphore slots) {
    this.extractor = extractor;
    this.options = options;
    this.workers = workers;
    this.slots = slots;
  }

  @Override
  public void handle(HttpExchange ex) {
    try {
      if (!"POST".equalsIgnoreCase(ex.getRequestMethod())) {
        ex.getResponseHeaders().set("Allow", "POST");
        throw new HttpError(HttpURLConnection.HTTP_BAD_METHOD, "use POST with the text as the body");
      }
      byte[] body = readBody(ex);
      ExtractRequest req = ExtractRequest.parse(ex.getRequestHeaders().getFirst("Content-Type"),
          ex.getRequestURI().getRawQuery(), body);
      DocumentEvents doc = run(req);
      StringWriter out = new StringWriter();
      try (EventWriter w = req.format().open(out)) {
        w.write(doc);
      }
      Responses.send(ex, HttpURLConnection.HTTP_OK, req.format().mediaType() + "; charset=utf-8",
          Responses.utf8(out.toString()));
    } catch (HttpError e) {
      Responses.error(ex, e.status(), e.getMessage());
    } catch (IOException e) {
      ex.close(); // the client went away
    } catch (RuntimeException | Error e) {
      Responses.error(ex, HttpURLConnection.HTTP_INTERNAL_ERROR, "internal error: " + e);
    }
  }

  private byte[] readBody(HttpExchange ex) throws IOException, HttpError {
    int max = options.maxRequestBytes();
    String declared = ex.getRequestHeaders().getFirst("Content-Length");
    try (InputStream in = ex.getRequestBody()) {
      long length;
      try {
        length = declared == null ? -1 : Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw new HttpError(HttpURLConnection.HTTP_BAD_REQUEST, "bad Content-Length");
      }
      byte[] b = length > max ? new byte[max + 1] : in.readNBytes(max + 1);
      if (b.length > max) {
        // read what was sent (up to a limit) so the client hears the 413 instead of a reset connection
        drain(in);
        throw tooLarge(max);
      }
      return b;
    }
  }

  /** Most bytes of an oversized body read and thrown away before answering 413. */
  private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

  private static void drain(InputStream in) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while (total < DRAIN_LIMIT && (n = in.read(buf)) > 0) {
      total += n;
    }
  }

  private static HttpError tooLarge(int max) {
    return new HttpError(HttpURLConnection.HTTP_ENTITY_TOO_LARGE, "request body over " + max + " bytes");
  }

  /** Runs the extraction on a worker within the slot and time bounds. */
  private DocumentEvents run(ExtractRequest req) throws HttpError {
    if (!slots.tryAcquire()) {
      throw new HttpError(HttpURLConnection.HTTP_UNAVAILABLE,
          "busy: " + options.maxConcurrent() + " documents are being analysed; retry shortly");
    }
    AtomicReference<Thread> worker = new AtomicReference<>();
    Future<DocumentEvents> f;
    try {
      // the slot is freed when the work really stops, not when the caller gives up on it
      f = workers.submit(() -> {
        worker.set(Thread.currentThread());
        try {
          return extractor.extract(req.id(), req.text(), req.date());
        } finally {
          synchronized (worker) { // no interrupt may reach this pooled thread once it is done
            worker.set(null);
            Thread.interrupted();
          }
          slots.release();
        }
      });
    } catch (RejectedExecutionException e) {
      slots.release();
      throw new HttpError(HttpURLConnection.HTTP_UNAVAILABLE, "service is shutting down");
    }
    try {
      return f.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      synchronized (worker) {
        Thread t = worker.get();
        if (t != null) {
          t.interrupt();
        }
      }
      throw new HttpError(422, "document took longer than " + options.timeout().toSeconds()
          + " s and was abandoned");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpError(HttpURLConnection.HTTP_UNAVAILABLE, "interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof ModelFormatException) {
        throw new HttpError(HttpURLConnection.HTTP_INTERNAL_ERROR, c.getMessage());
      }
      if (c instanceof IllegalArgumentException) {
        throw new HttpError(c.getMessage() != null && c.getMessage().contains("exceeds the limit")
            ? HttpURLConnection.HTTP_ENTITY_TOO_LARGE : HttpURLConnection.HTTP_BAD_REQUEST, c.getMessage());
      }
      if (c instanceof CancellationException) {
        throw new HttpError(422, "document analysis was interrupted");
      }
      throw new HttpError(HttpURLConnection.HTTP_INTERNAL_ERROR,
          "could not analyse the document: " + Throwables.getRootCause(c));
    }
  }
}
