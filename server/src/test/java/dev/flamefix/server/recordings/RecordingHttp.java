package dev.flamefix.server.recordings;

import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The recording endpoints as agents and users call them, with optional bearer tokens. */
final class RecordingHttp {
  static final String METHOD = "com.acme.shop.Pricing#slowTotal";
  static final String KEY = "com.acme.shop.Pricing#slowTotal(java.lang.String,int)";

  private final TestServer server;
  private final String agentToken;
  private final String apiToken;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  RecordingHttp(TestServer server, String agentToken, String apiToken) {
    this.server = server;
    this.agentToken = agentToken;
    this.apiToken = apiToken;
  }

  /** Ingests a profile window so {@code app} is known to the server. */
  void profile(String app) {
    long t0 = System.currentTimeMillis() / 1000 - 60;
    HttpResponse<String> r = server.ingest(ShopProfiles.query(app, t0), TestServer.gzip(ShopProfiles.BASE),
        agentToken == null ? Map.of() : Map.of("Authorization", "Bearer " + agentToken));
    if (r.statusCode() != 200) {
      throw new AssertionError("ingest -> " + r.statusCode() + ": " + r.body());
    }
  }

  HttpResponse<String> request(String app, String json) {
    return send(user("/api/v1/apps/" + app + "/recordings")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Requests a recording and answers its id (201 required). */
  String requestId(String app, String json) {
    HttpResponse<String> r = request(app, json);
    if (r.statusCode() != 201) {
      throw new AssertionError("request -> " + r.statusCode() + ": " + r.body());
    }
    return TestServer.parse(r.body()).get("id").asText();
  }

  HttpResponse<String> get(String path) {
    return send(user(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> envelope(String id) {
    return send(user("/api/v1/recordings/" + id + "/envelope").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> poll(String app, String pid) {
    return send(agent("/api/v1/agent/recordings/next?app=" + enc(app) + "&pid=" + pid + "&host=h1")
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Polls and answers the claimed request's properties (200 required). */
  Properties claim(String app, String pid) {
    HttpResponse<String> r = poll(app, pid);
    if (r.statusCode() != 200) {
      throw new AssertionError("poll -> " + r.statusCode() + ": " + r.body());
    }
    return properties(r.body());
  }

  HttpResponse<String> upload(String id, byte[] envelope) {
    return send(agent("/api/v1/agent/recordings/" + id)
        .header("Content-Type", RecordingBatch.CONTENT_TYPE)
        .POST(HttpRequest.BodyPublishers.ofByteArray(envelope)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static Properties properties(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** An envelope of {@code calls} calls whose payloads are {@code payloadBytes} bytes of {@code fill}. */
  static byte[] envelope(String id, String app, String method, RecordingBatch.Status status, int calls,
      int payloadBytes, byte fill, Map<String, Long> skipped) {
    List<RecordedCall> list = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      byte[] payload = new byte[payloadBytes];
      java.util.Arrays.fill(payload, fill);
      payload[0] = (byte) i;
      list.add(new RecordedCall(1_000 + i, payload));
    }
    RecordingBatch batch = new RecordingBatch(id, app, method, status,
        status == RecordingBatch.Status.COMPLETED ? "" : "stopped", 1_000, 2_000, calls * 3L, skipped, list);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      batch.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] envelope(String id, String app, int calls, byte fill) {
    return envelope(id, app, KEY, RecordingBatch.Status.COMPLETED, calls, 16, fill, Map.of());
  }

  private HttpRequest.Builder user(String path) {
    return bearer(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)), apiToken);
  }

  private HttpRequest.Builder agent(String path) {
    return bearer(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)), agentToken);
  }

  private static HttpRequest.Builder bearer(HttpRequest.Builder b, String token) {
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
