package org.hadath.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Splitter;
import java.net.HttpURLConnection;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hadath.output.OutputFormat;

/**
 * One {@code POST /extract} request, read from its body and query: a document (id, text,
 * optional date) and the output format wanted. The body is plain UTF-8 text (id and date
 * from {@code ?id=} and {@code ?date=}), or, with {@code Content-Type: application/json}, an
 * object {@code {"id": ..., "text": ..., "date": "YYYY-MM-DD"}}.
 *
 * @param id the document id ("doc" when not given)
 * @param text the document
 * @param date the document date, or null
 * @param format the response format ({@code ?format=json|jsonl|csv}, default json)
 */
record ExtractRequest(String id, String text, LocalDate date, OutputFormat format) {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int BAD = HttpURLConnection.HTTP_BAD_REQUEST;

  /**
   * Reads a request.
   *
   * @param contentType the Content-Type header, or null
   * @param rawQuery the URI's raw query, or null
   * @throws HttpError 400 for a malformed body, query, date or format, 415 for a body type
   *     other than text or JSON
   */
  static ExtractRequest parse(String contentType, String rawQuery, byte[] body) throws HttpError {
    Map<String, String> query = query(rawQuery);
    OutputFormat format;
    try {
      format = OutputFormat.parse(query.getOrDefault("format", "json"));
    } catch (IllegalArgumentException e) {
      throw new HttpError(BAD, e.getMessage());
    }
    String type = contentType == null ? "text/plain" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
    String chars = utf8(body);
    switch (type) {
      case "application/json": {
        JsonNode n;
        try {
          n = MAPPER.readTree(chars);
        } catch (JsonProcessingException e) {
          throw new HttpError(BAD, "body is not valid JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
          throw new HttpError(BAD, "JSON body must be an object {\"id\", \"text\", \"date\"}");
        }
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) {
          throw new HttpError(BAD, "JSON body needs a string field \"text\"");
        }
        return new ExtractRequest(string(n, "id", query.getOrDefault("id", "doc")), text.asText(),
            date(string(n, "date", query.get("date"))), format);
      }
      case "text/plain":
      case "application/x-www-form-urlencoded": // what curl --data sends when not told otherwise
        return new ExtractRequest(query.getOrDefault("id", "doc"), chars, date(query.get("date")), format);
      default:
        throw new HttpError(HttpURLConnection.HTTP_UNSUPPORTED_TYPE,
            "send text/plain (UTF-8) or application/json, not " + type);
    }
  }

  private static String string(JsonNode n, String field, String dflt) throws HttpError {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isTextual()) {
      throw new HttpError(BAD, "\"" + field + "\" must be a string");
    }
    return v.asText();
  }

  private static LocalDate date(String s) throws HttpError {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw new HttpError(BAD, "date must be YYYY-MM-DD, got '" + s + "'");
    }
  }

  private static String utf8(byte[] body) throws HttpError {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new HttpError(BAD, "body is not valid UTF-8");
    }
  }

  /** The query's parameters, decoded (the last of a repeated name wins). */
  static Map<String, String> query(String raw) throws HttpError {
    if (raw == null || raw.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new HashMap<>();
    try {
      for (String pair : Splitter.on('&').omitEmptyStrings().split(raw)) {
        var kv = Splitter.on('=').limit(2).splitToList(pair);
        out.put(URLDecoder.decode(kv.get(0), StandardCharsets.UTF_8),
            kv.size() > 1 ? URLDecoder.decode(kv.get(1), StandardCharsets.UTF_8) : "");
      }
    } catch (IllegalArgumentException e) {
      throw new HttpError(BAD, "malformed query string");
    }
    return out;
  }
}
