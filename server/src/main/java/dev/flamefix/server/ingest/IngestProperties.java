package dev.flamefix.server.ingest;

import dev.flamefix.collector.ingest.IngestLimits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code flamefix.ingest.*}: who may push profiles and how large one push may be.
 *
 * @param token bearer token agents must send ({@code FLAMEFIX_INGEST_TOKEN}); blank leaves ingest
 *     open
 * @param maxCompressedSize largest request body as it arrives
 * @param maxDecompressedSize largest body after gunzip (gzip-bomb guard)
 * @param maxStackDepth most frames in one stack
 * @param maxDistinctStacks most distinct stacks in one payload
 * @param maxFrameLength longest frame name, in UTF-8 bytes
 * @param maxInFlight most ingest requests decoded and stored at once by this process; more are
 *     answered 429 at once (default twice the available processors, at least 2)
 * @param retryAfter the {@code Retry-After} of a 429, randomised up to twice it (default 10 s, an
 *     agent's window)
 */
@ConfigurationProperties("flamefix.ingest")
public record IngestProperties(
    String token,
    DataSize maxCompressedSize,
    DataSize maxDecompressedSize,
    Integer maxStackDepth,
    Integer maxDistinctStacks,
    Integer maxFrameLength,
    Integer maxInFlight,
    Duration retryAfter) {

  /** {@link #maxInFlight()}, or its default when unset or not positive. */
  public int maxInFlightOrDefault() {
    return maxInFlight != null && maxInFlight > 0
        ? maxInFlight
        : Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
  }

  /** {@link #retryAfter()}, or 10 s when unset or under a second. */
  public Duration retryAfterOrDefault() {
    return retryAfter != null && retryAfter.toSeconds() >= 1 ? retryAfter : Duration.ofSeconds(10);
  }

  /** Whether agents must present {@link #token()}. */
  public boolean tokenRequired() {
    return token != null && !token.isBlank();
  }

  /** The collector limits these properties describe; unset ones keep the collector's defaults. */
  public IngestLimits limits() {
    IngestLimits.Builder b = IngestLimits.builder();
    if (maxCompressedSize != null) {
      b.maxCompressedBytes(maxCompressedSize.toBytes());
    }
    if (maxDecompressedSize != null) {
      b.maxDecompressedBytes(maxDecompressedSize.toBytes());
    }
    if (maxStackDepth != null) {
      b.maxStackDepth(maxStackDepth);
    }
    if (maxDistinctStacks != null) {
      b.maxDistinctStacks(maxDistinctStacks);
    }
    if (maxFrameLength != null) {
      b.maxFrameLength(maxFrameLength);
    }
    return b.build();
  }

  @Override
  public String toString() {
    // Never print the token itself.
    return "IngestProperties[token=" + (tokenRequired() ? "(set)" : "(none)") + ", " + limits()
        + ", maxInFlight=" + maxInFlightOrDefault() + ", retryAfter=" + retryAfterOrDefault() + "]";
  }
}
