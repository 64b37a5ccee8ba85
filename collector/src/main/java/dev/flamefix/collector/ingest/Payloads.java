package dev.flamefix.collector.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Size checks and bounded, streaming gunzip of an ingest body. */
final class Payloads {

  private Payloads() {}

  static boolean isGzip(byte[] body) {
    return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
  }

  /**
   * The body's content, read in chunks: the body itself, or its gunzipped content when it starts
   * with gzip's magic bytes. Reading stops with {@link IngestException#TOO_LARGE} as soon as the
   * content passes {@link IngestLimits#maxDecompressedBytes()}; since nothing holds more than a
   * chunk, a gzip bomb costs a chunk of memory, not its expanded size.
   */
  static Source open(byte[] body, IngestLimits limits) throws IngestException {
    if (body.length > limits.maxCompressedBytes()) {
      throw new IngestException(
          IngestException.TOO_LARGE,
          "payload is "
              + body.length
              + " bytes, more than the limit of "
              + limits.maxCompressedBytes()
              + " bytes");
    }
    boolean gzip = isGzip(body);
    if (!gzip && body.length > limits.maxDecompressedBytes()) {
      throw new IngestException(
          IngestException.TOO_LARGE,
          "payload is "
              + body.length
              + " bytes, more than the limit of "
              + limits.maxDecompressedBytes()
              + " bytes");
    }
    return new Source(body, gzip, limits.maxDecompressedBytes());
  }

  /** Chunks of a payload's content. */
  static final class Source {
    private final InputStream in;
    private final boolean gzip;
    private final long max;
    private long total;

    private Source(byte[] body, boolean gzip, long max) throws IngestException {
      this.gzip = gzip;
      this.max = max;
      InputStream raw = new ByteArrayInputStream(body);
      try {
        this.in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
      } catch (IOException e) {
        throw badGzip(e);
      }
    }

    /** Whether the body was gzip-compressed. */
    boolean gzip() {
      return gzip;
    }

    /** Bytes of content read so far. */
    long total() {
      return total;
    }

    /**
     * Reads up to {@code len} bytes of content.
     *
     * @return bytes read, at least 1 when {@code len > 0}, or -1 at the end
     */
    int read(byte[] dst, int off, int len) throws IngestException {
      int n;
      try {
        do {
          n = in.read(dst, off, len);
        } while (n == 0 && len > 0);
      } catch (IOException | RuntimeException e) {
        throw badGzip(e);
      }
      if (n > 0) {
        total += n;
        if (total > max) {
          throw new IngestException(
              IngestException.TOO_LARGE,
              "decompressed payload exceeds the limit of "
                  + max
                  + " bytes (refused while decompressing; gzip bomb guard)");
        }
      }
      return n;
    }

    private IngestException badGzip(Exception e) {
      if (e instanceof EOFException) {
        return new IngestException(
            IngestException.BAD_GZIP,
            "gzip stream is truncated after " + total + " decompressed bytes",
            e);
      }
      return new IngestException(
          IngestException.BAD_GZIP,
          "gzip stream is corrupt after " + total + " decompressed bytes: " + e.getMessage(),
          e);
    }
  }
}
