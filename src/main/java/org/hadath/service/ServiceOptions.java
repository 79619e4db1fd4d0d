package org.hadath.service;

import com.google.common.base.Preconditions;
import java.time.Duration;

/**
 * Settings of {@link EventService}: where it listens and the bounds that keep it up under
 * bad or heavy input.
 *
 * @param host the address to bind (default 127.0.0.1: only this machine can connect)
 * @param port the TCP port (0 picks a free one)
 * @param maxRequestBytes largest request body accepted (larger gets 413)
 * @param timeout longest time one document may take (longer gets 422 and its work is interrupted)
 * @param maxConcurrent documents analysed at once (more gets 503 at once, not a queue)
 */
public record ServiceOptions(String host, int port, int maxRequestBytes, Duration timeout, int maxConcurrent) {
  /** The default address: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The default port. */
  public static final int DEFAULT_PORT = 8686;

  public ServiceOptions {
    Preconditions.checkNotNull(host, "host");
    Preconditions.checkArgument(port >= 0 && port <= 65535, "port must be 0..65535, got %s", port);
    Preconditions.checkArgument(maxRequestBytes > 0, "maxRequestBytes must be positive");
    Preconditions.checkArgument(timeout != null && !timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
    Preconditions.checkArgument(maxConcurrent > 0, "maxConcurrent must be positive");
  }

  /** Loopback, port 8686, 2 MB requests, 120 s per document, as many documents at once as cores. */
  public static ServiceOptions defaults() {
    return new ServiceOptions(DEFAULT_HOST, DEFAULT_PORT, 2 * 1024 * 1024, Duration.ofSeconds(120),
        Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  /** The same options on another host. */
  public ServiceOptions withHost(String h) {
    return new ServiceOptions(h, port, maxRequestBytes, timeout, maxConcurrent);
  }

  /** The same options on another port. */
  public ServiceOptions withPort(int p) {
    return new ServiceOptions(host, p, maxRequestBytes, timeout, maxConcurrent);
  }

  /** The same options with another request size limit. */
  public ServiceOptions withMaxRequestBytes(int n) {
    return new ServiceOptions(host, port, n, timeout, maxConcurrent);
  }

  /** The same options with another time budget per document. */
  public ServiceOptions withTimeout(Duration t) {
    return new ServiceOptions(host, port, maxRequestBytes, t, maxConcurrent);
  }

  /** The same options with another concurrency limit. */
  public ServiceOptions withMaxConcurrent(int n) {
    return new ServiceOptions(host, port, maxRequestBytes, timeout, n);
  }
}
