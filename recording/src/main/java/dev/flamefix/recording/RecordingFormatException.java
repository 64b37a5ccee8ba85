package dev.flamefix.recording;

/** Bytes that are not a recording this version can read. */
public final class RecordingFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordingFormatException(String message) {
    super(message);
  }

  public RecordingFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
