package dev.flamefix.server.recordings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The recording counters, exported by Actuator (e.g. {@code flamefix_recordings_requested_total}):
 *
 * <ul>
 *   <li>{@code flamefix.recordings.requested} (app): requests made
 *   <li>{@code flamefix.recordings.completed} (app, state): requests that reached a final state
 *       (COMPLETED, TIMED_OUT, FAILED, EXPIRED)
 *   <li>{@code flamefix.recordings.calls.stored} (app): recorded calls stored
 *   <li>{@code flamefix.recordings.calls.skipped} (app, reason): calls the agents could not copy
 *   <li>{@code flamefix.recordings.rejected} (reason): uploads refused
 * </ul>
 */
@Component
public class RecordingMetrics {
  private final MeterRegistry registry;

  public RecordingMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void requested(String app) {
    Counter.builder("flamefix.recordings.requested").description("Recording requests made")
        .tag("app", app).register(registry).increment();
  }

  void finished(String app, RecordingState state, long count) {
    if (count > 0) {
      Counter.builder("flamefix.recordings.completed")
          .description("Recording requests that reached a final state, by state")
          .tag("app", app).tag("state", state.name()).register(registry).increment(count);
    }
  }

  void uploaded(String app, int stored, Map<String, Long> skipped) {
    Counter.builder("flamefix.recordings.calls.stored").description("Recorded calls stored")
        .tag("app", app).register(registry).increment(stored);
    skipped.forEach((reason, n) -> Counter.builder("flamefix.recordings.calls.skipped")
        .description("Calls agents observed but could not copy, by reason")
        .tag("app", app).tag("reason", reason).register(registry).increment(n));
  }

  void rejected(String reason) {
    Counter.builder("flamefix.recordings.rejected").description("Recording uploads refused, by reason")
        .tag("reason", reason).register(registry).increment();
  }
}
