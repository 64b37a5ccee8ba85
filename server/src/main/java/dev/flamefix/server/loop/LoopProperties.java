package dev.flamefix.server.loop;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code flamefix.loop.*}: the continuous optimization loop.
 *
 * @param enabled whether it runs (default false)
 * @param interval pause between rounds (default 10 min)
 * @param initialDelay wait before the first round (default 30 s)
 * @param top hotspots considered per app and round (default 3)
 * @param shareGrowth a hotspot tried before is tried again once its share reached this multiple of
 *     the share it had then (default 1.5)
 * @param range the profile range ranked (default 1 h)
 */
@ConfigurationProperties("flamefix.loop")
public record LoopProperties(Boolean enabled, Duration interval, Duration initialDelay, Integer top,
    Double shareGrowth, Duration range) {
  public LoopProperties {
    enabled = enabled != null && enabled;
    interval = interval == null || interval.isNegative() || interval.isZero() ? Duration.ofMinutes(10) : interval;
    initialDelay = initialDelay == null || initialDelay.isNegative() ? Duration.ofSeconds(30) : initialDelay;
    top = top == null || top < 1 ? 3 : top;
    shareGrowth = shareGrowth == null || shareGrowth < 1 ? 1.5 : shareGrowth;
    range = range == null ? Duration.ofHours(1) : range;
  }
}
