package dev.flamefix.collector.window;

import dev.flamefix.collector.ingest.StackCounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The stacks one JVM sent for one time window, with the metadata of SPEC §2.
 *
 * @param app application name
 * @param labels {@code k=v} labels, e.g. env or region; unmodifiable, sorted by key
 * @param event cpu, wall, alloc or lock ({@link dev.flamefix.collector.ingest.ProfileEvents})
 * @param pid process id, 0 if unknown or mixed (after merging windows of several processes)
 * @param host host name, empty if unknown or mixed
 * @param interval sampling interval, {@link Duration#ZERO} if unknown or mixed
 * @param startEpochMs window start, epoch milliseconds
 * @param endEpochMs window end, epoch milliseconds, not before the start
 * @param stacks the samples
 */
public record StackWindow(
    String app,
    Map<String, String> labels,
    String event,
    long pid,
    String host,
    Duration interval,
    long startEpochMs,
    long endEpochMs,
    StackCounts stacks) {

  /** Validates and copies. */
  public StackWindow {
    Objects.requireNonNull(app, "app");
    if (app.isBlank()) {
      throw new IllegalArgumentException("app must not be blank");
    }
    Objects.requireNonNull(event, "event");
    labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    host = host == null ? "" : host;
    interval = interval == null ? Duration.ZERO : interval;
    Objects.requireNonNull(stacks, "stacks");
    if (endEpochMs < startEpochMs) {
      throw new IllegalArgumentException(
          "window ends (" + endEpochMs + ") before it starts (" + startEpochMs + ")");
    }
  }

  /** Length of the window. */
  public Duration duration() {
    return Duration.ofMillis(endEpochMs - startEpochMs);
  }

  /**
   * This window and {@code other} as one: from the earlier start to the later end, stacks summed,
   * labels kept where both agree, pid/host/interval kept if equal and cleared otherwise.
   *
   * @throws IllegalArgumentException if the app or event differ
   */
  public StackWindow merge(StackWindow other) {
    if (!app.equals(other.app) || !event.equals(other.event)) {
      throw new IllegalArgumentException(
          "cannot merge windows of "
              + app
              + "/"
              + event
              + " and "
              + other.app
              + "/"
              + other.event);
    }
    TreeMap<String, String> common = new TreeMap<>();
    labels.forEach(
        (k, v) -> {
          if (v.equals(other.labels.get(k))) {
            common.put(k, v);
          }
        });
    return new StackWindow(
        app,
        common,
        event,
        pid == other.pid ? pid : 0,
        host.equals(other.host) ? host : "",
        interval.equals(other.interval) ? interval : Duration.ZERO,
        Math.min(startEpochMs, other.startEpochMs),
        Math.max(endEpochMs, other.endEpochMs),
        stacks.merge(other.stacks));
  }

  /**
   * All windows as one (see {@link #merge(StackWindow)}); stacks are summed in one pass.
   *
   * @throws IllegalArgumentException if the list is empty or app/event differ
   */
  public static StackWindow mergeAll(List<StackWindow> windows) {
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("no window to merge");
    }
    List<StackWindow> sorted = new ArrayList<>(windows);
    sorted.sort(Comparator.comparingLong(StackWindow::startEpochMs));
    StackWindow first = sorted.get(0);
    StackCounts.Builder all = StackCounts.builder();
    StackWindow meta = first.withStacks(StackCounts.empty());
    for (StackWindow w : sorted) {
      meta = meta.merge(w.withStacks(StackCounts.empty()));
      all.addAll(w.stacks);
    }
    return meta.withStacks(all.build());
  }

  /** The same window with other stacks. */
  public StackWindow withStacks(StackCounts newStacks) {
    return new StackWindow(
        app, labels, event, pid, host, interval, startEpochMs, endEpochMs, newStacks);
  }
}
