package dev.flamefix.collector.hotspot;

import dev.flamefix.collector.ingest.FrameNames;
import dev.flamefix.collector.ingest.StackCounts;
import dev.flamefix.collector.window.StackWindow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Ranks application methods by attributed self share (SPEC §2).
 *
 * <p>For a range of windows: each sample is charged to the frame {@link Attribution} picks; a
 * method's self share is its charged samples over all samples of the range (samples charged to no
 * method, such as GC threads, stay in the denominator: the share is of the whole profile). Methods
 * below {@code minShare} are dropped; the rest are ordered by self share, then total share.
 *
 * <p>Trend: the least-squares slope of the method's per-window share. Over {@code n ≥ 2} windows
 * the fitted change {@code slope × (n − 1)} is GROWING if above {@code max(0.005, 0.2 × mean
 * share)}, SHRINKING if below its negative, else STABLE. Windows with no samples count as share 0.
 */
public final class HotspotRanker {

  /** Default minimum attributed self share: 2%. */
  public static final double DEFAULT_MIN_SHARE = 0.02;

  private final Attribution attribution;
  private final double minShare;

  /** A ranker with {@link #DEFAULT_MIN_SHARE}. */
  public HotspotRanker(Attribution attribution) {
    this(attribution, DEFAULT_MIN_SHARE);
  }

  /**
   * @param minShare hotspots below this attributed self share are dropped; 0..1
   */
  public HotspotRanker(Attribution attribution, double minShare) {
    if (!(minShare >= 0 && minShare <= 1)) {
      throw new IllegalArgumentException("minShare must be within 0..1, was " + minShare);
    }
    this.attribution = attribution;
    this.minShare = minShare;
  }

  /** The attribution in use. */
  public Attribution attribution() {
    return attribution;
  }

  /** The minimum share in use. */
  public double minShare() {
    return minShare;
  }

  /** Hotspots of a single window. */
  public List<Hotspot> rank(StackCounts window) {
    return rank(List.of(window));
  }

  /** Hotspots of windows ordered by their start time (sorted here), with trends. */
  public List<Hotspot> rankWindows(List<StackWindow> windows) {
    List<StackWindow> sorted = new ArrayList<>(windows);
    sorted.sort(Comparator.comparingLong(StackWindow::startEpochMs));
    List<StackCounts> stacks = new ArrayList<>(sorted.size());
    for (StackWindow w : sorted) {
      stacks.add(w.stacks());
    }
    return rank(stacks);
  }

  /**
   * Hotspots over windows given oldest first; shares are of the windows' samples together, and
   * each hotspot has its per-window share for the trend.
   */
  public List<Hotspot> rank(List<StackCounts> windowsOldestFirst) {
    int n = windowsOldestFirst.size();
    Map<String, long[]> perMethod = new HashMap<>(); // [self total, total total, self per window...]
    long[] windowTotals = new long[n];
    long grandTotal = 0;
    for (int w = 0; w < n; w++) {
      StackCounts window = windowsOldestFirst.get(w);
      windowTotals[w] = window.totalSamples();
      grandTotal += window.totalSamples();
      final int wi = w;
      HashSet<String> seen = new HashSet<>();
      window.forEach(
          (frames, count) -> {
            int at = attribution.attributedIndex(frames);
            if (at < 0) {
              return;
            }
            long[] self = perMethod.computeIfAbsent(frames.get(at), k -> new long[2 + n]);
            self[0] += count;
            self[2 + wi] += count;
            seen.clear();
            for (int i = 0; i <= at; i++) {
              String f = frames.get(i);
              if (attribution.isApplication(f) && seen.add(f)) {
                perMethod.computeIfAbsent(f, k -> new long[2 + n])[1] += count;
              }
            }
          });
    }
    List<Hotspot> out = new ArrayList<>();
    if (grandTotal == 0) {
      return out;
    }
    for (Map.Entry<String, long[]> e : perMethod.entrySet()) {
      long[] c = e.getValue();
      double selfShare = (double) c[0] / grandTotal;
      if (c[0] == 0 || selfShare < minShare) {
        continue;
      }
      List<Double> shares = new ArrayList<>(n);
      for (int w = 0; w < n; w++) {
        shares.add(windowTotals[w] == 0 ? 0.0 : (double) c[2 + w] / windowTotals[w]);
      }
      double slope = slope(shares);
      String frame = e.getKey();
      out.add(
          new Hotspot(
              frame,
              FrameNames.className(frame),
              FrameNames.methodName(frame),
              c[0],
              c[1],
              selfShare,
              (double) c[1] / grandTotal,
              shares,
              slope,
              trendOf(shares, slope)));
    }
    out.sort(
        Comparator.comparingDouble(Hotspot::selfShare)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Hotspot::totalShare).reversed())
            .thenComparing(Hotspot::frame));
    return out;
  }

  static double slope(List<Double> ys) {
    int n = ys.size();
    if (n < 2) {
      return 0;
    }
    double meanX = (n - 1) / 2.0;
    double meanY = 0;
    for (double y : ys) {
      meanY += y;
    }
    meanY /= n;
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      num += (i - meanX) * (ys.get(i) - meanY);
      den += (i - meanX) * (i - meanX);
    }
    return num / den;
  }

  static Trend trendOf(List<Double> shares, double slope) {
    int n = shares.size();
    if (n < 2) {
      return Trend.STABLE;
    }
    double mean = 0;
    for (double s : shares) {
      mean += s;
    }
    mean /= n;
    double change = slope * (n - 1);
    double threshold = Math.max(0.005, 0.2 * mean);
    if (change > threshold) {
      return Trend.GROWING;
    }
    if (change < -threshold) {
      return Trend.SHRINKING;
    }
    return Trend.STABLE;
  }
}
