package dev.flamefix.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.support.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Polls an app's hotspots until the expected methods are all ranked, within a bounded wait. */
final class HotspotWait {

  /** The example's anti-pattern methods every end-to-end test must find, by name. */
  static final List<String> EXPECTED =
      List.of(
          "dev.flamefix.examples.orders.OrderAnalytics#renderReport",
          "dev.flamefix.examples.orders.OrderAnalytics#countKnownCustomers",
          "dev.flamefix.examples.orders.OrderAnalytics#countValidSkus");

  /** How many top hotspots the expected methods must be among. */
  static final int TOP = 6;

  /** Fewest samples before a ranking counts (a few windows' worth at 100 Hz). */
  static final long MIN_SAMPLES = 300;

  private HotspotWait() {}

  /**
   * Waits until the top {@link #TOP} hotspots of {@code app} (cpu, last 10 minutes) hold every
   * {@link #EXPECTED} method, over at least {@link #MIN_SAMPLES} samples.
   *
   * @param diagnostics extra text for the failure message (the child's log)
   * @return the last hotspot report
   * @throws AssertionError with the last report when the wait runs out
   */
  static JsonNode awaitExpected(
      TestServer server, String app, Duration timeout, Supplier<String> diagnostics)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "(no profile received)";
    while (System.nanoTime() < deadline) {
      var response = server.get("/api/apps/" + app + "/hotspots?from=now-10m&limit=" + TOP);
      if (response.statusCode() == 200) {
        JsonNode report = TestServer.parse(response.body());
        last = report.toPrettyString();
        if (report.get("totalSamples").asLong() >= MIN_SAMPLES
            && methods(report).containsAll(EXPECTED)) {
          System.out.println("[e2e] hotspots of " + app + ":\n" + describe(report));
          return report;
        }
      }
      Thread.sleep(1000);
    }
    throw new AssertionError(
        "within "
            + timeout.toSeconds()
            + " s the top "
            + TOP
            + " hotspots of '"
            + app
            + "' did not include all of "
            + EXPECTED
            + "\nlast report: "
            + last
            + "\nchild output:\n"
            + diagnostics.get());
  }

  /** One line per hotspot: rank, share, method. */
  static String describe(JsonNode report) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode h : report.get("hotspots")) {
      sb.append(String.format("  %2d  %5.1f%%  %s%n",
          h.get("rank").asInt(), 100 * h.get("selfShare").asDouble(), h.get("method").asText()));
    }
    return sb.append("  samples=").append(report.get("totalSamples").asLong()).toString();
  }

  static List<String> methods(JsonNode report) {
    List<String> out = new ArrayList<>();
    for (JsonNode h : report.get("hotspots")) {
      out.add(h.get("method").asText());
    }
    return out;
  }
}
