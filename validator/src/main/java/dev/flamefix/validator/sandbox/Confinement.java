package dev.flamefix.validator.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * How a child's file system and process rights are cut down, found out once per JVM by trying it.
 *
 * <p>With <a href="https://github.com/containers/bubblewrap">bubblewrap</a> ({@code bwrap}) on
 * Linux every child runs in its own mount, PID, IPC, UTS and user namespace as an unprivileged
 * user without capabilities: the whole file system is mounted read-only; {@code /tmp},
 * {@code /var/tmp}, the user's home and the sandbox's private directories (flamefix's data
 * directory, the validator's work directory) are replaced by empty private directories that vanish
 * with the child; only the child's scratch directory and the files it must write are mounted
 * writable; what the command line names inside a hidden directory (class path entries, a
 * {@code -javaagent} jar, task files) is mounted back read-only. The network is cut with
 * {@code --unshare-net} (private loopback only) when the {@link NetworkIsolation} asks for it.
 * Processes are refused by the kernel through {@link NoProcessFilter}, per {@link ChildProfile}.
 *
 * <p>Where {@code bwrap} is missing or cannot create namespaces, or on another OS, children run
 * as before (network isolation by {@link NetworkIsolation} alone) and {@link #reason()} says so
 * plainly, beginning with {@code "NOT confined"}.
 */
public final class Confinement {

  /** The unprivileged user and group children run as inside their user namespace. */
  private static final String NOBODY = "65534";

  private static volatile Confinement detected;

  private final boolean active;
  private final String reason;
  private final Path filter;
  private final Path forkJvm;

  private Confinement(boolean active, String reason, Path filter, Path forkJvm) {
    this.active = active;
    this.reason = reason;
    this.filter = filter;
    this.forkJvm = forkJvm;
  }

  /** No confinement, on purpose or because the machine cannot provide it; {@code reason} says. */
  public static Confinement disabled(String reason) {
    return new Confinement(false, reason, null, null);
  }

  /** The confinement this machine allows, probed once and then cached. */
  public static Confinement detect() {
    Confinement result = detected;
    if (result == null) {
      synchronized (Confinement.class) {
        result = detected;
        if (result == null) {
          result = probe();
          detected = result;
          System.err.println("flamefix sandbox: " + result.reason());
        }
      }
    }
    return result;
  }

  /** Whether children run under {@code bwrap} with the file rules in force. */
  public boolean active() {
    return active;
  }

  /** Whether the kernel refuses new processes to candidate code (see {@link ChildProfile}). */
  public boolean blocksProcesses() {
    return active && filter != null;
  }

  /** What is in force, or plainly why not, in one sentence for logs and reports. */
  public String reason() {
    return reason;
  }

  /**
   * The {@code java} a {@link ChildProfile#JMH_HOST} child must start its benchmark JVMs with: it
   * runs this JVM's {@code java} under {@link NoProcessFilter}. Empty when processes are not
   * blocked (then forks use the plain {@code java}).
   */
  public Optional<Path> forkJvm() {
    return Optional.ofNullable(blocksProcesses() ? forkJvm : null);
  }

  /**
   * Wraps {@code command} so it runs confined; unchanged when not {@link #active()}.
   *
   * @param profile what the child may do
   * @param scratch the child's working directory, writable
   * @param readable further files or directories the child reads, mounted back read-only where
   *     hidden (what the command line names is found there)
   * @param writable further files or directories the child must write (must exist)
   * @param hidden directories replaced by empty ones besides {@code /tmp} and the home directory
   * @param cutNetwork whether the child gets a network namespace of its own
   */
  public List<String> wrap(List<String> command, ChildProfile profile, Path scratch,
      List<Path> readable, List<Path> writable, List<Path> hidden, boolean cutNetwork) {
    if (!active) {
      return List.copyOf(command);
    }
    List<Path> hiddenDirs = hiddenDirs(hidden);
    List<String> out = new ArrayList<>();
    boolean filtered = filter != null && profile == ChildProfile.NO_PROCESSES;
    if (filtered) {
      // bwrap reads the seccomp program from a file descriptor; the shell opens it.
      out.addAll(List.of("sh", "-c", "exec \"$@\" 3<\"$0\"", filter.toString()));
    }
    // Build tools find their caches through the passwd entry of their user (Maven's user.home),
    // so they keep this user's ids; without capabilities they cannot undo the mounts either way.
    String uid = profile == ChildProfile.BUILD_TOOL ? hostId("-u") : NOBODY;
    String gid = profile == ChildProfile.BUILD_TOOL ? hostId("-g") : NOBODY;
    out.addAll(List.of("bwrap", "--die-with-parent", "--new-session", "--unshare-user",
        "--uid", uid, "--gid", gid, "--cap-drop", "ALL", "--unshare-pid", "--unshare-ipc",
        "--unshare-uts"));
    // No cgroup namespace: JDK 17 then fails to read its container metrics (JMH needs them).
    if (cutNetwork) {
      out.add("--unshare-net");
    }
    if (profile == ChildProfile.NO_PROCESSES) {
      out.add("--disable-userns");
    }
    out.addAll(List.of("--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"));
    for (Path dir : hiddenDirs) {
      out.addAll(List.of("--tmpfs", dir.toString()));
    }
    Set<Path> reads = new LinkedHashSet<>(readableIn(command));
    reads.addAll(readable);
    reads.add(Path.of(System.getProperty("java.home")));
    if (profile == ChildProfile.JMH_HOST && forkJvm != null) {
      reads.add(forkJvm.getParent());
    }
    if (profile == ChildProfile.BUILD_TOOL) {
      Path home = Path.of(System.getProperty("user.home"));
      reads.addAll(List.of(home.resolve(".m2"), home.resolve(".gradle")));
    }
    List<Path> rw = new ArrayList<>();
    rw.add(scratch.toAbsolutePath().normalize());
    writable.forEach(p -> rw.add(p.toAbsolutePath().normalize()));
    reads.stream().map(p -> p.toAbsolutePath().normalize())
        .filter(p -> Files.exists(p) && insideAny(p, hiddenDirs) && !insideAny(p, rw))
        .sorted(Comparator.comparingInt(Path::getNameCount))
        .forEach(p -> out.addAll(List.of("--ro-bind", p.toString(), p.toString())));
    for (Path p : rw) {
      out.addAll(List.of("--bind", p.toString(), p.toString()));
    }
    out.addAll(List.of("--chdir", scratch.toAbsolutePath().toString()));
    if (profile != ChildProfile.BUILD_TOOL) {
      out.addAll(List.of("--setenv", "HOME", scratch.toAbsolutePath().toString()));
    }
    if (filtered) {
      out.addAll(List.of("--seccomp", "3"));
    }
    out.add("--");
    out.addAll(command);
    return out;
  }

  /** {@code /tmp}, {@code /var/tmp}, the home directory and {@code extra}, existing ones only. */
  private static List<Path> hiddenDirs(List<Path> extra) {
    List<Path> dirs = new ArrayList<>(List.of(Path.of("/tmp"), Path.of("/var/tmp"),
        Path.of(System.getProperty("user.home"))));
    String home = System.getenv("HOME");
    if (home != null && !home.isBlank()) {
      dirs.add(Path.of(home));
    }
    dirs.addAll(extra);
    // The root stays; everything the child needs inside a hidden directory (the JDK included) is
    // mounted back read-only by wrap().
    return dirs.stream().map(p -> p.toAbsolutePath().normalize()).distinct()
        .filter(p -> p.getNameCount() > 0 && Files.isDirectory(p))
        .sorted(Comparator.comparingInt(Path::getNameCount)).toList();
  }

  /** Absolute paths the command names: its arguments, class path entries, agent jars. */
  static List<Path> readableIn(List<String> command) {
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < command.size(); i++) {
      String arg = command.get(i);
      List<String> parts = new ArrayList<>();
      if ((arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path"))
          && i + 1 < command.size()) {
        parts.addAll(List.of(command.get(++i).split(File.pathSeparator)));
      } else if (arg.startsWith("-javaagent:")) {
        parts.add(arg.substring("-javaagent:".length()).split("=", 2)[0]);
      } else if (arg.startsWith("-") && arg.contains("=")) {
        parts.add(arg.substring(arg.indexOf('=') + 1));
      } else {
        parts.add(arg);
      }
      for (String part : parts) {
        if (part.startsWith("/")) {
          paths.add(Path.of(part));
        }
      }
    }
    return paths;
  }

  /** This process's user or group id ({@code id -u} / {@code id -g}), or nobody's if unknown. */
  private static String hostId(String flag) {
    try {
      Process process = new ProcessBuilder("id", flag).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes()).trim();
      return process.waitFor() == 0 && out.matches("\\d+") ? out : NOBODY;
    } catch (IOException e) {
      return NOBODY;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return NOBODY;
    }
  }

  private static boolean insideAny(Path path, List<Path> dirs) {
    return dirs.stream().anyMatch(path::startsWith);
  }

  private static Confinement probe() {
    if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
      return disabled("NOT confined: file and process isolation needs Linux and bubblewrap; this"
          + " OS is " + System.getProperty("os.name") + ", so candidate code can write wherever"
          + " this user can and start processes");
    }
    Path dir;
    Path filter = null;
    Path forkJvm;
    try {
      dir = Files.createTempDirectory("flamefix-sandbox-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
      Optional<byte[]> program = NoProcessFilter.forCurrentArch();
      if (program.isPresent()) {
        filter = dir.resolve("no-process.bpf");
        Files.write(filter, program.get());
      }
      forkJvm = dir.resolve("java");
      if (filter != null) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(forkJvm, "#!/bin/sh\n"
            + "# A JMH fork: this JVM under the no-process filter, nothing else changed.\n"
            + "exec bwrap --dev-bind / / --unshare-user --uid " + NOBODY + " --gid " + NOBODY
            + " --disable-userns --die-with-parent --seccomp 3 -- '" + java + "' \"$@\" 3<'"
            + filter + "'\n");
        forkJvm.toFile().setExecutable(true, false);
      }
      for (Path p : List.of(dir, dir.resolve("no-process.bpf"), forkJvm)) {
        p.toFile().deleteOnExit();
      }
    } catch (IOException e) {
      return disabled("NOT confined: cannot write the sandbox's helper files: " + e.getMessage());
    }
    Confinement candidate = new Confinement(true, "", filter, forkJvm);
    Path scratch = dir.resolve("probe");
    String failure;
    try {
      Files.createDirectories(scratch);
      scratch.toFile().deleteOnExit();
      List<String> probe = candidate.wrap(List.of("sh", "-c", "echo ok"),
          ChildProfile.NO_PROCESSES, scratch, List.of(), List.of(), List.of(), true);
      Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes()).trim();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        failure = "bwrap did not finish";
      } else if (process.exitValue() == 0 && out.endsWith("ok")) {
        failure = null;
      } else {
        failure = "bwrap failed (exit " + process.exitValue() + "): "
            + out.lines().findFirst().orElse("");
      }
    } catch (IOException e) {
      failure = "bwrap not found (install the bubblewrap package): " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = "interrupted while probing bwrap";
    }
    if (failure != null) {
      return disabled("NOT confined: " + failure + "; candidate code can write wherever this user"
          + " can, read the home and data directories, and start processes");
    }
    String processes = filter != null
        ? "no process starts (kernel seccomp filter; build tools excepted)"
        : "processes NOT blocked (no seccomp program for " + System.getProperty("os.arch") + ")";
    return new Confinement(true, "bwrap: read-only file system, private /tmp, home and data"
        + " directories hidden, writable scratch only, unprivileged user; " + processes, filter,
        forkJvm);
  }
}
