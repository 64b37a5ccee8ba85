package dev.flamefix.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one load run simulates, read from {@code --name=value} arguments.
 *
 * @param servers base URLs of the server replicas; agents are spread over them round robin, as a
 *     load balancer would
 * @param agents simulated JVMs, each with its own pid, host and label set
 * @param apps distinct services the agents belong to (skewed: a few services have many JVMs)
 * @param window window length; each agent sends one window per window
 * @param duration how long agents keep sending (their starts are staggered over the first window)
 * @param drain how long to wait for requests still in flight after the last one is due
 * @param minStacks fewest distinct stacks in a window
 * @param maxStacks most distinct stacks in a window (log-uniform in between)
 * @param minDepth shallowest stack
 * @param maxDepth deepest stack
 * @param payloadsPerApp distinct windows generated per service ahead of the run and sent in turn
 * @param ingestToken bearer token for {@code /ingest}, or {@code null}
 * @param apiToken bearer token for {@code /api} and {@code /actuator}, or {@code null}
 * @param jdbcUrl PostgreSQL (or H2) JDBC URL to measure table bytes and rows, or {@code null}
 * @param jdbcUser its user
 * @param jdbcPassword its password
 * @param serverPids pids of the server processes, to read their CPU time from {@code /proc}
 *     instead of the Actuator's {@code process.cpu.time}; empty to use the Actuator
 * @param runId prefix of every app name of this run, so runs on one database do not mix
 * @param seed seed of the generated stacks
 */
public record LoadOptions(
    List<URI> servers,
    int agents,
    int apps,
    Duration window,
    Duration duration,
    Duration drain,
    int minStacks,
    int maxStacks,
    int minDepth,
    int maxDepth,
    int payloadsPerApp,
    String ingestToken,
    String apiToken,
    String jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
    List<Long> serverPids,
    String runId,
    long seed) {

  /** The usage text. */
  public static final String USAGE =
      "--servers=http://127.0.0.1:8080[,http://...] [--agents=2000] [--apps=40] [--window=10s]\n"
          + "  [--duration=180s] [--drain=60s] [--min-stacks=200] [--max-stacks=3000] [--min-depth=20]\n"
          + "  [--max-depth=80] [--payloads-per-app=4] [--token=INGEST] [--api-token=API]\n"
          + "  [--jdbc=jdbc:postgresql://...] [--jdbc-user=] [--jdbc-password=] [--server-pids=1,2]\n"
          + "  [--run-id=r1234] [--seed=1]";

  /** Parses {@code --name=value} arguments; unknown names are refused. */
  public static LoadOptions parse(String... args) {
    Map<String, String> a = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("expected --name=value, got " + arg + "\n" + USAGE);
      }
      a.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    List<URI> servers = new ArrayList<>();
    for (String s : take(a, "servers", "").split(",")) {
      if (!s.isBlank()) {
        servers.add(URI.create(s.trim().replaceAll("/+$", "")));
      }
    }
    if (servers.isEmpty()) {
      throw new IllegalArgumentException("--servers is required\n" + USAGE);
    }
    List<Long> pids = new ArrayList<>();
    for (String p : take(a, "server-pids", "").split(",")) {
      if (!p.isBlank()) {
        pids.add(Long.parseLong(p.trim()));
      }
    }
    LoadOptions o =
        new LoadOptions(
            servers,
            Integer.parseInt(take(a, "agents", "2000")),
            Integer.parseInt(take(a, "apps", "40")),
            duration(take(a, "window", "10s")),
            duration(take(a, "duration", "180s")),
            duration(take(a, "drain", "60s")),
            Integer.parseInt(take(a, "min-stacks", "200")),
            Integer.parseInt(take(a, "max-stacks", "3000")),
            Integer.parseInt(take(a, "min-depth", "20")),
            Integer.parseInt(take(a, "max-depth", "80")),
            Integer.parseInt(take(a, "payloads-per-app", "4")),
            emptyToNull(take(a, "token", "")),
            emptyToNull(take(a, "api-token", "")),
            emptyToNull(take(a, "jdbc", "")),
            take(a, "jdbc-user", ""),
            take(a, "jdbc-password", ""),
            List.copyOf(pids),
            take(a, "run-id", "r" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36)),
            Long.parseLong(take(a, "seed", "1")));
    if (!a.isEmpty()) {
      throw new IllegalArgumentException("unknown options " + a.keySet() + "\n" + USAGE);
    }
    if (o.agents < 1 || o.apps < 1 || o.apps > o.agents || o.minStacks < 1
        || o.maxStacks < o.minStacks || o.payloadsPerApp < 1) {
      throw new IllegalArgumentException("inconsistent options: " + o);
    }
    return o;
  }

  /** Offered load: windows per second when every agent keeps up. */
  public double offeredWindowsPerSecond() {
    return agents / (window.toMillis() / 1000.0);
  }

  private static String take(Map<String, String> a, String name, String dflt) {
    String v = a.remove(name);
    return v == null ? dflt : v;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /** {@code 500ms}, {@code 10s}, {@code 3m}, {@code 1h}. */
  static Duration duration(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    long n = Long.parseLong(t.substring(0, t.length() - 1));
    return switch (t.charAt(t.length() - 1)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      default -> throw new IllegalArgumentException("duration " + text + " (use ms, s, m or h)");
    };
  }
}
