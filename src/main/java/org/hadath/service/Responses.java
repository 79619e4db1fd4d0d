package org.hadath.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends the service's responses: bodies with their length and type, JSON errors
 * ({@code {"error": message, "status": code}}), and the headers every response carries
 * (the page may load nothing from elsewhere).
 */
final class Responses {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Only this service's own scripts, styles and images; links to elsewhere still work. */
  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

  private Responses() {}

  /** Sends {@code body} with status and media type, then closes the exchange. */
  static void send(HttpExchange ex, int status, String mediaType, byte[] body) throws IOException {
    var h = ex.getResponseHeaders();
    h.set("Content-Type", mediaType);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Content-Security-Policy", CSP);
    h.set("Cache-Control", "no-store");
    boolean head = "HEAD".equalsIgnoreCase(ex.getRequestMethod());
    ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  /** Sends a JSON object. */
  static void json(HttpExchange ex, int status, ObjectNode body) throws IOException {
    send(ex, status, "application/json; charset=utf-8", MAPPER.writeValueAsBytes(body));
  }

  /** Sends a JSON error; never throws for a client that went away. */
  static void error(HttpExchange ex, int status, String message) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("error", message);
    n.put("status", status);
    try {
      json(ex, status, n);
    } catch (IOException e) {
      ex.close();
    }
  }

  /** A new JSON object to fill. */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** UTF-8 bytes of {@code s}. */
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
