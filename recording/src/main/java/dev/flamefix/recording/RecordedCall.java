package dev.flamefix.recording;

/** One recorded call: when it happened and its {@link CallCodec} payload (a copy, never live objects). */
public final class RecordedCall {
  private final long epochMillis;
  private final byte[] payload;

  public RecordedCall(long epochMillis, byte[] payload) {
    if (payload == null) {
      throw new IllegalArgumentException("payload is required");
    }
    this.epochMillis = epochMillis;
    this.payload = payload;
  }

  public long epochMillis() {
    return epochMillis;
  }

  /** The receiver and arguments as {@link CallCodec#encode} wrote them. */
  public byte[] payload() {
    return payload;
  }
}
