package dev.flamefix.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.server.FlamefixServerApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real flamefix server on a random loopback port, started and stopped by a test (so a test can
 * restart it on the same database), with small HTTP helpers.
 */
public final class TestServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConfigurableApplicationContext context;
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(ConfigurableApplicationContext context) {
    this.context = context;
    this.port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
  }

  /** A server on the embedded H2 default, with its database under {@code dataDir}. */
  public static TestServer h2(Path dataDir, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>();
    props.put("flamefix.data-dir", dataDir.toAbsolutePath().toString());
    props.putAll(extra);
    return start(props);
  }

  /** A server with exactly these properties (plus a random port). */
  public static TestServer start(Map<String, Object> properties) {
    Map<String, Object> props = new HashMap<>(properties);
    props.putIfAbsent("server.port", 0);
    props.putIfAbsent("server.address", "127.0.0.1");
    // As command-line arguments: they outrank application.yml (builder "properties" would not).
    String[] args =
        props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    ConfigurableApplicationContext ctx =
        new SpringApplicationBuilder(FlamefixServerApplication.class).run(args);
    return new TestServer(ctx);
  }

  /** The Spring context, for tests that look inside. */
  public ConfigurableApplicationContext context() {
    return context;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** GET a path; the response whatever its status. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build());
  }

  /** GET a path that must answer 200 with JSON. */
  public JsonNode getJson(String path) {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + " -> " + r.statusCode() + ": " + r.body());
    }
    return parse(r.body());
  }

  /** POST a body to {@code /ingest?<query>}. */
  public HttpResponse<String> ingest(String query, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/ingest?" + query))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return send(b.build());
  }

  /** POST a body to {@code /ingest?<query>} without extra headers. */
  public HttpResponse<String> ingest(String query, byte[] body) {
    return ingest(query, body, Map.of());
  }

  /**
   * The sum of a Prometheus metric's samples whose label text contains every one of {@code
   * labelFilters} (e.g. {@code reason="too_large"}); 0 when absent.
   */
  public double metric(String name, String... labelFilters) {
    HttpResponse<String> r = get("/actuator/prometheus");
    if (r.statusCode() != 200) {
      throw new AssertionError("prometheus endpoint -> " + r.statusCode());
    }
    double sum = 0;
    for (String line : r.body().split("\n")) {
      if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
        String labels = line.substring(0, line.lastIndexOf(' '));
        if (java.util.Arrays.stream(labelFilters).allMatch(labels::contains)) {
          sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
    }
    return sum;
  }

  /** Parses JSON. */
  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gzip of UTF-8 text. */
  public static byte[] gzip(String text) {
    return gzip(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Gzip of bytes. */
  public static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    context.close();
  }
}
