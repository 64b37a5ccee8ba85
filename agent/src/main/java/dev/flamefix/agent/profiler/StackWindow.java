package dev.flamefix.agent.profiler;

import dev.flamefix.agent.config.ProfilingEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * One profiling window, ready to ship: the event, its time span, the number of samples in it and
 * its stacks (collapsed text or a JFR recording) gzip-compressed. Immutable: the payload is never
 * handed out, only written.
 */
public final class StackWindow {

  private final ProfilingEvent event;
  private final long startEpochMillis;
  private final long endEpochMillis;
  private final long samples;
  private final String format;
  private final byte[] gzippedCollapsed;

  private StackWindow(ProfilingEvent event, long startEpochMillis, long endEpochMillis,
      long samples, String format, byte[] gzippedCollapsed) {
    this.event = event;
    this.format = format;
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
        WindowData.FOLDED, gzip(collapsed.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Builds a window from what a source cut. A JFR recording is not parsed in the host JVM, so its
   * sample count is unknown ({@link #UNKNOWN_SAMPLES}) unless nothing was recorded at all (0).
   */
  public static StackWindow of(ProfilingEvent event, long startEpochMillis, long endEpochMillis,
      WindowData data) {
    if (WindowData.FOLDED.equals(data.format())) {
      return of(event, startEpochMillis, endEpochMillis, data.collapsedText());
    }
    byte[] recording = data.recording();
    return new StackWindow(event, startEpochMillis, endEpochMillis,
        recording.length == 0 ? 0 : UNKNOWN_SAMPLES, WindowData.JFR, gzip(recording));
  }

  /** {@link #samples()} of a window whose payload was not counted (JFR). */
  public static final long UNKNOWN_SAMPLES = -1;

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

  private static byte[] gzip(byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, content.length / 8));
    try (GZIPOutputStream out = new GZIPOutputStream(bytes, 8192)) {
      out.write(content);
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

  /** The ingest {@code format} of the payload: {@code folded} or {@code jfr}. */
  public String format() {
    return format;
  }

  /**
   * Number of samples in the window; 0 means there is nothing worth sending, {@link
   * #UNKNOWN_SAMPLES} that the payload (JFR) was not counted.
   */
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
        + samples + " samples, " + format + ", " + gzippedCollapsed.length + " bytes}";
  }
}
