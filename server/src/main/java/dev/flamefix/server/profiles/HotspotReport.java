package dev.flamefix.server.profiles;

import dev.flamefix.collector.hotspot.Hotspot;
import dev.flamefix.collector.hotspot.Trend;
import java.util.List;

/**
 * The answer of {@code GET /api/apps/{app}/hotspots}.
 *
 * @param app application name
 * @param event the event ranked
 * @param fromMs range start, epoch ms
 * @param toMs range end, epoch ms
 * @param windows stored windows in the range
 * @param buckets time buckets the trend is computed over (oldest first in each hotspot's
 *     {@code windowShares})
 * @param totalSamples samples in the range
 * @param minShare the attributed self share a method needs to be listed
 * @param applicationPackages configured application packages; empty means the attribution
 *     heuristics decided
 * @param hotspots ranked, highest attributed self share first
 */
public record HotspotReport(
    String app,
    String event,
    long fromMs,
    long toMs,
    int windows,
    int buckets,
    long totalSamples,
    double minShare,
    List<String> applicationPackages,
    List<Entry> hotspots) {

  /**
   * One ranked hotspot.
   *
   * @param rank 1 for the hottest
   * @param method {@code com.acme.Foo#bar}, the form the optimizer takes
   * @param frame the canonical frame, {@code com.acme.Foo.bar}
   * @param className {@code com.acme.Foo}
   * @param methodName {@code bar}
   * @param selfSamples samples attributed to the method
   * @param totalSamples samples with the method on the stack
   * @param selfShare attributed self share of the range, 0..1
   * @param totalShare total share of the range, 0..1
   * @param trend direction of the share across buckets
   * @param slope share change per bucket (least squares)
   * @param windowShares attributed self share per bucket, oldest first
   */
  public record Entry(
      int rank,
      String method,
      String frame,
      String className,
      String methodName,
      long selfSamples,
      long totalSamples,
      double selfShare,
      double totalShare,
      Trend trend,
      double slope,
      List<Double> windowShares) {

    /** The entry for a collector hotspot at a rank. */
    public static Entry of(int rank, Hotspot h) {
      return new Entry(
          rank,
          h.qualifiedName(),
          h.frame(),
          h.className(),
          h.methodName(),
          h.selfSamples(),
          h.totalSamples(),
          h.selfShare(),
          h.totalShare(),
          h.trend(),
          h.slope(),
          h.windowShares());
    }
  }
}
