package dev.flamefix.collector.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/** Size checks and bounded gunzip of an ingest body. */
final class Payloads {

  /** A byte range {@code data[0, length)}. */
  record Bytes(byte[] data, int length) {}

  private Payloads() {}

  static boolean isGzip(byte[] body) {
    return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
  }

  /**
   * The body itself, or its gunzipped content. Decompression stops as soon as the output would
   * pass {@link IngestLimits#maxDecompressedBytes()}, so a gzip bomb costs at most that much
   * memory.
   */
  static Bytes decompress(byte[] body, IngestLimits limits) throws IngestException {
    if (body.length > limits.maxCompressedBytes()) {
      throw new IngestException(
          IngestException.TOO_LARGE,
          "payload is "
              + body.length
              + " bytes, more than the limit of "
              + limits.maxCompressedBytes()
              + " bytes");
    }
    if (!isGzip(body)) {
      if (body.length > limits.maxDecompressedBytes()) {
        throw new IngestException(
            IngestException.TOO_LARGE,
            "payload is "
                + body.length
                + " bytes, more than the limit of "
                + limits.maxDecompressedBytes()
                + " bytes");
      }
      return new Bytes(body, body.length);
    }
    int max = (int) limits.maxDecompressedBytes();
    // Start from a guess that fits typical stack text (compresses ~10-20x), grow by doubling.
    int capacity = (int) Math.min(max + 1L, Math.max(8192L, body.length * 8L));
    byte[] out = new byte[capacity];
    int length = 0;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 1 << 16)) {
      while (true) {
        if (length == out.length) {
          if (length > max) {
            throw tooLargeDecompressed(max);
          }
          out = Arrays.copyOf(out, (int) Math.min(max + 1L, out.length * 2L));
        }
        int n = in.read(out, length, out.length - length);
        if (n < 0) {
          break;
        }
        length += n;
        if (length > max) {
          throw tooLargeDecompressed(max);
        }
      }
    } catch (EOFException e) {
      throw new IngestException(
          IngestException.BAD_GZIP,
          "gzip stream is truncated after " + length + " decompressed bytes",
          e);
    } catch (IOException | RuntimeException e) {
      throw new IngestException(
          IngestException.BAD_GZIP,
          "gzip stream is corrupt after " + length + " decompressed bytes: " + e.getMessage(),
          e);
    }
    return new Bytes(out, length);
  }

  private static IngestException tooLargeDecompressed(int max) {
    return new IngestException(
        IngestException.TOO_LARGE,
        "decompressed payload exceeds the limit of "
            + max
            + " bytes (refused while decompressing; gzip bomb guard)");
  }
}
