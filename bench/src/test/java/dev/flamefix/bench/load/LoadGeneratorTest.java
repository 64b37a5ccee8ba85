package dev.flamefix.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.server.FlamefixServerApplication;
import dev.flamefix.server.ingest.IngestGate;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The load generator at small scale against a real server on embedded H2. */
class LoadGeneratorTest {

  @Test
  void twentyAgentsLoseNothingAndEveryCountMatches(@TempDir Path dataDir) throws Exception {
    try (ConfigurableApplicationContext server =
        new SpringApplicationBuilder(FlamefixServerApplication.class)
            .run("--server.port=0", "--server.address=127.0.0.1",
                "--flamefix.data-dir=" + dataDir.toAbsolutePath())) {
      int port = ((ServletWebServerApplicationContext) server).getWebServer().getPort();
      LoadOptions options =
          LoadOptions.parse("--servers=http://127.0.0.1:" + port, "--agents=20", "--apps=4",
              "--window=1s", "--duration=3s", "--drain=60s", "--min-stacks=50",
              "--max-stacks=400", "--payloads-per-app=2", "--run-id=t1");

      LoadReport report = LoadGenerator.run(options, new StringBuilder());

      assertThat(report.drained()).isTrue();
      assertThat(report.failed()).isZero();
      // 20 agents × 3 windows (due at 0..2 s of a 3 s run); on a slow machine an agent whose
      // send ends after the run's end leaves its next window in the backlog, unsent.
      assertThat(report.sent() + report.backlog()).isEqualTo(60);
      assertThat(report.sent()).isGreaterThanOrEqualTo(20);
      assertThat(report.acked()).isEqualTo(report.sent());
      assertThat(report.stored().get(0).windows()).isEqualTo(report.sent());
      assertThat(report.lost()).isZero();
      assertThat(report.stored().get(0).samples()).isEqualTo(report.ackedSamples());
      assertThat(report.latency().getTotalCount()).isEqualTo(report.sent());
      assertThat(report.serverCpuSeconds()).isPositive();
      assertThat(report.resultLine()).contains("lost=0", "stored=" + report.sent());
    }
  }

  @Test
  void agentsTurnedAwayWith429RetryAfterItAndEveryWindowIsStoredOnce(@TempDir Path dataDir) throws Exception {
    try (ConfigurableApplicationContext server =
        new SpringApplicationBuilder(FlamefixServerApplication.class)
            .run("--server.port=0", "--server.address=127.0.0.1",
                "--flamefix.data-dir=" + dataDir.toAbsolutePath(),
                "--flamefix.ingest.max-in-flight=1", "--flamefix.ingest.retry-after=1s")) {
      int port = ((ServletWebServerApplicationContext) server).getWebServer().getPort();
      IngestGate gate = server.getBean(IngestGate.class);
      MeterRegistry meters = server.getBean(MeterRegistry.class);
      // Saturated from the start: the only permit is held until 20 requests were turned away.
      assertThat(gate.tryEnter()).isTrue();
      Thread releaser = new Thread(() -> {
        try {
          while (meters.counter("flamefix.ingest.saturated").count() < 20) {
            Thread.sleep(50);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          gate.leave();
        }
      });
      releaser.start();
      LoadOptions options =
          LoadOptions.parse("--servers=http://127.0.0.1:" + port, "--agents=20", "--apps=4",
              "--window=1s", "--duration=3s", "--drain=90s", "--min-stacks=50",
              "--max-stacks=400", "--payloads-per-app=2", "--run-id=t2");

      LoadReport report = LoadGenerator.run(options, new StringBuilder());
      releaser.join();

      assertThat(report.busy()).isGreaterThanOrEqualTo(20);
      assertThat(report.failed()).isZero();
      assertThat(report.sent()).isGreaterThanOrEqualTo(20);
      assertThat(report.acked()).isEqualTo(report.sent());
      assertThat(report.stored().get(0).windows()).isEqualTo(report.sent());
      assertThat(report.lost()).isZero();
      assertThat(report.resultLine()).contains("lost=0", "busy=" + report.busy());
    }
  }

  @Test
  void windowsHaveTheRequestedShape() throws IOException {
    ServiceStacks service = ServiceStacks.generate("orders", 2000, 20, 80, 42);
    ServiceStacks.Window w = service.window(700, 2500, 3);

    String text;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(w.gzip()))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] lines = text.split("\n");
    assertThat(lines).hasSize(700);
    Set<String> stacks = new HashSet<>();
    long samples = 0;
    int minDepth = Integer.MAX_VALUE;
    int maxDepth = 0;
    for (String line : lines) {
      int space = line.lastIndexOf(' ');
      String stack = line.substring(0, space);
      stacks.add(stack);
      samples += Long.parseLong(line.substring(space + 1));
      int depth = stack.split(";").length;
      minDepth = Math.min(minDepth, depth);
      maxDepth = Math.max(maxDepth, depth);
    }
    assertThat(stacks).hasSize(700);
    assertThat(samples).isEqualTo(2500).isEqualTo(w.samples());
    assertThat(minDepth).isGreaterThanOrEqualTo(20);
    assertThat(maxDepth).isLessThanOrEqualTo(80).isGreaterThan(60);
    assertThat(text).contains("org/springframework/web/servlet/DispatcherServlet.doDispatch", "com/acme/orders/");
    // Two windows of one service share code paths, as two processes of one service do.
    ServiceStacks.Window other = service.window(700, 2500, 4);
    String otherText;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(other.gzip()))) {
      otherText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    long shared = otherText.lines().map(l -> l.substring(0, l.lastIndexOf(' '))).filter(stacks::contains).count();
    assertThat(shared).isGreaterThan(200).isLessThan(700);
  }
}
