package dev.flamefix.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import jdk.jfr.Recording;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest API over HTTP against a real server on the embedded database: accepted payloads in
 * both body shapes, every kind of refusal with its status, reason and metric, and the read API on
 * what was accepted.
 */
class IngestApiTest {

  @TempDir static Path dataDir;
  static TestServer server;
  static final long T0 = System.currentTimeMillis() / 1000 - 1800;

  @BeforeAll
  static void start() {
    // Small limits so the oversize cases stay small on the wire.
    server =
        TestServer.h2(
            dataDir,
            Map.of(
                "flamefix.ingest.max-compressed-size", "64KB",
                "flamefix.ingest.max-decompressed-size", "256KB",
                "flamefix.ingest.max-stack-depth", "64"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String range(long fromSec, long toSec) {
    return "from=" + fromSec + "&to=" + toSec;
  }

  @Test
  void foldedWindowsAreStoredAndServedAsAppsFlameGraphsAndHotspots() {
    HttpResponse<String> r1 =
        server.ingest(ShopProfiles.query("shop", T0), TestServer.gzip(ShopProfiles.BASE));
    HttpResponse<String> r2 =
        server.ingest(ShopProfiles.query("shop", T0 + 10), ShopProfiles.LATER.getBytes(StandardCharsets.UTF_8));
    assertThat(r1.statusCode()).as(r1.body()).isEqualTo(200);
    assertThat(r2.statusCode()).as(r2.body()).isEqualTo(200);
    JsonNode stored = TestServer.parse(r1.body());
    assertThat(stored.get("app").asText()).isEqualTo("shop");
    assertThat(stored.get("windows").get(0).get("event").asText()).isEqualTo("cpu");
    assertThat(stored.get("windows").get(0).get("samples").asLong()).isEqualTo(100);

    JsonNode apps = server.getJson("/api/apps");
    JsonNode shop = null;
    for (JsonNode a : apps) {
      if (a.get("name").asText().equals("shop")) {
        shop = a;
      }
    }
    assertThat(shop).isNotNull();
    assertThat(shop.get("events").get(0).asText()).isEqualTo("cpu");
    assertThat(shop.get("windows").asLong()).isEqualTo(2);
    assertThat(shop.get("samples").asLong()).isEqualTo(200);

    JsonNode flame = server.getJson("/api/apps/shop/flamegraph?" + range(T0, T0 + 20));
    assertThat(flame.get("name").asText()).isEqualTo("root");
    assertThat(flame.get("value").asLong()).isEqualTo(200);
    JsonNode handle = flame.get("children").get(0).get("children").get(0);
    assertThat(handle.get("name").asText()).isEqualTo("com.acme.shop.Checkout.handle");
    // Only the first window: 100 samples.
    assertThat(server.getJson("/api/apps/shop/flamegraph?" + range(T0, T0 + 10)).get("value").asLong())
        .isEqualTo(100);

    JsonNode hot = server.getJson("/api/apps/shop/hotspots?" + range(T0, T0 + 20) + "&limit=5");
    assertThat(hot.get("totalSamples").asLong()).isEqualTo(200);
    JsonNode first = hot.get("hotspots").get(0);
    JsonNode second = hot.get("hotspots").get(1);
    // Report.render: 30 + 90 = 120 of 200; Pricing.slowTotal: 70 + 10 = 80 (HashMap.get charged to it).
    assertThat(first.get("method").asText()).isEqualTo("com.acme.shop.Report#render");
    assertThat(first.get("selfShare").asDouble()).isEqualTo(0.6);
    assertThat(first.get("trend").asText()).isEqualTo("GROWING");
    assertThat(second.get("method").asText()).isEqualTo("com.acme.shop.Pricing#slowTotal");
    assertThat(second.get("selfShare").asDouble()).isEqualTo(0.4);
    assertThat(second.get("trend").asText()).isEqualTo("SHRINKING");
    assertThat(server.getJson("/api/apps/shop/hotspots?" + range(T0, T0 + 20) + "&limit=1")
            .get("hotspots").size())
        .isEqualTo(1);

    JsonNode diff =
        server.getJson(
            "/api/apps/shop/flamegraph/diff?baseFrom="
                + T0
                + "&baseTo="
                + (T0 + 10)
                + "&"
                + range(T0 + 10, T0 + 20));
    JsonNode checkout = diff.get("children").get(0).get("children").get(0);
    JsonNode pricing = null;
    JsonNode report = null;
    for (JsonNode c : checkout.get("children")) {
      if (c.get("name").asText().endsWith("Pricing.slowTotal")) {
        pricing = c;
      } else if (c.get("name").asText().endsWith("Report.render")) {
        report = c;
      }
    }
    assertThat(report.get("delta").asDouble()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(pricing.get("delta").asDouble()).isCloseTo(-0.6, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void pyroscopeMultipartJfrIsAccepted() throws Exception {
    Path jfr = recordBusyJfr();
    byte[] gzJfr = TestServer.gzip(Files.readAllBytes(jfr));
    String boundary = "b" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jfr\"; filename=\"jfr\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    body.write(gzJfr);
    body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"labels\"; filename=\"labels\"\r\n"
            + "Content-Type: application/x-protobuf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    body.write(new byte[] {0x0a, 0x00});
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    long now = System.currentTimeMillis() / 1000;
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/ingest?name=jfrapp%7Bservice_name%3Djfrapp%7D&from="
                            + (now - 2) + "&until=" + now
                            + "&format=jfr&spyName=javaspy&units=samples&aggregationType=sum&sampleRate=100"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode flame = server.getJson("/api/apps/jfrapp/flamegraph?from=now-1h&event=cpu");
    assertThat(flame.get("value").asLong()).isPositive();
    assertThat(flame.toString()).contains("IngestApiTest.busySpin");
  }

  @Test
  void anOversizedMultipartIsRefusedAsTooLarge() throws Exception {
    String boundary = "b" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jfr\"; filename=\"jfr\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    body.write(new byte[80 * 1024]);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    double before = server.metric("flamefix_ingest_rejected_total", "reason=\"too_large\"");
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/ingest?name=big&format=jfr"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    assertThat(TestServer.parse(r.body()).get("reason").asText()).isEqualTo("too_large");
    assertThat(server.metric("flamefix_ingest_rejected_total", "reason=\"too_large\"")).isEqualTo(before + 1);
  }

  /** A JDK Flight Recorder recording of this JVM spinning in {@link #busySpin}. */
  private static Path recordBusyJfr() throws Exception {
    Path file = Files.createTempFile(dataDir, "busy", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
      recording.start();
      long sink = busySpin(System.nanoTime() + 600_000_000L);
      recording.stop();
      recording.dump(file);
      assertThat(sink).isNotZero();
    }
    return file;
  }

  static long busySpin(long untilNanos) {
    long x = 1;
    while (System.nanoTime() < untilNanos) {
      for (int i = 0; i < 10_000; i++) {
        x = x * 6364136223846793005L + 1442695040888963407L;
      }
    }
    return x | 1;
  }

  @Test
  void refusedPayloadsAnswer4xxWithReasonAreCountedAndLoseNothing() {
    server.ingest(ShopProfiles.query("keep", T0), TestServer.gzip(ShopProfiles.BASE));
    String q = ShopProfiles.query("keep", T0 + 10);

    assertRefused(q, "no count here\n".getBytes(StandardCharsets.UTF_8), 400, "malformed");
    assertRefused(q, new byte[70 * 1024], 413, "too_large");
    // 1 MiB of one repeated line gzips to ~1 KiB: a small bomb against the 256 KiB bound.
    assertRefused(q, TestServer.gzip("a;b 1\n".repeat(180_000)), 413, "too_large");
    byte[] truncated = TestServer.gzip(ShopProfiles.LATER);
    assertRefused(q, java.util.Arrays.copyOf(truncated, truncated.length / 2), 400, "bad_gzip");
    assertRefused(q, ("f;".repeat(100) + "g 1\n").getBytes(StandardCharsets.UTF_8), 400, "too_deep");
    assertRefused(q.replace("format=folded", "format=pprof"), TestServer.gzip(ShopProfiles.LATER), 400, "unsupported_format");
    assertRefused(q.replace("name=keep", "name=bad%20app"), TestServer.gzip(ShopProfiles.LATER), 400, "bad_request");
    assertRefused(q.replace("from=", "from=yesterday&x="), TestServer.gzip(ShopProfiles.LATER), 400, "bad_request");
    assertRefused(q.replace("format=folded", "format=jfr"), "not a recording".getBytes(StandardCharsets.UTF_8), 400, "bad_jfr");

    JsonNode flame = server.getJson("/api/apps/keep/flamegraph?" + range(T0, T0 + 60));
    assertThat(flame.get("value").asLong()).as("the window accepted before the refusals").isEqualTo(100);
    assertThat(server.getJson("/api/apps/keep").get("windows").asLong()).isEqualTo(1);
    assertThat(server.get("/actuator/health").body()).contains("\"UP\"");
  }

  private static void assertRefused(String query, byte[] body, int status, String reason) {
    double before = server.metric("flamefix_ingest_rejected_total", "reason=\"" + reason + "\"");
    HttpResponse<String> r = server.ingest(query, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith("application/problem+json"));
    JsonNode problem = TestServer.parse(r.body());
    assertThat(problem.get("reason").asText()).isEqualTo(reason);
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(server.metric("flamefix_ingest_rejected_total", "reason=\"" + reason + "\""))
        .as("rejections counted for " + reason)
        .isEqualTo(before + 1);
  }

  @Test
  void acceptedSamplesAndBytesAreCounted() {
    double samples = server.metric("flamefix_ingest_samples_total", "app=\"metered\"");
    double bytes = server.metric("flamefix_ingest_bytes_total", "app=\"metered\"");
    byte[] body = TestServer.gzip(ShopProfiles.BASE);
    assertThat(server.ingest(ShopProfiles.query("metered", T0), body).statusCode()).isEqualTo(200);
    assertThat(server.metric("flamefix_ingest_samples_total", "app=\"metered\"")).isEqualTo(samples + 100);
    assertThat(server.metric("flamefix_ingest_bytes_total", "app=\"metered\"")).isEqualTo(bytes + body.length);
  }

  @Test
  void anEmptyWindowIsAcceptedAndStoresNothing() {
    HttpResponse<String> r = server.ingest(ShopProfiles.query("idle", T0), new byte[0]);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(TestServer.parse(r.body()).get("windows")).isEmpty();
    assertThat(server.get("/api/apps/idle").statusCode()).isEqualTo(404);
  }

  @Test
  void unknownAppsAndBadQueriesAreClearErrors() {
    HttpResponse<String> missing = server.get("/api/apps/nope/hotspots");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(TestServer.parse(missing.body()).get("reason").asText()).isEqualTo("unknown_app");
    server.ingest(ShopProfiles.query("q", T0), TestServer.gzip(ShopProfiles.BASE));
    HttpResponse<String> badTime = server.get("/api/apps/q/flamegraph?from=soon");
    assertThat(badTime.statusCode()).isEqualTo(400);
    assertThat(badTime.body()).contains("invalid time 'soon'");
    assertThat(server.get("/api/apps/q/hotspots?limit=0").statusCode()).isEqualTo(400);
  }
}
