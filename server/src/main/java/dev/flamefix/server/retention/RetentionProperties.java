package dev.flamefix.server.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code flamefix.retention.*}: how long profile windows are kept at full resolution and at all.
 *
 * @param enabled whether the retention job runs (default true)
 * @param raw age after which a bucket's raw windows are merged into one row per app, event and
 *     label set (default 7 days); 0 keeps raw windows until {@code downsampled}
 * @param downsampled age after which windows, merged or not, are deleted (default 90 days); 0
 *     keeps them forever
 * @param bucket span of one merged row (default 1 hour); must divide a day
 * @param interval time between runs (default 1 hour)
 * @param initialDelay time from startup to the first run (default 10 minutes)
 * @param batch most windows merged in one transaction (default 100): bounds memory, since every
 *     window of a batch is decoded
 */
@ConfigurationProperties("flamefix.retention")
public record RetentionProperties(
    Boolean enabled,
    Duration raw,
    Duration downsampled,
    Duration bucket,
    Duration interval,
    Duration initialDelay,
    Integer batch) {

  public RetentionProperties {
    enabled = enabled == null || enabled;
    raw = raw == null ? Duration.ofDays(7) : raw;
    downsampled = downsampled == null ? Duration.ofDays(90) : downsampled;
    bucket = bucket == null ? Duration.ofHours(1) : bucket;
    interval = interval == null ? Duration.ofHours(1) : interval;
    initialDelay = initialDelay == null ? Duration.ofMinutes(10) : initialDelay;
    batch = batch == null ? 100 : batch;
    if (raw.isNegative() || downsampled.isNegative()) {
      throw new IllegalArgumentException("flamefix.retention.raw and .downsampled must not be negative");
    }
    if (!downsampled.isZero() && !raw.isZero() && downsampled.compareTo(raw) < 0) {
      throw new IllegalArgumentException("flamefix.retention.downsampled (" + downsampled
          + ") must not be shorter than flamefix.retention.raw (" + raw + ")");
    }
    if (bucket.toMillis() <= 0 || Duration.ofDays(1).toMillis() % bucket.toMillis() != 0) {
      throw new IllegalArgumentException("flamefix.retention.bucket must divide a day, was " + bucket);
    }
    if (interval.toMillis() <= 0 || batch < 2) {
      throw new IllegalArgumentException("flamefix.retention.interval must be positive and batch at least 2");
    }
  }
}
