package dev.flamefix.collector.ingest;

/**
 * Bounds on one ingest payload. Every bound is checked while reading, so a hostile payload is
 * refused when it crosses the bound, before it costs more memory than the bound allows.
 *
 * @param maxCompressedBytes largest body accepted as it arrives (gzip or not)
 * @param maxDecompressedBytes largest body after gunzip; guards against gzip bombs
 * @param maxStackDepth most frames in one stack
 * @param maxDistinctStacks most distinct stacks in one payload
 * @param maxFrameLength longest frame name, in bytes of its UTF-8 encoding
 * @param maxDistinctFrames most distinct frame names in one payload; bounds the memory a payload
 *     of many short unique frames would otherwise cost
 */
public record IngestLimits(
    long maxCompressedBytes,
    long maxDecompressedBytes,
    int maxStackDepth,
    int maxDistinctStacks,
    int maxFrameLength,
    int maxDistinctFrames) {

  /** Default for {@link #maxCompressedBytes()}: 16 MiB. */
  public static final long DEFAULT_MAX_COMPRESSED_BYTES = 16L << 20;
  /** Default for {@link #maxDecompressedBytes()}: 64 MiB. */
  public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 64L << 20;
  /** Default for {@link #maxStackDepth()}: 2048, async-profiler's own default stack depth. */
  public static final int DEFAULT_MAX_STACK_DEPTH = 2048;
  /** Default for {@link #maxDistinctStacks()}: 200,000. */
  public static final int DEFAULT_MAX_DISTINCT_STACKS = 200_000;
  /** Default for {@link #maxFrameLength()}: 4096 bytes. */
  public static final int DEFAULT_MAX_FRAME_LENGTH = 4096;
  /** Default for {@link #maxDistinctFrames()}: 500,000. */
  public static final int DEFAULT_MAX_DISTINCT_FRAMES = 500_000;

  /** Validates that every bound is positive. */
  public IngestLimits {
    requirePositive("maxCompressedBytes", maxCompressedBytes);
    requirePositive("maxDecompressedBytes", maxDecompressedBytes);
    requirePositive("maxStackDepth", maxStackDepth);
    requirePositive("maxDistinctStacks", maxDistinctStacks);
    requirePositive("maxFrameLength", maxFrameLength);
    requirePositive("maxDistinctFrames", maxDistinctFrames);
    if (maxDecompressedBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(
          "maxDecompressedBytes must fit a Java array, was " + maxDecompressedBytes);
    }
  }

  /** The defaults, suitable for a server receiving 10 s windows from many JVMs. */
  public static IngestLimits defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these limits. */
  public Builder toBuilder() {
    return new Builder()
        .maxCompressedBytes(maxCompressedBytes)
        .maxDecompressedBytes(maxDecompressedBytes)
        .maxStackDepth(maxStackDepth)
        .maxDistinctStacks(maxDistinctStacks)
        .maxFrameLength(maxFrameLength)
        .maxDistinctFrames(maxDistinctFrames);
  }

  private static void requirePositive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  /** Builds {@link IngestLimits}; every bound starts at its default. */
  public static final class Builder {
    private long maxCompressedBytes = DEFAULT_MAX_COMPRESSED_BYTES;
    private long maxDecompressedBytes = DEFAULT_MAX_DECOMPRESSED_BYTES;
    private int maxStackDepth = DEFAULT_MAX_STACK_DEPTH;
    private int maxDistinctStacks = DEFAULT_MAX_DISTINCT_STACKS;
    private int maxFrameLength = DEFAULT_MAX_FRAME_LENGTH;
    private int maxDistinctFrames = DEFAULT_MAX_DISTINCT_FRAMES;

    private Builder() {}

    /** Largest body accepted as it arrives. */
    public Builder maxCompressedBytes(long bytes) {
      this.maxCompressedBytes = bytes;
      return this;
    }

    /** Largest body after gunzip. */
    public Builder maxDecompressedBytes(long bytes) {
      this.maxDecompressedBytes = bytes;
      return this;
    }

    /** Most frames in one stack. */
    public Builder maxStackDepth(int frames) {
      this.maxStackDepth = frames;
      return this;
    }

    /** Most distinct stacks in one payload. */
    public Builder maxDistinctStacks(int stacks) {
      this.maxDistinctStacks = stacks;
      return this;
    }

    /** Longest frame name in UTF-8 bytes. */
    public Builder maxFrameLength(int bytes) {
      this.maxFrameLength = bytes;
      return this;
    }

    /** Most distinct frame names in one payload. */
    public Builder maxDistinctFrames(int frames) {
      this.maxDistinctFrames = frames;
      return this;
    }

    /**
     * @throws IllegalArgumentException if a bound is not positive
     */
    public IngestLimits build() {
      return new IngestLimits(
          maxCompressedBytes,
          maxDecompressedBytes,
          maxStackDepth,
          maxDistinctStacks,
          maxFrameLength,
          maxDistinctFrames);
    }
  }
}
