package dev.flamefix.server.e2e;

import dev.flamefix.examples.orders.OrderService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The example order service ({@link OrderService}) in a child JVM, the production JVM of the
 * end-to-end tests. Its output goes to a log file the assertions quote on failure.
 */
final class ExampleApp implements AutoCloseable {

  private final Process process;
  private final Path log;

  private ExampleApp(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code java <jvmArgs> -cp <examples> OrderService <rounds>}.
   *
   * @param env extra environment variables
   */
  static ExampleApp start(List<String> jvmArgs, Map<String, String> env, int rounds, Path log) {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBinary());
    cmd.add("-Xmx256m");
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(examplesClassPath());
    cmd.add(OrderService.class.getName());
    cmd.add(Integer.toString(rounds));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    pb.environment().putAll(env);
    try {
      return new ExampleApp(pb.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String javaBinary() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Where {@link OrderService} was loaded from: examples/target/classes or its jar. */
  static String examplesClassPath() {
    try {
      return Paths.get(OrderService.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Waits until the JVM handles SIGQUIT, the signal the attach mechanism starts with: sent
   * earlier, it kills a JVM that is still starting. Polls the signal mask in {@code /proc}
   * (what JDK 21's attach does itself); where there is none, waits a fixed 1.5 s.
   */
  void awaitAttachable(long seconds) throws IOException, InterruptedException {
    if (!Files.isDirectory(Paths.get("/proc/self"))) {
      Thread.sleep(1500);
      return;
    }
    Path status = Paths.get("/proc", Long.toString(pid()), "status");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline && process.isAlive()) {
      // SigCgt is a hex mask of caught signals; SIGQUIT (3) is bit 2.
      if (Files.readAllLines(status).stream().anyMatch(l -> l.startsWith("SigCgt:")
          && (Long.parseLong(l.substring(7).trim(), 16) & 4) != 0)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("example app " + pid() + " never became attachable within "
        + seconds + " s:\n" + output());
  }

  /** Waits for a normal exit and returns the exit code, or -1 after the timeout. */
  int waitFor(long seconds) throws InterruptedException {
    return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  /** What the app printed so far. */
  String output() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
