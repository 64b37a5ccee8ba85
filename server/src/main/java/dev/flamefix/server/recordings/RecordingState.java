package dev.flamefix.server.recordings;

/** Where a recording request is in its life. */
public enum RecordingState {
  /** Waiting for an agent of the app to poll. */
  PENDING,
  /** Claimed by one agent (its pid and host are kept), which is recording. */
  ACTIVE,
  /** The agent recorded the requested number of calls and uploaded them. */
  COMPLETED,
  /** The time box ended first; the calls recorded until then were uploaded. */
  TIMED_OUT,
  /** The agent could not record (message says why), or it never uploaded. */
  FAILED,
  /** No agent claimed it within {@code flamefix.recording.pending-expiry}. */
  EXPIRED;

  /** Whether the request can change no more. */
  public boolean finished() {
    return this != PENDING && this != ACTIVE;
  }

  /** Whether the recording left calls worth replaying. */
  public boolean hasCalls() {
    return this == COMPLETED || this == TIMED_OUT;
  }
}
