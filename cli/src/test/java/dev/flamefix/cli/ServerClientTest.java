package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@link ServerClient} against a loopback server that records what it got: the bearer token is
 * sent (and never appears in an error), a non-2xx answer becomes its problem detail, a refused
 * connection says so; and the commands built on it take {@code --token}.
 */
class ServerClientTest {
  private static final String TOKEN = "s3cret-viewer-token";
  private static final String REPORT = "{\"app\":\"shop\",\"event\":\"cpu\",\"totalSamples\":10,\"windows\":1,"
      + "\"minShare\":0.05,\"hotspots\":[{\"rank\":1,\"selfShare\":0.7,\"totalShare\":0.7,\"trend\":\"STABLE\","
      + "\"method\":\"com.acme.Foo#bar\"}]}";

  private record Seen(String method, String path, String authorization, String contentType, String body) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private HttpServer http;
  private String base;

  @BeforeEach
  void start() throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/", this::answer);
    http.start();
    base = "http://127.0.0.1:" + http.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    http.stop(0);
  }

  /** Like the server with API tokens: 401 without the token; a problem detail for unknown paths. */
  private void answer(HttpExchange ex) throws IOException {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    seen.add(new Seen(ex.getRequestMethod(), ex.getRequestURI().toString(), auth,
        ex.getRequestHeaders().getFirst("Content-Type"),
        new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    if (!("Bearer " + TOKEN).equals(auth)) {
      reply(ex, 401, "{\"title\":\"Unauthorized\",\"detail\":\"a valid API token is required\"}");
    } else if (ex.getRequestURI().getPath().startsWith("/api/apps/shop/hotspots")) {
      reply(ex, 200, REPORT);
    } else if (ex.getRequestURI().getPath().equals("/api/things")) {
      reply(ex, 201, "{\"id\":\"t1\"}");
    } else {
      reply(ex, 400, "{\"title\":\"Bad Request\",\"errors\":[\"method: not a method\",\"maxCalls: must be 1..10000\"]}");
    }
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  @Test
  void sendsTheTokenAndJsonAndReadsAny2xx() throws Exception {
    ServerClient client = new ServerClient(base + "//", " " + TOKEN + " ", Duration.ofSeconds(10));
    var answer = client.sendJson("POST", "/api/things", JsonNodeFactory.instance.objectNode().put("a", 1));
    assertThat(answer.path("id").asText()).isEqualTo("t1");
    assertThat(seen).containsExactly(new Seen("POST", "/api/things", "Bearer " + TOKEN, "application/json", "{\"a\":1}"));
    assertThat(client.baseUrl()).isEqualTo(base);
  }

  @Test
  void non2xxAnswersAreTheServersProblemDetailWithoutTheToken() {
    ServerClient withToken = new ServerClient(base, TOKEN, Duration.ofSeconds(10));
    assertThatThrownBy(() -> withToken.getJson("/api/other"))
        .isInstanceOfSatisfying(ServerClient.Refused.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessage("HTTP 400 Bad Request" + System.lineSeparator() + "  method: not a method"
            + System.lineSeparator() + "  maxCalls: must be 1..10000")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
    ServerClient without = new ServerClient(base, "  ", Duration.ofSeconds(10));
    assertThatThrownBy(() -> without.getBytes("/api/things"))
        .isInstanceOf(ServerClient.Refused.class)
        .hasMessage("HTTP 401 Unauthorized: a valid API token is required");
    assertThat(seen).extracting(Seen::authorization).containsExactly("Bearer " + TOKEN, null);
    assertThat(ServerClient.describe(502, "<html>bad gateway</html>")).isEqualTo("HTTP 502: <html>bad gateway</html>");
  }

  @Test
  void aRefusedConnectionSaysSo() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    ServerClient client = new ServerClient("http://127.0.0.1:" + closed, TOKEN, Duration.ofSeconds(10));
    assertThatThrownBy(() -> client.getJson("/api/apps"))
        .isInstanceOf(ServerClient.Unreachable.class)
        .hasMessage("cannot reach http://127.0.0.1:" + closed + ": connection refused");
  }

  @Test
  void hotspotsSendsTheTokenOfItsOption() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = FlamefixCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));

    int refused = cli.execute("hotspots", "--server", base, "--app", "shop", "--token", "wrong");
    assertThat(refused).isEqualTo(1);
    assertThat(err.toString()).contains("HTTP 401 Unauthorized").doesNotContain("wrong");

    int ok = cli.execute("hotspots", "--server", base, "--app", "shop", "--token", TOKEN);
    assertThat(ok).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Hotspots of shop (cpu, 10 samples").contains("com.acme.Foo#bar");
    assertThat(seen).extracting(Seen::authorization).containsExactly("Bearer wrong", "Bearer " + TOKEN);
  }
}
