package org.hadath.service;

import com.google.common.base.Preconditions;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.hadath.events.EventExtractor;

/**
 * Hadath over HTTP, on the JDK's {@link HttpServer}: {@code POST /extract} (plain text or
 * JSON {@code {id, text, date}}; {@code ?format=json|jsonl|csv}), {@code GET /health}, and
 * the review page at {@code GET /}. Binds to 127.0.0.1 unless told otherwise. Bounds are in
 * {@link ServiceOptions}; a bad request gets a 4xx JSON error and never stops the service.
 *
 * <pre>{@code
 * try (EventService s = EventService.start(EventExtractor.create(), ServiceOptions.defaults().withPort(0))) {
 *   URI base = s.uri();   // http://127.0.0.1:PORT/
 * }
 * }</pre>
 */
public final class EventService implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService handlers;
  private final ExecutorService workers;

  private EventService(HttpServer server, ExecutorService handlers, ExecutorService workers) {
    this.server = server;
    this.handlers = handlers;
    this.workers = workers;
  }

  /**
   * Starts serving.
   *
   * @throws IOException when the address cannot be bound (port taken, unknown host)
   */
  public static EventService start(EventExtractor extractor, ServiceOptions options) throws IOException {
    Preconditions.checkNotNull(extractor);
    Preconditions.checkNotNull(options);
    HttpServer server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
    Semaphore slots = new Semaphore(options.maxConcurrent());
    // handler threads beyond the analysis slots keep /health, the page and refusals answering
    ExecutorService handlers = Executors.newFixedThreadPool(options.maxConcurrent() + 4, daemon("hadath-http"));
    ExecutorService workers = Executors.newCachedThreadPool(daemon("hadath-extract"));
    server.setExecutor(handlers);
    server.createContext("/extract", new ExtractHandler(extractor, options, workers, slots));
    server.createContext("/health", ex -> {
      var n = Responses.object();
      n.put("status", "ok");
      n.put("busy", options.maxConcurrent() - slots.availablePermits());
      n.put("max_concurrent", options.maxConcurrent());
      Responses.json(ex, HttpURLConnection.HTTP_OK, n);
    });
    server.createContext("/", new StaticFiles());
    server.start();
    return new EventService(server, handlers, workers);
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** The address the service listens on (with the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The service's base URI, {@code http://HOST:PORT/}. */
  public URI uri() {
    InetSocketAddress a = address();
    String host = a.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
  }

  /** Stops accepting requests, gives running ones a second to finish, and stops the threads. */
  @Override
  public void close() {
    server.stop(1);
    handlers.shutdownNow();
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
