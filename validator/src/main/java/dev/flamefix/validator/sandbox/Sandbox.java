package dev.flamefix.validator.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command as a child process under the sandbox rules: a wall-clock limit enforced by
 * killing the whole process tree, a private working and temp directory, bounded captured output,
 * and (where the OS allows) no network, no writes outside the scratch directory, no view of the
 * home and private directories, and no process starts ({@link Confinement}, per
 * {@link ChildProfile}).
 *
 * <p>Everything that executes candidate code goes through here; use {@link #javaCommand} to build
 * a child JVM command with the heap limit and private temp dir in place.
 */
public final class Sandbox {

  /** Bytes of each output stream kept for the report. */
  public static final int OUTPUT_LIMIT = 64 * 1024;

  private final NetworkIsolation network;
  private final Confinement confinement;
  private final List<Path> privateDirs;

  /**
   * A sandbox with the given network isolation only (see {@link NetworkIsolation#detect()}): no
   * file or process rules. For tests of the sandbox itself; production code uses
   * {@link #confined}.
   */
  public Sandbox(NetworkIsolation network) {
    this(network, Confinement.disabled("NOT confined: switched off"), List.of());
  }

  /**
   * A sandbox with the given network isolation and confinement.
   *
   * @param privateDirs directories children must not see besides {@code /tmp} and the home
   *     directory: flamefix's data directory, the validator's work directory
   */
  public Sandbox(NetworkIsolation network, Confinement confinement, List<Path> privateDirs) {
    this.confinement = confinement;
    this.privateDirs = List.copyOf(privateDirs);
    // bwrap makes the network namespace itself; unshare inside it would lack the rights.
    this.network = network.isolated() && confinement.active()
        ? new NetworkIsolation(true, "bwrap --unshare-net", network.reason(), List.of())
        : network;
  }

  /** A sandbox with this machine's network isolation and confinement, hiding {@code privateDirs}. */
  public static Sandbox confined(NetworkIsolation network, List<Path> privateDirs) {
    return new Sandbox(network, Confinement.detect(), privateDirs);
  }

  /** The network isolation every child of this sandbox runs under. */
  public NetworkIsolation network() {
    return network;
  }

  /** The file and process rules every child of this sandbox runs under. */
  public Confinement confinement() {
    return confinement;
  }

  /**
   * The command line of a child JVM running {@code mainClass}: the current {@code java} binary,
   * {@code -Xmx}, a private {@code java.io.tmpdir}, the class path, then the arguments.
   */
  public static List<String> javaCommand(int heapMegabytes, Path tempDir, List<Path> classPath,
      String mainClass, List<String> args) {
    return javaCommand(heapMegabytes, tempDir, classPath, mainClass, args, List.of());
  }

  /**
   * As {@link #javaCommand(int, Path, List, String, List)}, with extra JVM options (such as a
   * {@code -javaagent}) placed before the class path.
   */
  public static List<String> javaCommand(int heapMegabytes, Path tempDir, List<Path> classPath,
      String mainClass, List<String> args, List<String> jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heapMegabytes + "m");
    command.add("-Xss1m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:-UsePerfData");
    command.add("-Djava.io.tmpdir=" + tempDir.toAbsolutePath());
    command.add("-Duser.home=" + tempDir.toAbsolutePath());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(String.join(java.io.File.pathSeparator,
        classPath.stream().map(p -> p.toAbsolutePath().toString()).toList()));
    command.add(mainClass);
    command.addAll(args);
    return command;
  }

  /**
   * Runs {@code command} as a {@link ChildProfile#NO_PROCESSES} child that writes only
   * {@code workDir}; see {@link #run(ChildProfile, List, Path, List, Duration, Map)}.
   */
  public ProcessResult run(List<String> command, Path workDir, Duration limit,
      Map<String, String> extraEnv) {
    return run(ChildProfile.NO_PROCESSES, command, workDir, List.of(), limit, extraEnv);
  }

  /**
   * Runs {@code command} with no readable paths beyond what it names; see
   * {@link #run(ChildProfile, List, Path, List, List, Duration, Map)}.
   */
  public ProcessResult run(ChildProfile profile, List<String> command, Path workDir,
      List<Path> writable, Duration limit, Map<String, String> extraEnv) {
    return run(profile, command, workDir, List.of(), writable, limit, extraEnv);
  }

  /**
   * Runs {@code command} in {@code workDir} (created if missing, also used as TMPDIR) and waits at
   * most {@code limit}; past it the process and all its descendants are killed.
   *
   * @param profile what the child may do besides running its code
   * @param readable files and directories the child reads that its command line does not name
   *     (class path entries, agent jars and path arguments are found in the command)
   * @param writable files the child writes outside {@code workDir} (created empty if missing)
   */
  public ProcessResult run(ChildProfile profile, List<String> command, Path workDir,
      List<Path> readable, List<Path> writable, Duration limit, Map<String, String> extraEnv) {
    try {
      Files.createDirectories(workDir);
      for (Path file : writable) {
        if (!Files.exists(file)) {
          Files.createDirectories(file.toAbsolutePath().getParent());
          Files.createFile(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create sandbox dir " + workDir, e);
    }
    List<String> wrapped = confinement.active()
        ? confinement.wrap(command, profile, workDir, readable, writable, privateDirs,
            network.isolated())
        : network.wrap(command);
    ProcessBuilder builder = new ProcessBuilder(wrapped).directory(workDir.toFile());
    builder.environment().put("TMPDIR", workDir.toAbsolutePath().toString());
    builder.environment().putAll(extraEnv);
    long start = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    }
    try {
      process.getOutputStream().close();
    } catch (IOException ignored) {
      // Nothing to tell a child that never reads stdin.
    }
    BoundedCapture out = new BoundedCapture(process.getInputStream(), OUTPUT_LIMIT, "sandbox-stdout");
    BoundedCapture err = new BoundedCapture(process.getErrorStream(), OUTPUT_LIMIT, "sandbox-stderr");
    boolean finished;
    try {
      finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    if (!finished) {
      killTree(process);
    }
    // Descendants that outlive a finished parent (a daemon a test started) are ours to end too.
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    long wall = (System.nanoTime() - start) / 1_000_000;
    int exit = finished ? process.exitValue() : -1;
    return new ProcessResult(exit, !finished, wall, out.text(2000), err.text(2000), network);
  }

  private static void killTree(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
