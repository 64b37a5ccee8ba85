package dev.flamefix.validator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.flamefix.recording.RecordedCall;
import java.util.List;
import java.util.Objects;

/**
 * Real calls of one target method, recorded in production (issue 16), that differential testing
 * replays on both sides after the generated inputs. Payloads are {@link
 * dev.flamefix.recording.CallCodec} bytes, already redacted by the agent; only the sandboxed
 * differential child decodes them.
 *
 * @param method the {@link dev.flamefix.recording.MethodKey} of the recorded method, e.g. {@code
 *     com.acme.Foo#bar(java.lang.String,int[])}; it must be one of the request's target methods
 * @param calls the calls, at most {@link #MAX_CALLS} (the first ones are kept)
 * @param dropped calls left out by the cap
 */
public record RecordedCalls(String method, @JsonIgnore List<RecordedCall> calls, int dropped) {

  /** Most recorded calls replayed per request: each is run on both sides in one child JVM. */
  public static final int MAX_CALLS = 1000;

  /** Validates and copies. */
  public RecordedCalls {
    Objects.requireNonNull(method, "method");
    if (!method.contains("#")) {
      throw new IllegalArgumentException("not a method key (com.acme.Foo#bar(int)): " + method);
    }
    calls = List.copyOf(calls);
  }

  /**
   * The calls as JSON sees them (a request travels as JSON to a validation worker): the
   * recording module's {@link RecordedCall} is a plain Java 8 class without bean accessors.
   */
  @JsonProperty("payloads")
  List<Payload> payloads() {
    return calls.stream().map(c -> new Payload(c.epochMillis(), c.payload())).toList();
  }

  @JsonCreator
  static RecordedCalls fromJson(@JsonProperty("method") String method,
      @JsonProperty("payloads") List<Payload> payloads, @JsonProperty("dropped") int dropped) {
    return new RecordedCalls(method, payloads == null ? List.of() : payloads.stream()
        .map(p -> new RecordedCall(p.epochMillis(), p.payload())).toList(), dropped);
  }

  /** One call on the wire; the payload is Base64 in JSON. */
  record Payload(long epochMillis, byte[] payload) {}

  /** The first {@link #MAX_CALLS} of {@code calls}; the rest are counted as dropped. */
  public static RecordedCalls capped(String method, List<RecordedCall> calls) {
    int kept = Math.min(calls.size(), MAX_CALLS);
    return new RecordedCalls(method, calls.subList(0, kept), calls.size() - kept);
  }
}
