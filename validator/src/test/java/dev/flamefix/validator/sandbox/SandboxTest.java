package dev.flamefix.validator.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxTest {

  @TempDir Path dir;

  @Test
  void killsTheWholeProcessTreeAtTheWallClockLimit() {
    Sandbox sandbox = new Sandbox(NetworkIsolation.disabled("test"));
    long start = System.nanoTime();
    ProcessResult r = sandbox.run(List.of("sh", "-c", "sleep 240 & echo started; sleep 240"), dir,
        Duration.ofSeconds(1), Map.of());
    assertThat(r.timedOut()).isTrue();
    assertThat(r.stdout()).contains("started");
    // The background sleep holds stdout open: had it survived, the run would last its 240 s.
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(120_000);
    assertThat(ChildOutcome.classify(r)).isEqualTo(ChildOutcome.TIMEOUT);
  }

  @Test
  void boundsCapturedOutput() {
    Sandbox sandbox = new Sandbox(NetworkIsolation.disabled("test"));
    ProcessResult r = sandbox.run(List.of("sh", "-c", "yes flamefix | head -c 5000000; echo END"),
        dir, Duration.ofSeconds(20), Map.of());
    assertThat(r.stdout().length()).isLessThan(Sandbox.OUTPUT_LIMIT + 200);
    assertThat(r.stdout()).contains("bytes dropped").endsWith("END\n");
  }

  @Test
  void childGetsAPrivateTempDir() {
    Sandbox sandbox = new Sandbox(NetworkIsolation.disabled("test"));
    ProcessResult r = sandbox.run(List.of("sh", "-c", "echo $TMPDIR; pwd"), dir.resolve("w"),
        Duration.ofSeconds(10), Map.of());
    assertThat(r.stdout()).contains(dir.resolve("w").toString());
  }

  @Test
  void detectionSaysPlainlyWhetherTheNetworkIsCut() {
    NetworkIsolation net = NetworkIsolation.detect();
    assertThat(net.reason()).isNotBlank();
    if (net.isolated()) {
      Sandbox sandbox = new Sandbox(net);
      ProcessResult r = sandbox.run(List.of("sh", "-c", "ip -o link | wc -l"), dir,
          Duration.ofSeconds(10), Map.of());
      assertThat(r.stdout().trim()).isEqualTo("1"); // only the private loopback
    } else {
      assertThat(net.reason()).startsWith("network NOT isolated");
    }
  }
}
