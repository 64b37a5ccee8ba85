package dev.flamefix.server.profiles;

import dev.flamefix.collector.hotspot.Attribution;
import dev.flamefix.collector.hotspot.Hotspot;
import dev.flamefix.collector.hotspot.HotspotRanker;
import dev.flamefix.collector.ingest.StackCounts;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Ranks an application's hotspots over a time range with the collector's {@link HotspotRanker},
 * using the application packages configured for it ({@link AppsProperties}) or the attribution
 * heuristics when none are.
 *
 * <p>The trend is computed over time buckets, not raw windows: several processes of one app send
 * a window each per interval, and equal-width buckets make their sum the unit of change. At most
 * {@link #MAX_BUCKETS} buckets; empty buckets are skipped rather than counted as a zero share.
 */
@Service
public class HotspotService {

  /** Most time buckets a trend is computed over. */
  public static final int MAX_BUCKETS = 12;

  private final ProfileQueryService profiles;
  private final AppsProperties apps;
  private final QueryProperties properties;

  public HotspotService(
      ProfileQueryService profiles, AppsProperties apps, QueryProperties properties) {
    this.profiles = profiles;
    this.apps = apps;
    this.properties = properties;
  }

  /** The attribution used for an app. */
  public Attribution attributionFor(String app) {
    List<String> packages = apps.packagesOf(app);
    return packages.isEmpty()
        ? Attribution.defaults()
        : Attribution.builder().applicationPackages(packages).build();
  }

  /**
   * The ranked hotspots of one app and event over a range.
   *
   * @param limit most hotspots returned
   */
  public HotspotReport report(String app, String event, TimeRange range, int limit) {
    List<ProfileQueryService.LoadedWindow> windows = profiles.load(app, event, range);
    List<StackCounts> buckets = bucket(windows);
    HotspotRanker ranker = new HotspotRanker(attributionFor(app), properties.minShare());
    List<Hotspot> ranked = buckets.isEmpty() ? List.of() : ranker.rank(buckets);
    List<HotspotReport.Entry> entries = new ArrayList<>();
    for (int i = 0; i < ranked.size() && i < limit; i++) {
      entries.add(HotspotReport.Entry.of(i + 1, ranked.get(i)));
    }
    long total = 0;
    for (StackCounts b : buckets) {
      total += b.totalSamples();
    }
    return new HotspotReport(
        app,
        event,
        range.fromMs(),
        range.toMs(),
        windows.size(),
        buckets.size(),
        total,
        ranker.minShare(),
        apps.packagesOf(app),
        entries);
  }

  /** Windows summed into equal-width time buckets by start time, oldest first, empty ones dropped. */
  static List<StackCounts> bucket(List<ProfileQueryService.LoadedWindow> windows) {
    if (windows.isEmpty()) {
      return List.of();
    }
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (ProfileQueryService.LoadedWindow w : windows) {
      first = Math.min(first, w.window().startMs());
      last = Math.max(last, w.window().startMs());
    }
    int n = (int) Math.min(MAX_BUCKETS, windows.size());
    long width = Math.max(1, (last - first) / n + 1);
    List<StackCounts.Builder> builders = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      builders.add(StackCounts.builder());
    }
    for (ProfileQueryService.LoadedWindow w : windows) {
      int i = (int) Math.min(n - 1, (w.window().startMs() - first) / width);
      builders.get(i).addAll(w.stacks());
    }
    List<StackCounts> out = new ArrayList<>();
    for (StackCounts.Builder b : builders) {
      StackCounts s = b.build();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
