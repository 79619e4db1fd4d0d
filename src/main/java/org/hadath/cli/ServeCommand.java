package org.hadath.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hadath.entities.time.DateWindow;
import org.hadath.events.EventExtractor;
import org.hadath.service.EventService;
import org.hadath.service.ServiceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hadath serve}: the HTTP service and review page ({@link EventService}) until the
 * process is stopped (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve POST /extract, GET /health and the review page at GET / over HTTP.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for all interfaces)")
  String host = ServiceOptions.DEFAULT_HOST;

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default ${DEFAULT-VALUE}; 0 = any free port)")
  int port = ServiceOptions.DEFAULT_PORT;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "time budget per document; over it the request gets 422 (default ${DEFAULT-VALUE})")
  int timeoutSeconds = (int) ServiceOptions.defaults().timeout().toSeconds();

  @Option(names = "--max-concurrent", paramLabel = "N",
      description = "documents analysed at once; more get 503 (default: available cores)")
  int maxConcurrent = ServiceOptions.defaults().maxConcurrent();

  @Option(names = "--max-request-bytes", paramLabel = "N",
      description = "largest request body; larger gets 413 (default ${DEFAULT-VALUE})")
  int maxRequestBytes = ServiceOptions.defaults().maxRequestBytes();

  @Option(names = "--max-chars", paramLabel = "N",
      description = "largest document in characters; longer gets 413 (default ${DEFAULT-VALUE})")
  int maxChars = EventExtractor.DEFAULT_MAX_DOCUMENT_CHARS;

  @Option(names = "--year-window", paramLabel = "FROM/TO",
      description = "the days the documents were written in (YYYY-MM-DD/YYYY-MM-DD, or one date: the year up to it):"
          + " a date written without its year takes the one year of it that fits its weekday, else stays partial"
          + " (XXXX-MM-DD), as in hadath extract (default: none)")
  String yearWindow;

  @Override
  public Integer call() throws Exception {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    ServiceOptions options;
    try {
      options = new ServiceOptions(host, port, maxRequestBytes, Duration.ofSeconds(timeoutSeconds), maxConcurrent);
    } catch (IllegalArgumentException e) {
      err.println("hadath: error: " + e.getMessage());
      return 2;
    }
    EventExtractor.Builder builder;
    try {
      builder = extractor();
    } catch (IllegalArgumentException e) {
      err.println("hadath: error: --year-window: " + e.getMessage());
      return 2;
    }
    err.println("hadath: loading models...");
    EventExtractor extractor = builder.build();
    extractor.extract("warm-up", ".", null); // build the pipeline before the first caller waits
    EventService service;
    try {
      service = EventService.start(extractor, options);
    } catch (java.io.IOException e) {
      err.println("hadath: error: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.close();
      stopped.countDown();
    }));
    err.println("hadath: serving on " + service.uri() + " (review page at /, POST /extract, GET /health; Ctrl-C stops)");
    stopped.await();
    return 0;
  }

  /**
   * The extractor's settings from the options (models load on {@code build()}).
   *
   * @throws IllegalArgumentException when {@code --year-window} is no window
   */
  EventExtractor.Builder extractor() {
    return EventExtractor.builder().maxDocumentChars(Math.max(1, maxChars))
        .dateWindow(yearWindow == null ? null : DateWindow.parse(yearWindow));
  }
}
