package dev.flamefix.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;


/**
 * What the load generator reads from the servers and their database: the servers' CPU time, the
 * windows and samples they answer for this run's apps, and the window table's size.
 */
final class ServerProbe {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** {@code /proc/<pid>/stat} counts in clock ticks; Linux's USER_HZ is 100 on every platform. */
  private static final double TICKS_PER_SECOND = 100.0;

  private final LoadOptions options;
  private final HttpClient http;

  ServerProbe(LoadOptions options, HttpClient http) {
    this.options = options;
    this.http = http;
  }

  /** Stored windows and samples of the apps whose name starts with {@code prefix}. */
  record Stored(long windows, long samples) {}

  /** Table size and rows. */
  record DbSize(long bytes, long rows) {}

  /** CPU seconds the server processes have used so far (sum over replicas). */
  double cpuSeconds() throws IOException, InterruptedException {
    double sum = 0;
    if (!options.serverPids().isEmpty()) {
      for (long pid : options.serverPids()) {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        sum += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
      }
      return sum;
    }
    for (URI server : options.servers()) {
      JsonNode m = getJson(server, "/actuator/metrics/process.cpu.time");
      double value = m.path("measurements").path(0).path("value").asDouble();
      String unit = m.path("baseUnit").asText("seconds");
      sum += unit.startsWith("nano") ? value / 1e9 : unit.startsWith("milli") ? value / 1e3 : value;
    }
    return sum;
  }

  /** What {@code server} answers in {@code GET /api/apps} for apps named {@code prefix*}. */
  Stored stored(URI server, String prefix) throws IOException, InterruptedException {
    long windows = 0;
    long samples = 0;
    for (JsonNode app : getJson(server, "/api/apps")) {
      if (app.path("name").asText().startsWith(prefix)) {
        windows += app.path("windows").asLong();
        samples += app.path("samples").asLong();
      }
    }
    return new Stored(windows, samples);
  }

  /**
   * What {@code server} answers once two reads {@value #SETTLE_SECONDS} s apart agree (at most 10
   * minutes): an overloaded server still finishes requests whose agents timed out.
   */
  Stored settledStored(URI server, String prefix, Appendable log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    Stored last = null;
    while (true) {
      Stored now;
      try {
        now = stored(server, prefix);
      } catch (IOException busy) {
        log.append("[load] server busy (" + busy.getMessage() + "); waiting\n");
        now = null;
      }
      if (now != null && now.equals(last) || System.nanoTime() > deadline) {
        return now != null ? now : stored(server, prefix);
      }
      last = now;
      Thread.sleep(SETTLE_SECONDS * 1000L);
    }
  }

  private static final int SETTLE_SECONDS = 5;

  /**
   * Bytes of the window table with its indexes and TOAST ({@code pg_total_relation_size}) and its
   * rows; {@code null} without {@code --jdbc} or on a database that is not PostgreSQL.
   */
  DbSize dbSize() throws SQLException {
    if (options.jdbcUrl() == null || !options.jdbcUrl().startsWith("jdbc:postgresql:")) {
      return null;
    }
    try (Connection c =
            DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT pg_total_relation_size('profile_window'), (SELECT count(*) FROM profile_window)")) {
      rs.next();
      return new DbSize(rs.getLong(1), rs.getLong(2));
    }
  }

  /**
   * Rows of one run in the table, and distinct windows among them.
   *
   * @param rows rows of the run's apps
   * @param distinct distinct (app, labels, pid, host, start) among them: a window stored twice
   *     (a retry after a timeout whose first attempt was stored after all) counts once
   */
  record Rows(long rows, long distinct) {}

  /** One window's identity as the generator and the table both know it. */
  static String windowKey(String app, String labels, String pid, String host, long startMs) {
    return app + '|' + labels + '|' + pid + '|' + host + '|' + startMs;
  }

  /** This run's stored windows ({@link #windowKey}); {@code null} without a PostgreSQL {@code --jdbc}. */
  java.util.Set<String> storedWindows(String prefix) throws SQLException {
    if (options.jdbcUrl() == null || !options.jdbcUrl().startsWith("jdbc:postgresql:")) {
      return null;
    }
    java.util.Set<String> keys = new java.util.HashSet<>();
    try (Connection c =
            DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword());
        var s = c.prepareStatement("SELECT app, labels, pid, host, start_ms FROM profile_window WHERE app LIKE ?")) {
      s.setString(1, prefix.replace("_", "\\_") + "%");
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          keys.add(windowKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
        }
      }
    }
    return keys;
  }

  /** This run's rows in the table; {@code null} without a PostgreSQL {@code --jdbc}. */
  Rows rowsOf(String prefix) throws SQLException {
    if (options.jdbcUrl() == null || !options.jdbcUrl().startsWith("jdbc:postgresql:")) {
      return null;
    }
    try (Connection c =
            DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword());
        var s = c.prepareStatement("SELECT count(*), count(DISTINCT (app, labels, pid, host, start_ms))"
            + " FROM profile_window WHERE app LIKE ?")) {
      s.setString(1, prefix.replace("_", "\\_") + "%");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return new Rows(rs.getLong(1), rs.getLong(2));
      }
    }
  }

  private JsonNode getJson(URI server, String path) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(120)).GET();
    if (options.apiToken() != null) {
      b.header("Authorization", "Bearer " + options.apiToken());
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("GET " + server.resolve(path) + " -> " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /** The 1-minute load average of this machine. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

}
