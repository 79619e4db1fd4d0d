package org.hadath.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hadath.output.AcledRows;
import org.hadath.testing.SharedExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The HTTP service on a free loopback port: its answers, and its bounds on bad or heavy input. */
@Timeout(300)
class EventServiceTest {
  // Invented news text.
  static final String TEXT = "قصفت طائرات حربية فجر اليوم بلدة كفرنبل في ريف إدلب الجنوبي، ما أدى إلى مقتل "
      + "ثلاثة مدنيين وإصابة ستة آخرين، بحسب ما أفاد الدفاع المدني.";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static EventService service;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    service = EventService.start(SharedExtractor.get(),
        ServiceOptions.defaults().withPort(0).withMaxRequestBytes(64 * 1024).withMaxConcurrent(2));
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return post(service.uri(), path, contentType, body);
  }

  static HttpResponse<String> post(URI base, String path, String contentType, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(240))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(service.uri().resolve(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void listensOnLoopbackOnly() {
    assertTrue(service.address().getAddress().isLoopbackAddress(), service.address().toString());
  }

  @Test
  void healthAnswers() throws Exception {
    HttpResponse<String> r = get("/health");
    assertEquals(200, r.statusCode());
    assertEquals("ok", MAPPER.readTree(r.body()).path("status").asText());
  }

  @Test
  void plainTextGivesTheEventJson() throws Exception {
    HttpResponse<String> r = post("/extract?id=raid-1", "text/plain; charset=utf-8", TEXT);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode doc = MAPPER.readTree(r.body());
    assertEquals("raid-1", doc.path("doc").asText());
    JsonNode strike = doc.path("events").get(0);
    assertEquals("STRIKE", strike.path("type").asText());
    assertEquals("قصفت", strike.path("trigger").path("text").asText());
    int b = strike.path("trigger").path("begin").asInt();
    assertEquals("قصفت", TEXT.substring(b, strike.path("trigger").path("end").asInt()), "offsets into the sent text");
    assertEquals(3, strike.path("casualties").get(0).path("min").asInt(), r.body());
  }

  @Test
  void jsonBodyWithIdAndDateAndCsvFormat() throws Exception {
    String body = MAPPER.writeValueAsString(java.util.Map.of("id", "j-7", "text", TEXT, "date", "2026-02-03"));
    HttpResponse<String> r = post("/extract?format=csv", "application/json", body);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String[] lines = r.body().split("\r\n");
    assertEquals(String.join(",", AcledRows.HEADER), lines[0]);
    assertTrue(lines.length >= 2 && lines[1].startsWith("j-7-1,") && lines[1].contains(",STRIKE,"), r.body());

    HttpResponse<String> jl = post("/extract?format=jsonl", "application/json", body);
    assertEquals(200, jl.statusCode());
    assertEquals(1, jl.body().strip().split("\n").length);
    assertEquals("j-7", MAPPER.readTree(jl.body()).path("doc").asText());
  }

  @Test
  void badInputGetsA4xxJsonErrorAndTheServiceStaysUp() throws Exception {
    assertError(post("/extract", "application/json", "{\"text\": "), 400, "not valid JSON");
    assertError(post("/extract", "application/json", "[1, 2]"), 400, "must be an object");
    assertError(post("/extract", "application/json", "{\"text\": 5}"), 400, "\"text\"");
    assertError(post("/extract", "application/json", "{\"text\": \"x\", \"date\": \"yesterday\"}"), 400, "YYYY-MM-DD");
    assertError(post("/extract?format=xml", "text/plain", TEXT), 400, "unknown format");
    assertError(post("/extract", "image/png", "x"), 415, "text/plain");
    assertError(post("/extract", "text/plain", "ا".repeat(40_000)), 413, "over 65536 bytes");
    assertError(get("/extract"), 405, "POST");
    assertError(get("/no-such-page"), 404, "no such page");
    HttpResponse<byte[]> bad = client.send(HttpRequest.newBuilder(service.uri().resolve("/extract"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0xC3, 0x28}))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(400, bad.statusCode());
    assertEquals(200, get("/health").statusCode());
    assertEquals(200, post("/extract", "text/plain", TEXT).statusCode());
  }

  @Test
  void emptyTextIsAnEmptyResult() throws Exception {
    HttpResponse<String> r = post("/extract", "text/plain", "");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(0, MAPPER.readTree(r.body()).path("events").size());
  }

  @Test
  void aDocumentOverTheTimeBudgetIs422AndTheServiceRecovers() throws Exception {
    try (EventService slow = EventService.start(SharedExtractor.get(),
        ServiceOptions.defaults().withPort(0).withTimeout(Duration.ofMillis(1)).withMaxConcurrent(1))) {
      String longText = (TEXT + "\n").repeat(40);
      HttpResponse<String> r = post(slow.uri(), "/extract", "text/plain", longText);
      assertEquals(422, r.statusCode(), r.body());
      assertTrue(MAPPER.readTree(r.body()).path("error").asText().contains("longer than"), r.body());
      // the interrupted work frees its slot: the service answers again within seconds
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      int busy;
      do {
        Thread.sleep(100);
        busy = MAPPER.readTree(client.send(HttpRequest.newBuilder(slow.uri().resolve("/health")).build(),
            HttpResponse.BodyHandlers.ofString()).body()).path("busy").asInt();
      } while (busy > 0 && System.nanoTime() < deadline);
      assertEquals(0, busy, "the slot of the abandoned document was freed");
    }
  }

  @Test
  void servesTheReviewPageFromTheJar() throws Exception {
    HttpResponse<String> r = get("/");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("dir=\"rtl\""));
    assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
    assertEquals(200, get("/review.js").statusCode());
    assertEquals(200, get("/review.css").statusCode());
    assertTrue(!r.body().contains("http://") && !r.body().contains("https://"), "nothing loaded from elsewhere");
  }

  private static void assertError(HttpResponse<String> r, int status, String message) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode n = MAPPER.readTree(r.body());
    assertEquals(status, n.path("status").asInt());
    assertTrue(n.path("error").asText().contains(message), r.body());
  }
}
