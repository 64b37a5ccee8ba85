package dev.flamefix.server.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A flamefix server or worker in a JVM of its own (the test's class path), so a test can kill it
 * the way a node dies: {@link #kill()} ends it and its sandbox children at once, with no shutdown
 * hook run and no lease released.
 */
public final class FleetProcess implements AutoCloseable {
  private final Process process;
  private final Path log;
  private final int port;

  private FleetProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts the server application with these properties on a free loopback port. */
  public static FleetProcess start(String name, Map<String, Object> properties, Path dir) {
    try {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      List<String> cmd = new ArrayList<>();
      cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-Xmx512m");
      // The same javac exports the test JVM has (the optimizer formats code with javac's parser).
      ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
          .filter(a -> a.startsWith("--add-exports") || a.startsWith("--add-opens")).forEach(cmd::add);
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(FleetMain.class.getName());
      cmd.add("--server.port=" + port);
      cmd.add("--server.address=127.0.0.1");
      properties.forEach((k, v) -> cmd.add("--" + k + "=" + v));
      Files.createDirectories(dir);
      Path log = dir.resolve(name + ".log");
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      return new FleetProcess(p, log, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** Its output so far, for failure messages. */
  public String log() {
    try {
      String s = Files.readString(log);
      return s.length() > 20_000 ? s.substring(s.length() - 20_000) : s;
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Dies at once, sandbox children first (they would outlive it as orphans). */
  public void kill() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) return;
    process.destroy(); // SIGTERM: a graceful Spring shutdown
    if (!process.waitFor(60, TimeUnit.SECONDS)) kill();
  }
}
