package dev.flamefix.validator.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxTest {

  @TempDir Path dir;
  private final List<Path> outsideDirs = new java.util.ArrayList<>();

  @org.junit.jupiter.api.AfterEach
  void deleteOutsideDirs() throws java.io.IOException {
    for (Path outside : outsideDirs) {
      try (java.util.stream.Stream<Path> paths = Files.walk(outside)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** A directory outside /tmp and the home directory, where only the sandbox's rules apply. */
  private Path outsideDir() throws java.io.IOException {
    Path outside = Files.createDirectories(Path.of("target", "sandbox-" + UUID.randomUUID())
        .toAbsolutePath());
    outsideDirs.add(outside);
    return outside;
  }

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

  @Test
  void confinedChildWritesOnlyItsScratchAndSeesNoPrivateDir() throws Exception {
    assumeConfinement();
    Path outside = outsideDir();
    Path data = Files.createDirectories(outside.resolve("data"));
    Files.writeString(data.resolve("secret.txt"), "s3cret");
    Path tmpMarker = Path.of("/tmp", "flamefix-marker-" + UUID.randomUUID());
    Path scratch = dir.resolve("w");
    String script = "echo x > " + tmpMarker + "; echo x > " + outside.resolve("written")
        + "; echo x > in-scratch; echo \"listed:$(ls -A " + data + " | wc -l)\"; cat "
        + data.resolve("secret.txt");
    Sandbox sandbox = Sandbox.confined(NetworkIsolation.detect(), List.of(data));
    // Build-tool profile: the shell may start ls and cat; the file rules are what is tested.
    ProcessResult r = sandbox.run(ChildProfile.BUILD_TOOL, List.of("sh", "-c", script), scratch,
        List.of(), Duration.ofSeconds(20), Map.of());

    assertThat(r.stdout()).contains("listed:0").doesNotContain("s3cret");
    assertThat(scratch.resolve("in-scratch")).exists();
    assertThat(tmpMarker).doesNotExist();
    assertThat(outside.resolve("written")).doesNotExist();
  }

  @Test
  void withoutConfinementTheSameChildLeavesItsFilesBehind() throws Exception {
    Path outside = outsideDir();
    Path tmpMarker = Path.of("/tmp", "flamefix-marker-" + UUID.randomUUID());
    try {
      ProcessResult r = new Sandbox(NetworkIsolation.disabled("test")).run(ChildProfile.BUILD_TOOL,
          List.of("sh", "-c", "echo x > " + tmpMarker + "; echo x > " + outside.resolve("written")),
          dir, List.of(), Duration.ofSeconds(20), Map.of());
      assertThat(r.exitCode()).isZero();
      assertThat(tmpMarker).exists();
      assertThat(outside.resolve("written")).exists();
    } finally {
      Files.deleteIfExists(tmpMarker);
    }
  }

  @Test
  void noProcessProfileRefusesProcessStartsWhereTheBuildProfileAllowsThem() {
    assumeConfinement();
    Sandbox sandbox = Sandbox.confined(NetworkIsolation.detect(), List.of());
    List<String> touch = List.of("sh", "-c", "touch marker && echo touched");
    ProcessResult strict = sandbox.run(ChildProfile.NO_PROCESSES, touch, dir.resolve("strict"),
        List.of(), Duration.ofSeconds(20), Map.of());
    ProcessResult build = sandbox.run(ChildProfile.BUILD_TOOL, touch, dir.resolve("build"),
        List.of(), Duration.ofSeconds(20), Map.of());

    assertThat(dir.resolve("strict").resolve("marker")).doesNotExist();
    assertThat(strict.stdout()).doesNotContain("touched");
    assertThat(dir.resolve("build").resolve("marker")).exists();
    assertThat(build.stdout()).contains("touched");
  }

  @Test
  void jmhHostMayStartProcessesButItsForkJvmMayNot() {
    assumeConfinement();
    Confinement confinement = Confinement.detect();
    Assumptions.assumeTrue(confinement.blocksProcesses(), confinement.reason());
    Sandbox sandbox = new Sandbox(NetworkIsolation.detect(), confinement, List.of());
    List<String> probe = List.of("-cp", System.getProperty("java.class.path"),
        ProcessProbe.class.getName());
    List<String> host = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    host.addAll(probe);
    List<String> fork = new java.util.ArrayList<>(List.of(confinement.forkJvm().orElseThrow()
        .toString()));
    fork.addAll(probe);

    ProcessResult asHost = sandbox.run(ChildProfile.JMH_HOST, host, dir.resolve("host"), List.of(),
        Duration.ofSeconds(60), Map.of());
    ProcessResult asFork = sandbox.run(ChildProfile.JMH_HOST, fork, dir.resolve("fork"), List.of(),
        Duration.ofSeconds(60), Map.of());

    assertThat(asHost.stdout()).as(asHost.stderr()).contains("started");
    assertThat(asFork.stdout()).as(asFork.stderr()).contains("refused")
        .contains("Operation not permitted");
  }

  @Test
  void detectionSaysPlainlyWhetherChildrenAreConfined() {
    Confinement confinement = Confinement.detect();
    if (confinement.active()) {
      assertThat(confinement.reason()).startsWith("bwrap:");
    } else {
      assertThat(confinement.reason()).startsWith("NOT confined");
    }
  }

  /** Skips only where bwrap truly cannot run; scripts/test.sh installs it. */
  static void assumeConfinement() {
    Confinement confinement = Confinement.detect();
    Assumptions.assumeTrue(confinement.active(), confinement.reason());
  }
}
