package dev.flamefix.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flamefix hotspots}: asks a running server for an app's ranked hotspots and prints them as
 * a table, optionally waiting until enough samples arrived. Exit code 0 with at least one hotspot,
 * 1 when there is none (or the server cannot be reached within the timeout).
 */
@Command(
    name = "hotspots",
    mixinStandardHelpOptions = true,
    description = "Print an application's ranked hotspots from a running flamefix server.")
public final class HotspotsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ServerOptions serverOptions;

  @Option(names = "--app", required = true, description = "Application name.")
  String app;

  @Option(names = "--from", defaultValue = "now-15m", description = "Range start (epoch s/ms, ISO-8601, now-15m; default: ${DEFAULT-VALUE}).")
  String from;

  @Option(names = "--to", description = "Range end (default: now).")
  String to;

  @Option(names = "--event", description = "cpu, wall, alloc or lock (default: cpu when present).")
  String event;

  @Option(names = "--limit", defaultValue = "10", description = "Most hotspots listed (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--min-samples", defaultValue = "1", description = "Wait until the range holds this many samples (default: ${DEFAULT-VALUE}).")
  long minSamples;

  @Option(names = "--timeout", defaultValue = "0s", converter = Converters.ShortDuration.class, description = "How long to wait for --min-samples, e.g. 60s (default: no wait).")
  Duration timeout;


  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServerClient server = serverOptions.client(Duration.ofSeconds(30));
    long deadline = System.nanoTime() + timeout.toNanos();
    String problem;
    while (true) {
      try {
        JsonNode report = server.getJson(path());
        if (report.path("totalSamples").asLong() >= minSamples || System.nanoTime() >= deadline) {
          out.print(table(report));
          out.flush();
          return report.path("hotspots").size() > 0 ? 0 : 1;
        }
        problem = "only " + report.path("totalSamples").asLong() + " samples so far";
      } catch (IOException e) {
        // Refused (e.g. no such app yet) or unreachable: both may heal while we wait.
        problem = e.getMessage();
      }
      if (System.nanoTime() >= deadline) {
        err.println("flamefix hotspots: " + problem);
        return 1;
      }
      Thread.sleep(1000);
    }
  }

  private String path() {
    StringBuilder q = new StringBuilder();
    q.append("/api/apps/").append(enc(app)).append("/hotspots?limit=")
        .append(limit).append("&from=").append(enc(from));
    if (to != null) {
      q.append("&to=").append(enc(to));
    }
    if (event != null) {
      q.append("&event=").append(enc(event));
    }
    return q.toString();
  }

  private static String enc(String s) {
    return ServerClient.enc(s);
  }

  /** The report as a fixed-width table. */
  static String table(JsonNode report) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("Hotspots of %s (%s, %d samples in %d windows; attributed self share >= %.0f%%)%n",
        report.path("app").asText(), report.path("event").asText(), report.path("totalSamples").asLong(),
        report.path("windows").asInt(), 100 * report.path("minShare").asDouble()));
    sb.append(String.format("%4s  %6s  %6s  %-9s  %s%n", "rank", "self", "total", "trend", "method"));
    for (JsonNode h : report.path("hotspots")) {
      sb.append(String.format("%4d  %5.1f%%  %5.1f%%  %-9s  %s%n", h.path("rank").asInt(),
          100 * h.path("selfShare").asDouble(), 100 * h.path("totalShare").asDouble(),
          h.path("trend").asText(), h.path("method").asText()));
    }
    if (report.path("hotspots").size() == 0) {
      sb.append("  (no method reaches the minimum share)").append(System.lineSeparator());
    }
    return sb.toString();
  }
}
