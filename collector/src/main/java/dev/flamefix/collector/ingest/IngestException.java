package dev.flamefix.collector.ingest;

/**
 * A payload was refused. {@link #reason()} is a short stable code (for metrics labels and API
 * error bodies); the message says what was wrong and where (the line number for folded input).
 *
 * <p>A refused payload is refused whole: nothing of it reaches a {@link StackCounts} or a call
 * tree, so data accepted earlier is never affected.
 */
public class IngestException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * The request's parameters (series name, labels, times, sample rate, ...) are missing or
   * malformed; see {@link IngestRequest}.
   */
  public static final String BAD_REQUEST = "bad_request";
  /** A line or record does not follow the format (missing count, empty frame, bad number). */
  public static final String MALFORMED = "malformed";
  /** The payload, compressed or decompressed, is larger than {@link IngestLimits} allows. */
  public static final String TOO_LARGE = "too_large";
  /** A stack has more frames than {@link IngestLimits#maxStackDepth()}. */
  public static final String TOO_DEEP = "too_deep";
  /** The payload holds more distinct stacks than {@link IngestLimits#maxDistinctStacks()}. */
  public static final String TOO_MANY_STACKS = "too_many_stacks";
  /** A frame name is longer than {@link IngestLimits#maxFrameLength()}. */
  public static final String FRAME_TOO_LONG = "frame_too_long";
  /** The payload holds more distinct frame names than {@link IngestLimits#maxDistinctFrames()}. */
  public static final String TOO_MANY_FRAMES = "too_many_frames";
  /** The payload starts like gzip but is truncated or corrupt. */
  public static final String BAD_GZIP = "bad_gzip";
  /** The payload is not a readable JFR recording. */
  public static final String BAD_JFR = "bad_jfr";
  /** The requested format is not one the collector reads. */
  public static final String UNSUPPORTED_FORMAT = "unsupported_format";

  private final String reason;

  /**
   * @param reason one of the constants of this class
   * @param message what was wrong and where
   */
  public IngestException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /**
   * @param reason one of the constants of this class
   * @param message what was wrong and where
   * @param cause the underlying failure
   */
  public IngestException(String reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** The stable reason code, one of the constants of this class. */
  public String reason() {
    return reason;
  }
}
