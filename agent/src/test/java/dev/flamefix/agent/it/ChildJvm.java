package dev.flamefix.agent.it;

import static org.assertj.core.api.Assertions.fail;

import dev.flamefix.examples.orders.OrderService;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Launches and watches child JVMs for the agent's integration tests. */
final class ChildJvm {

  /** The JDKs the agent is tested on; override with -Dflamefix.test.jdks=home1,home2. */
  static final List<String> JDK_HOMES = List.of(System.getProperty("flamefix.test.jdks",
      "/usr/lib/jvm/java-17-openjdk-amd64,/usr/lib/jvm/temurin-25-jdk-amd64").split(","));

  static final String ORDER_SERVICE = "dev.flamefix.examples.orders.OrderService";

  /** Result of a finished child. */
  record Result(int exitCode, String stdout, String stderr) {

    /** Lines the agent wrote (prefixed {@code [flamefix-agent]}). */
    List<String> agentLines() {
      return stderr.lines().filter(l -> l.startsWith("[flamefix-agent]")).toList();
    }
  }

  /** Handle of a running child. */
  static final class Running {
    private final Process process;
    private final Path out;
    private final Path err;

    private Running(Process process, Path out, Path err) {
      this.process = process;
      this.out = out;
      this.err = err;
    }

    long pid() {
      return process.pid();
    }

    Result await(long timeoutSeconds) throws IOException, InterruptedException {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail("child JVM did not finish within " + timeoutSeconds + "s; stderr:\n"
            + Files.readString(err));
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    }

    void kill() {
      process.destroyForcibly();
    }

    /**
     * Waits until the JVM handles SIGQUIT, the signal the attach mechanism starts with: sent
     * earlier, it kills a JVM that is still starting. Polls the signal mask in {@code /proc}
     * (what JDK 21's attach does itself); where there is none, waits a fixed 1.5 s.
     */
    void awaitAttachable(long timeoutSeconds) throws IOException, InterruptedException {
      Path status = Paths.get("/proc", Long.toString(pid()), "status");
      if (!Files.isDirectory(Paths.get("/proc/self"))) {
        Thread.sleep(1500);
        return;
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
      while (System.nanoTime() < deadline && process.isAlive()) {
        for (String line : Files.readAllLines(status)) {
          // SigCgt is a hex mask of caught signals; SIGQUIT (3) is bit 2.
          if (line.startsWith("SigCgt:") && (Long.parseLong(line.substring(7).trim(), 16) & 4) != 0) {
            return;
          }
        }
        Thread.sleep(50);
      }
      fail("child JVM " + pid() + " never became attachable within " + timeoutSeconds + "s");
    }

    /** Waits until the child has written {@code fragment} to stderr (an agent line, say). */
    void awaitStderr(String fragment, long timeoutSeconds)
        throws IOException, InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
      while (!Files.readString(err, StandardCharsets.UTF_8).contains(fragment)) {
        if (System.nanoTime() > deadline || !process.isAlive()) {
          fail("child JVM never wrote '" + fragment + "' within " + timeoutSeconds
              + "s; stderr:\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        Thread.sleep(50);
      }
    }
  }

  private ChildJvm() {}

  static Stream<String> jdks() {
    return JDK_HOMES.stream();
  }

  /** Every (JDK home, case) pair: the fault tests run each scenario on each JDK. */
  static Stream<org.junit.jupiter.params.provider.Arguments> onEveryJdk(Object[] cases) {
    return JDK_HOMES.stream().flatMap(jdk -> Arrays.stream(cases)
        .map(c -> org.junit.jupiter.params.provider.Arguments.of(jdk, c)));
  }

  /** The java launcher of a JDK home, or skips the test if that JDK is not installed. */
  static String java(String jdkHome) {
    Path java = Paths.get(jdkHome, "bin", "java");
    Assumptions.assumeTrue(Files.isExecutable(java), "JDK not installed here: " + jdkHome);
    return java.toString();
  }

  /** The packaged agent jar (built by `mvn package` before integration tests). */
  static String agentJar() {
    Path jar = Paths.get(System.getProperty("flamefix.agent.jar", "target/flamefix-agent.jar"));
    if (!Files.isRegularFile(jar)) {
      fail("agent jar missing: " + jar.toAbsolutePath() + " (run mvn verify, not mvn test)");
    }
    return jar.toAbsolutePath().toString();
  }

  /** Class path of the example service (and, for probes, these test classes). */
  static String classPath(boolean withTestClasses) throws Exception {
    List<String> entries = new ArrayList<>();
    entries.add(Paths.get(OrderService.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).toString());
    if (withTestClasses) {
      entries.add(Paths.get(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  /** What OrderService prints without any agent. */
  static String expectedOutput(int rounds) {
    return "rounds=" + rounds + " checksum=" + OrderService.run(rounds) + System.lineSeparator();
  }

  static Running start(String java, List<String> jvmArgs, String classPath, String mainClass,
      Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx256m");
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(Arrays.asList(args));
    return run(command, env);
  }

  static Running run(List<String> command, Map<String, String> env) throws IOException {
    Path out = Files.createTempFile("child-out", ".txt");
    Path err = Files.createTempFile("child-err", ".txt");
    // Left for reading after a failure, gone when the test JVM ends rather than piling up in /tmp.
    out.toFile().deleteOnExit();
    err.toFile().deleteOnExit();
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile());
    Map<String, String> environment = builder.environment();
    // the children must not inherit FLAMEFIX_* settings from whoever runs the build
    environment.keySet().removeIf(k -> k.startsWith("FLAMEFIX_") && !k.startsWith("FLAMEFIX_TEST"));
    environment.putAll(env == null ? new HashMap<>() : env);
    return new Running(builder.start(), out, err);
  }

  /** Reads the agent's key=value stats file. */
  static Map<String, Long> stats(Path file) throws IOException {
    Map<String, Long> stats = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      int eq = line.indexOf('=');
      stats.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
    }
    return stats;
  }
}
