package dev.flamefix.server.ingest;

import dev.flamefix.collector.ingest.IngestLimits;
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
 */
@ConfigurationProperties("flamefix.ingest")
public record IngestProperties(
    String token,
    DataSize maxCompressedSize,
    DataSize maxDecompressedSize,
    Integer maxStackDepth,
    Integer maxDistinctStacks,
    Integer maxFrameLength) {

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
    return "IngestProperties[token=" + (tokenRequired() ? "(set)" : "(none)") + ", " + limits() + "]";
  }
}
