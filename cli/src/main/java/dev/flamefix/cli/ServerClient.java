package dev.flamefix.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The commands' one way to a flamefix server's REST API: the base URL, the bearer token (sent, never
 * printed), timeouts, and errors worded for the console — {@link Unreachable} when the server
 * cannot be reached, {@link Refused} with the server's problem detail when it answers other than
 * 2xx.
 */
public final class ServerClient {

  /** The connect timeout: a server that does not accept within it is down or unreachable. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String token;
  private final Duration requestTimeout;
  private final HttpClient http;

  /**
   * @param baseUrl e.g. {@code http://127.0.0.1:8080}; trailing slashes are ignored
   * @param token bearer token, or {@code null}/blank when the server requires none
   * @param requestTimeout longest wait for one answer
   */
  public ServerClient(String baseUrl, String token, Duration requestTimeout) {
    this.base = baseUrl.replaceAll("/+$", "");
    this.token = token == null || token.isBlank() ? null : token.trim();
    this.requestTimeout = requestTimeout;
    this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  }

  /** The base URL, as printed in messages. */
  public String baseUrl() {
    return base;
  }

  /** {@code GET path} as JSON. */
  public JsonNode getJson(String path) throws IOException, InterruptedException {
    return JSON.readTree(send(request(path).GET(), path, HttpResponse.BodyHandlers.ofString()));
  }

  /** {@code GET path} as bytes (e.g. a recording envelope). */
  public byte[] getBytes(String path) throws IOException, InterruptedException {
    return send(request(path).GET(), path, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** {@code method path} with an optional JSON body; the answer as JSON. */
  public JsonNode sendJson(String method, String path, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = request(path);
    b = body == null
        ? b.method(method, HttpRequest.BodyPublishers.noBody())
        : b.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return JSON.readTree(send(b, path, HttpResponse.BodyHandlers.ofString()));
  }

  /** {@code s} encoded as one path segment or query value. */
  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(requestTimeout);
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  private <T> T send(HttpRequest.Builder request, String path, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    HttpResponse<T> r;
    try {
      r = http.send(request.build(), handler);
    } catch (ConnectException e) {
      throw new Unreachable(base, "connection refused", e);
    } catch (HttpTimeoutException e) {
      throw new Unreachable(base, "no answer within " + requestTimeout.toSeconds() + " s", e);
    } catch (IOException e) {
      throw new Unreachable(base, e.toString(), e);
    }
    if (r.statusCode() / 100 != 2) {
      Object body = r.body();
      String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(body);
      throw new Refused(r.statusCode(), describe(r.statusCode(), text));
    }
    return r.body();
  }

  /** A problem detail (RFC 9457) as one console line, with each field error on its own line. */
  static String describe(int status, String body) {
    try {
      JsonNode problem = JSON.readTree(body);
      if (problem == null || !problem.isObject()) {
        return "HTTP " + status + ": " + body;
      }
      StringBuilder sb = new StringBuilder("HTTP ").append(status);
      if (problem.hasNonNull("title")) {
        sb.append(' ').append(problem.get("title").asText());
      }
      if (problem.path("errors").size() > 0) {
        for (JsonNode e : problem.get("errors")) {
          sb.append(System.lineSeparator()).append("  ").append(e.asText());
        }
      } else if (problem.hasNonNull("detail")) {
        sb.append(": ").append(problem.get("detail").asText());
      }
      return sb.toString();
    } catch (IOException e) {
      return "HTTP " + status + ": " + body;
    }
  }

  /** The server could not be reached: down, wrong URL, or no answer in time. */
  public static final class Unreachable extends IOException {
    private static final long serialVersionUID = 1L;

    Unreachable(String base, String why, Throwable cause) {
      super("cannot reach " + base + ": " + why, cause);
    }
  }

  /** The server answered other than 2xx; the message is its problem detail, worded. */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;

    Refused(int status, String message) {
      super(message);
      this.status = status;
    }

    /** The HTTP status the server answered. */
    public int status() {
      return status;
    }
  }
}
