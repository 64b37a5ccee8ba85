package dev.flamefix.agent.profiler;

import dev.flamefix.agent.config.ProfilingEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * One profiling window, ready to ship: the event, its time span, the number of samples in it and
 * its collapsed stacks gzip-compressed. Immutable: the payload is never handed out, only written.
 */
public final class StackWindow {

  private final ProfilingEvent event;
  private final long startEpochMillis;
  private final long endEpochMillis;
  private final long samples;
  private final byte[] gzippedCollapsed;

  private StackWindow(ProfilingEvent event, long startEpochMillis, long endEpochMillis,
      long samples, byte[] gzippedCollapsed) {
    this.event = event;
    this.startEpochMillis = startEpochMillis;
    this.endEpochMillis = endEpochMillis;
    this.samples = samples;
    this.gzippedCollapsed = gzippedCollapsed;
  }

  /**
   * Builds a window from async-profiler's collapsed output ({@code frame;frame count} lines),
   * counting its samples and compressing it.
   */
  public static StackWindow of(ProfilingEvent event, long startEpochMillis, long endEpochMillis,
      String collapsed) {
    return new StackWindow(event, startEpochMillis, endEpochMillis, countSamples(collapsed),
        gzip(collapsed));
  }

  /** Sum of the trailing counts of every well-formed collapsed line. */
  static long countSamples(String collapsed) {
    long total = 0;
    int lineStart = 0;
    int length = collapsed.length();
    while (lineStart < length) {
      int lineEnd = collapsed.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      int space = collapsed.lastIndexOf(' ', lineEnd - 1);
      if (space >= lineStart) {
        long count = 0;
        boolean digits = space + 1 < lineEnd;
        for (int i = space + 1; i < lineEnd && digits; i++) {
          char c = collapsed.charAt(i);
          digits = c >= '0' && c <= '9';
          count = count * 10 + (c - '0');
        }
        if (digits) {
          total += count;
        }
      }
      lineStart = lineEnd + 1;
    }
    return total;
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, text.length() / 8));
    try (GZIPOutputStream out = new GZIPOutputStream(bytes, 8192)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    return bytes.toByteArray();
  }

  public ProfilingEvent event() {
    return event;
  }

  public long startEpochMillis() {
    return startEpochMillis;
  }

  public long endEpochMillis() {
    return endEpochMillis;
  }

  /** Number of samples in the window; 0 means there is nothing worth sending. */
  public long samples() {
    return samples;
  }

  /** Size of the gzip payload in bytes: what the send queue counts against its bound. */
  public int payloadBytes() {
    return gzippedCollapsed.length;
  }

  /** Writes the gzip payload. */
  public void writePayload(OutputStream out) throws IOException {
    out.write(gzippedCollapsed);
  }

  @Override
  public String toString() {
    return "StackWindow{" + event.id() + ", " + startEpochMillis + ".." + endEpochMillis + ", "
        + samples + " samples, " + gzippedCollapsed.length + " bytes}";
  }
}
