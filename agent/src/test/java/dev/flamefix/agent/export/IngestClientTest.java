package dev.flamefix.agent.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.flamefix.agent.config.AgentOptions;
import dev.flamefix.agent.config.OptionsParser;
import dev.flamefix.agent.config.ProfilingEvent;
import dev.flamefix.agent.profiler.StackWindow;
import dev.flamefix.agent.profiler.WindowData;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IngestClientTest {

  private static final String COLLAPSED = "a.Main.main;a.Work.run 7\na.Main.main 3\n";
  private HttpServer server;
  /** Ends a slow response early, so stopping the server does not wait for it. */
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    if (server != null) {
      server.stop(0);
    }
  }

  private String serve(int status, long delayMillis, AtomicReference<String[]> seen)
      throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String text;
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      seen.set(new String[] {exchange.getRequestMethod(), exchange.getRequestURI().toString(),
          exchange.getRequestHeaders().getFirst("Authorization"), text});
      try {
        release.await(delayMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static AgentOptions options(String args) throws Exception {
    return OptionsParser.parse(args, Map.of());
  }

  private static StackWindow window() {
    return StackWindow.of(ProfilingEvent.CPU, 1_700_000_000_500L, 1_700_000_010_400L, COLLAPSED);
  }

  @Test
  void postsGzippedCollapsedStacksToThePyroscopeIngestEndpoint() throws Exception {
    AtomicReference<String[]> seen = new AtomicReference<>();
    String url = serve(200, 0, seen);
    IngestClient client = new IngestClient(options("server=" + url + "/base/,app=orders,"
        + "labels=env=prod;zone=a,token=t0k3n"), new ProcessIdentity(4242, "box-1"));

    SendOutcome outcome = client.send(window());

    assertThat(outcome.kind()).isEqualTo(SendOutcome.Kind.SENT);
    String[] request = seen.get();
    assertThat(request[0]).isEqualTo("POST");
    assertThat(request[1]).isEqualTo("/base/ingest?name=orders.cpu%7Benv%3Dprod%2Czone%3Da%7D"
        + "&from=1700000000&until=1700000010&format=folded&sampleRate=100&spyName=flamefix"
        + "&units=samples&pid=4242&host=box-1");
    assertThat(request[2]).isEqualTo("Bearer t0k3n");
    assertThat(request[3]).isEqualTo(COLLAPSED);
  }

  @Test
  void sendsNoAuthorizationWithoutAToken() throws Exception {
    AtomicReference<String[]> seen = new AtomicReference<>();
    String url = serve(204, 0, seen);

    new IngestClient(options("server=" + url + ",app=a"), new ProcessIdentity(1, "h"))
        .send(window());

    assertThat(seen.get()[2]).isNull();
    assertThat(seen.get()[1]).contains("name=a.cpu&");
  }

  @Test
  void classifiesStatuses() throws Exception {
    assertThat(SendOutcome.forStatus(200, "OK").kind()).isEqualTo(SendOutcome.Kind.SENT);
    assertThat(SendOutcome.forStatus(500, "").kind()).isEqualTo(SendOutcome.Kind.RETRY);
    assertThat(SendOutcome.forStatus(503, "").kind()).isEqualTo(SendOutcome.Kind.RETRY);
    assertThat(SendOutcome.forStatus(429, "").kind()).isEqualTo(SendOutcome.Kind.RETRY);
    assertThat(SendOutcome.forStatus(408, "").kind()).isEqualTo(SendOutcome.Kind.RETRY);
    assertThat(SendOutcome.forStatus(400, "").kind()).isEqualTo(SendOutcome.Kind.REJECTED);
    assertThat(SendOutcome.forStatus(401, "").kind()).isEqualTo(SendOutcome.Kind.REJECTED);
    assertThat(SendOutcome.forStatus(413, "").kind()).isEqualTo(SendOutcome.Kind.REJECTED);
  }

  @Test
  void aSaturatedServersRetryAfterIsKept() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Retry-After", "7");
      exchange.sendResponseHeaders(429, -1);
      exchange.close();
    });
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort();

    SendOutcome outcome = new IngestClient(options("server=" + url + ",app=a"),
        new ProcessIdentity(1, "h")).send(window());

    assertThat(outcome.kind()).isEqualTo(SendOutcome.Kind.RETRY);
    assertThat(outcome.status()).isEqualTo(429);
    assertThat(outcome.retryAfterMillis()).isEqualTo(7000);
    // A 5xx without the header leaves the agent's own backoff in charge.
    assertThat(SendOutcome.forStatus(503, "", -1).retryAfterMillis()).isEqualTo(-1);
    // Only retries carry it: a refusal is dropped whatever the header says.
    assertThat(SendOutcome.forStatus(400, "", 5000).retryAfterMillis()).isEqualTo(-1);
    assertThat(AgentHttp.retryAfterMillis("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(-1);
    assertThat(AgentHttp.retryAfterMillis(" 12 ")).isEqualTo(12_000);
  }

  @Test
  void serverErrorsAreRetried() throws Exception {
    String url = serve(500, 0, new AtomicReference<>());

    SendOutcome outcome = new IngestClient(options("server=" + url + ",app=a"),
        new ProcessIdentity(1, "h")).send(window());

    assertThat(outcome.kind()).isEqualTo(SendOutcome.Kind.RETRY);
    assertThat(outcome.status()).isEqualTo(500);
  }

  @Test
  void aSlowServerTimesOutWithinTheTimeout() throws Exception {
    // The answer would come after a minute: a client that waited for it would take that long.
    String url = serve(200, 60_000, new AtomicReference<>());
    long start = System.nanoTime();

    SendOutcome outcome = new IngestClient(options("server=" + url + ",app=a,timeout=300ms"),
        new ProcessIdentity(1, "h")).send(window());

    assertThat(outcome.kind()).isEqualTo(SendOutcome.Kind.RETRY);
    assertThat(outcome.detail()).contains("SocketTimeoutException");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(30_000);
  }

  @Test
  void anAbsentServerIsRetried() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    SendOutcome outcome = new IngestClient(options("server=http://127.0.0.1:" + port + ",app=a"),
        new ProcessIdentity(1, "h")).send(window());

    assertThat(outcome.kind()).isEqualTo(SendOutcome.Kind.RETRY);
    assertThat(outcome.status()).isEqualTo(-1);
  }

  @Test
  void garbageInsteadOfHttpIsRetriedNotThrown() throws Exception {
    try (ServerSocket garbage = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread responder = new Thread(() -> {
        try (Socket s = garbage.accept()) {
          s.getInputStream().read(new byte[256]);
          s.getOutputStream().write("\u0001\u0002 nonsense\r\n\r\n".getBytes(
              StandardCharsets.ISO_8859_1));
        } catch (Exception ignored) {
          // test ends either way
        }
      });
      responder.start();

      SendOutcome outcome = new IngestClient(options("server=http://127.0.0.1:"
          + garbage.getLocalPort() + ",app=a,timeout=2s"), new ProcessIdentity(1, "h"))
          .send(window());

      assertThat(outcome.kind()).isEqualTo(SendOutcome.Kind.RETRY);
      assertThat(outcome.detail()).doesNotContain("\n");
      responder.join(5_000);
    }
  }

  @Test
  void allocWindowsCarryNoSampleRate() throws Exception {
    IngestClient client = new IngestClient(options("server=http://h:1,app=a,event=alloc"),
        new ProcessIdentity(1, "h"));

    String url = client.urlFor(StackWindow.of(ProfilingEvent.ALLOC, 1_000, 2_000, COLLAPSED));

    assertThat(url).contains("name=a.alloc&").doesNotContain("sampleRate");
  }

  @Test
  void jfrWindowsSayFormatJfr() throws Exception {
    IngestClient client = new IngestClient(options("server=http://h:1,app=a"),
        new ProcessIdentity(1, "h"));

    String url = client.urlFor(StackWindow.of(ProfilingEvent.CPU, 1_000, 2_000,
        WindowData.jfr(new byte[] {'F', 'L', 'R', 0})));

    assertThat(url).contains("&format=jfr&").doesNotContain("folded");
  }
}
