package dev.flamefix.server.profiles;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code flamefix.query.*}: bounds of the read API.
 *
 * @param defaultRange how far back a query without {@code from} looks (default 1 h)
 * @param maxWindows most windows one query merges (default 20,000); the oldest past it are left
 *     out
 * @param minShare attributed self share a method needs to count as a hotspot (default 0.02)
 */
@ConfigurationProperties("flamefix.query")
public record QueryProperties(Duration defaultRange, Integer maxWindows, Double minShare) {

  public QueryProperties {
    if (defaultRange == null) {
      defaultRange = Duration.ofHours(1);
    }
    if (maxWindows == null) {
      maxWindows = 20_000;
    }
    if (minShare == null) {
      minShare = 0.02;
    } else if (minShare < 0 || minShare > 1) {
      throw new IllegalArgumentException("flamefix.query.min-share must be within 0..1, was " + minShare);
    }
  }
}
