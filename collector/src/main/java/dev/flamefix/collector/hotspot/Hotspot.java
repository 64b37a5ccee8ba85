package dev.flamefix.collector.hotspot;

import java.util.List;

/**
 * An application method that costs a noticeable share of the profiled time.
 *
 * @param frame the canonical frame, e.g. {@code com.acme.Foo.bar}
 * @param className {@code com.acme.Foo}
 * @param methodName {@code bar}
 * @param selfSamples samples charged to this method by attribution (its own leaf samples plus
 *     those of JDK, library and native frames it called)
 * @param totalSamples samples with this method anywhere on the stack (each sample counted once,
 *     however often it recurses)
 * @param selfShare {@code selfSamples} over all samples of the ranked range
 * @param totalShare {@code totalSamples} over all samples of the ranked range
 * @param windowShares attributed self share in each window, oldest first
 * @param slope least-squares slope of {@code windowShares} per window
 * @param trend what the slope means, see {@link HotspotRanker}
 */
public record Hotspot(
    String frame,
    String className,
    String methodName,
    long selfSamples,
    long totalSamples,
    double selfShare,
    double totalShare,
    List<Double> windowShares,
    double slope,
    Trend trend) {

  /** Makes {@code windowShares} unmodifiable. */
  public Hotspot {
    windowShares = List.copyOf(windowShares);
  }

  /** {@code com.acme.Foo#bar}, the form the optimizer takes. */
  public String qualifiedName() {
    return className + "#" + methodName;
  }
}
