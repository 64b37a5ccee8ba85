package dev.flamefix.recording;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the agent ships for one recording request: the calls it copied and how many it skipped, by
 * reason. The envelope is plain framed data ({@link DataOutputStream}), so the server reads it
 * without instantiating any class named by the host application; only the validator's sandboxed
 * child ever decodes a call's payload.
 *
 * <p>Wire format: magic {@code FFRC}, a version short, then request id, app, method key, status,
 * message (UTF strings), started/ended epoch millis, calls seen, the skip counts (count, then
 * reason + long each) and the calls (count, then epoch millis + length-prefixed payload each).
 */
public final class RecordingBatch {
  /** Content type of the envelope on the wire. */
  public static final String CONTENT_TYPE = "application/x-flamefix-recording";
  private static final int MAGIC = 0x46465243; // "FFRC"
  private static final short VERSION = 1;
  /** Most calls one envelope may carry. */
  public static final int MAX_CALLS = 10_000;
  /** Largest payload of one call accepted when reading. */
  public static final int MAX_PAYLOAD_BYTES = 1024 * 1024;

  /** How the recording ended. */
  public enum Status {
    /** The requested number of calls was recorded. */
    COMPLETED,
    /** The time box ended first (the calls recorded until then are included). */
    TIMED_OUT,
    /** The method could not be instrumented or recording stopped on an error; it was left as it was. */
    FAILED
  }

  private final String requestId;
  private final String app;
  private final String method;
  private final Status status;
  private final String message;
  private final long startedAtMillis;
  private final long endedAtMillis;
  private final long callsSeen;
  private final Map<String, Long> skipped;
  private final List<RecordedCall> calls;

  public RecordingBatch(String requestId, String app, String method, Status status, String message,
      long startedAtMillis, long endedAtMillis, long callsSeen, Map<String, Long> skipped,
      List<RecordedCall> calls) {
    this.requestId = requireText(requestId, "requestId");
    this.app = requireText(app, "app");
    this.method = requireText(method, "method");
    if (status == null) {
      throw new IllegalArgumentException("status is required");
    }
    this.status = status;
    this.message = message == null ? "" : message;
    this.startedAtMillis = startedAtMillis;
    this.endedAtMillis = endedAtMillis;
    this.callsSeen = callsSeen;
    this.skipped = Collections.unmodifiableMap(new LinkedHashMap<String, Long>(skipped));
    this.calls = Collections.unmodifiableList(new ArrayList<RecordedCall>(calls));
    if (this.calls.size() > MAX_CALLS) {
      throw new IllegalArgumentException("more than " + MAX_CALLS + " calls");
    }
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  public String requestId() { return requestId; }
  public String app() { return app; }
  /** The {@link MethodKey} of the recorded method. */
  public String method() { return method; }
  public Status status() { return status; }
  /** Why a recording failed or timed out; empty otherwise. */
  public String message() { return message; }
  public long startedAtMillis() { return startedAtMillis; }
  public long endedAtMillis() { return endedAtMillis; }
  /** Calls of the method observed while recording, copied or not (sampling included). */
  public long callsSeen() { return callsSeen; }
  /** Calls not copied, by reason ({@link CallCodec.Encoded#skipReason()} codes). */
  public Map<String, Long> skipped() { return skipped; }
  public List<RecordedCall> calls() { return calls; }

  /** Writes the envelope. */
  public void writeTo(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(MAGIC);
    out.writeShort(VERSION);
    out.writeUTF(requestId);
    out.writeUTF(app);
    out.writeUTF(method);
    out.writeUTF(status.name());
    out.writeUTF(message.length() > 2000 ? message.substring(0, 2000) : message);
    out.writeLong(startedAtMillis);
    out.writeLong(endedAtMillis);
    out.writeLong(callsSeen);
    out.writeInt(skipped.size());
    for (Map.Entry<String, Long> entry : skipped.entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeLong(entry.getValue());
    }
    out.writeInt(calls.size());
    for (RecordedCall call : calls) {
      out.writeLong(call.epochMillis());
      out.writeInt(call.payload().length);
      out.write(call.payload());
    }
    out.flush();
  }

  /**
   * Reads an envelope, checking every count and length before allocating for it.
   *
   * @throws RecordingFormatException for anything that is not a well-formed envelope
   */
  public static RecordingBatch readFrom(InputStream stream) {
    try {
      DataInputStream in = new DataInputStream(stream);
      if (in.readInt() != MAGIC) {
        throw new RecordingFormatException("not a flamefix recording (bad magic)");
      }
      short version = in.readShort();
      if (version != VERSION) {
        throw new RecordingFormatException("recording version " + version + ", expected " + VERSION);
      }
      String requestId = in.readUTF();
      String app = in.readUTF();
      String method = in.readUTF();
      Status status = status(in.readUTF());
      String message = in.readUTF();
      long started = in.readLong();
      long ended = in.readLong();
      long seen = in.readLong();
      int reasons = bounded(in.readInt(), 64, "skip reasons");
      Map<String, Long> skipped = new LinkedHashMap<String, Long>();
      for (int i = 0; i < reasons; i++) {
        skipped.put(in.readUTF(), in.readLong());
      }
      int count = bounded(in.readInt(), MAX_CALLS, "calls");
      List<RecordedCall> calls = new ArrayList<RecordedCall>(count);
      for (int i = 0; i < count; i++) {
        long at = in.readLong();
        byte[] payload = new byte[bounded(in.readInt(), MAX_PAYLOAD_BYTES, "payload bytes")];
        in.readFully(payload);
        calls.add(new RecordedCall(at, payload));
      }
      MethodKey.className(method);
      return new RecordingBatch(requestId, app, method, status, message, started, ended, seen, skipped, calls);
    } catch (IOException e) {
      throw new RecordingFormatException("truncated or unreadable recording: " + e, e);
    } catch (IllegalArgumentException e) {
      throw new RecordingFormatException("bad recording: " + e.getMessage(), e);
    }
  }

  private static Status status(String name) {
    try {
      return Status.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new RecordingFormatException("unknown recording status " + name);
    }
  }

  private static int bounded(int value, int max, String what) {
    if (value < 0 || value > max) {
      throw new RecordingFormatException(what + " out of range: " + value + " (max " + max + ")");
    }
    return value;
  }
}
