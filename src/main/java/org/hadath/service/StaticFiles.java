package org.hadath.service;

import com.google.common.collect.ImmutableMap;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;

/**
 * Serves the review page ({@code GET /}) and its script and style from the jar
 * ({@code hadath/web/}): a fixed list of files read once, so no request path can reach any
 * other resource. Anything else under {@code /} is a 404 JSON error.
 */
final class StaticFiles implements HttpHandler {
  private static final String ROOT = "hadath/web/";
  /** Request path → file and media type. */
  private static final ImmutableMap<String, String[]> FILES = ImmutableMap.of(
      "/", new String[] {"index.html", "text/html; charset=utf-8"},
      "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
      "/review.js", new String[] {"review.js", "text/javascript; charset=utf-8"},
      "/review.css", new String[] {"review.css", "text/css; charset=utf-8"});

  private final ImmutableMap<String, byte[]> content;

  StaticFiles() {
    ImmutableMap.Builder<String, byte[]> b = ImmutableMap.builder();
    FILES.values().stream().map(f -> f[0]).distinct().forEach(name -> b.put(name, read(name)));
    this.content = b.build();
  }

  private static byte[] read(String name) {
    try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("review page file missing from the jar: " + ROOT + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String m = ex.getRequestMethod();
    if (!"GET".equalsIgnoreCase(m) && !"HEAD".equalsIgnoreCase(m)) {
      ex.getResponseHeaders().set("Allow", "GET, HEAD");
      Responses.error(ex, HttpURLConnection.HTTP_BAD_METHOD, "use GET");
      return;
    }
    String[] f = FILES.get(ex.getRequestURI().getPath());
    if (f == null) {
      Responses.error(ex, HttpURLConnection.HTTP_NOT_FOUND,
          "no such page: the service has GET /, GET /health and POST /extract");
      return;
    }
    Responses.send(ex, HttpURLConnection.HTTP_OK, f[1], content.get(f[0]));
  }
}
