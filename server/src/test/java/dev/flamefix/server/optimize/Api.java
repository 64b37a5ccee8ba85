package dev.flamefix.server.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.support.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** JSON calls against a {@link TestServer}, for the pipeline tests. */
public final class Api {
  private final TestServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public Api(TestServer server) {
    this.server = server;
  }

  /** Sends {@code method path} with a JSON body (null for none). */
  public HttpResponse<String> send(String method, String path, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(120));
    b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
        : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends and demands {@code status}; returns the JSON body. */
  public JsonNode expect(int status, String method, String path, String body) {
    HttpResponse<String> r = send(method, path, body);
    if (r.statusCode() != status) {
      throw new AssertionError(method + " " + path + ": expected " + status + ", got " + r.statusCode() + ": " + r.body());
    }
    return r.body().isEmpty() ? null : TestServer.parse(r.body());
  }

  /** Polls a job until {@code until} holds or the timeout passes; returns the last state. */
  public JsonNode awaitJob(String id, Duration timeout, Predicate<JsonNode> until) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonNode job = null;
    while (System.nanoTime() < deadline) {
      job = expect(200, "GET", "/api/optimizations/" + id, null);
      if (until.test(job)) return job;
      Thread.sleep(500);
    }
    throw new AssertionError("job " + id + " did not reach the expected state within " + timeout.toSeconds()
        + " s; last: " + (job == null ? null : job.toPrettyString()));
  }

  /** Whether a job is finished. */
  public static boolean finished(JsonNode job) {
    String s = job.get("status").asText();
    return s.equals("DONE") || s.equals("FAILED");
  }
}
