package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code flamefix record} against a real server, with a test playing the app's agent. */
class RecordCommandTest {
  static final String METHOD = "com.acme.shop.Pricing#slowTotal";
  static final String KEY = METHOD + "(java.lang.String)";

  @TempDir static Path dataDir;
  static TestServer server;
  final HttpClient http = HttpClient.newHttpClient();

  private record Run(int exit, String out, String err) {}

  @BeforeAll
  static void start() {
    server = TestServer.h2(dataDir, Map.of());
    // Two apps: the request left pending by one test must not reach the other test's agent.
    for (String app : List.of("shop", "quiet")) {
      server.ingest(ShopProfiles.query(app, System.currentTimeMillis() / 1000 - 60),
          TestServer.gzip(ShopProfiles.BASE));
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = FlamefixCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void waitsForTheAgentsUploadAndDownloadsTheEnvelope() throws Exception {
    Path file = dataDir.resolve("calls.ffrc");
    CompletableFuture<Run> record = CompletableFuture.supplyAsync(() -> run("record", "--server",
        server.baseUrl(), "--app", "shop", "--method", METHOD, "--calls", "3", "--duration", "30s",
        "--sample-every", "2", "--wait", "--out", file.toString(), "--poll-interval", "100ms",
        "--timeout", "2m"));

    Properties claimed = pollAsAgent("shop");
    assertThat(claimed.getProperty("method")).isEqualTo(METHOD);
    assertThat(claimed.getProperty("maxCalls")).isEqualTo("3");
    assertThat(claimed.getProperty("durationSeconds")).isEqualTo("30");
    assertThat(claimed.getProperty("sampleEvery")).isEqualTo("2");
    byte[] envelope = envelope(claimed.getProperty("id"), "shop");
    HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(
            URI.create(server.baseUrl() + "/api/v1/agent/recordings/" + claimed.getProperty("id")))
        .POST(HttpRequest.BodyPublishers.ofByteArray(envelope)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);

    Run r = record.get();
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Recording " + claimed.getProperty("id") + " requested")
        // The progress line names the claiming agent; whether a poll falls between the claim and
        // the upload (ACTIVE) or only after it (COMPLETED) depends on scheduling, not on the code.
        .containsPattern("(ACTIVE|COMPLETED) by agent pid 77 on h1")
        .contains("COMPLETED: 2 calls stored of 5 seen (" + KEY + "); skipped: too_large=1")
        .contains("Envelope written to " + file);
    assertThat(Files.readAllBytes(file)).isEqualTo(envelope);
  }

  @Test
  void withoutWaitItPrintsTheRequestAndReturns() {
    Run r = run("record", "--server", server.baseUrl(), "--app", "quiet", "--method", "com.acme.shop.Report#render");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("requested: com.acme.shop.Report#render of quiet (state PENDING)");
  }

  @Test
  void refusalsAreWordedAndExitOne() {
    Run unknownApp = run("record", "--server", server.baseUrl(), "--app", "nope", "--method", METHOD);
    assertThat(unknownApp.exit()).isEqualTo(1);
    assertThat(unknownApp.err()).contains("HTTP 404").contains("no profiles stored for application 'nope'");

    Run badMethod = run("record", "--server", server.baseUrl(), "--app", "quiet", "--method", "slowTotal",
        "--calls", "0");
    assertThat(badMethod.exit()).isEqualTo(1);
    assertThat(badMethod.err()).contains("HTTP 400").contains("method: not a method")
        .contains("maxCalls: must be 1..10000, was 0");

    Run down = run("record", "--server", "http://127.0.0.1:9", "--app", "shop", "--method", METHOD);
    assertThat(down.exit()).isEqualTo(1);
    assertThat(down.err()).contains("cannot reach http://127.0.0.1:9");

    Run usage = run("record", "--app", "shop", "--method", METHOD, "--duration", "soon");
    assertThat(usage.exit()).isEqualTo(2);
    assertThat(usage.err()).contains("not a duration");
  }

  /** Polls as an agent would until the command's request is there. */
  private Properties pollAsAgent(String app) throws Exception {
    for (int i = 0; i < 600; i++) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
          + "/api/v1/agent/recordings/next?app=" + app + "&pid=77&host=h1")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200) {
        Properties p = new Properties();
        p.load(new StringReader(r.body()));
        return p;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the command's request never reached the agent endpoint");
  }

  private static byte[] envelope(String id, String app) throws Exception {
    RecordingBatch batch = new RecordingBatch(id, app, KEY, RecordingBatch.Status.COMPLETED, "", 1, 2, 5,
        Map.of("too_large", 1L), List.of(new RecordedCall(1, new byte[] {1, 2}), new RecordedCall(2, new byte[] {3})));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    batch.writeTo(out);
    return out.toByteArray();
  }
}
