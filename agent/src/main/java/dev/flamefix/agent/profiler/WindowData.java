package dev.flamefix.agent.profiler;

/**
 * What a {@link ProfilerSource} hands over for one window: async-profiler's collapsed text, or a
 * JFR recording (which, unlike collapsed text, records each frame's source line).
 */
public final class WindowData {

  /** The ingest {@code format} of collapsed text. */
  public static final String FOLDED = "folded";
  /** The ingest {@code format} of a JFR recording. */
  public static final String JFR = "jfr";

  private static final byte[] NONE = new byte[0];

  private final String format;
  private final String collapsed;
  private final byte[] recording;

  private WindowData(String format, String collapsed, byte[] recording) {
    this.format = format;
    this.collapsed = collapsed;
    this.recording = recording;
  }

  /** Collapsed {@code frame;frame count} lines; null is taken as none. */
  public static WindowData collapsed(String text) {
    return new WindowData(FOLDED, text == null ? "" : text, NONE);
  }

  /** A JFR recording as async-profiler wrote it; null or empty means nothing was recorded. */
  public static WindowData jfr(byte[] recording) {
    return new WindowData(JFR, "", recording == null ? NONE : recording);
  }

  /** {@link #FOLDED} or {@link #JFR}. */
  public String format() {
    return format;
  }

  /** The collapsed text; empty for JFR. */
  public String collapsedText() {
    return collapsed;
  }

  /** The recording; empty for collapsed text. Not copied: the window owns it. */
  byte[] recording() {
    return recording;
  }
}
