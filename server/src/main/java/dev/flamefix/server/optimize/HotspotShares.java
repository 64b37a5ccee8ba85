package dev.flamefix.server.optimize;

import dev.flamefix.server.profiles.HotspotReport;
import dev.flamefix.server.profiles.HotspotService;
import dev.flamefix.server.profiles.ProfileQueryService;
import dev.flamefix.server.profiles.TimeRange;
import dev.flamefix.optimizer.feedback.ProfileEvidence;
import dev.flamefix.server.hotlines.HotLinesService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/** The attributed self share of methods in an app's recent CPU profile (for savings and the loop). */
@Component
public class HotspotShares {
  private final HotspotService hotspots;
  private final ProfileQueryService profiles;
  private final HotLinesService hotLines;
  private final Clock clock;

  public HotspotShares(
      HotspotService hotspots, ProfileQueryService profiles, HotLinesService hotLines, Clock clock) {
    this.hotspots = hotspots;
    this.profiles = profiles;
    this.hotLines = hotLines;
    this.clock = clock;
  }

  /**
   * The hottest source lines of {@code method} over the last hour, hottest first; empty when the
   * profile has no line numbers for it or there is no app.
   */
  public List<ProfileEvidence.HotLine> hotLinesOf(String app, String method) {
    if (app == null) return List.of();
    long now = clock.millis();
    return hotLines.hotLines(app, method, new TimeRange(now - Duration.ofHours(1).toMillis(), now));
  }

  /** The ranked hotspots of the last {@code range}; empty when the app has no profiles. */
  public List<HotspotReport.Entry> top(String app, Duration range, int limit) {
    try {
      long now = clock.millis();
      String event = profiles.resolveEvent(app, null);
      return hotspots.report(app, event, new TimeRange(now - range.toMillis(), now), limit).hotspots();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** The share of {@code method} ({@code pkg.Class#method}) over the last hour, 0 when unknown. */
  public double shareOf(String app, String method) {
    if (app == null) return 0;
    String bare = method.contains("(") ? method.substring(0, method.indexOf('(')) : method;
    return top(app, Duration.ofHours(1), 200).stream().filter(e -> e.method().equals(bare))
        .mapToDouble(HotspotReport.Entry::selfShare).findFirst().orElse(0);
  }
}
