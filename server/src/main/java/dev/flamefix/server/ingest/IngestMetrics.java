package dev.flamefix.server.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The ingest counters, exported by Actuator (e.g. {@code flamefix_ingest_samples_total} on {@code
 * /actuator/prometheus}).
 *
 * <ul>
 *   <li>{@code flamefix.ingest.samples} (tags app, event): samples (or weights) stored
 *   <li>{@code flamefix.ingest.bytes} (tag app): request bytes of accepted payloads, as received
 *   <li>{@code flamefix.ingest.windows} (tags app, event, format): windows stored, by payload
 *       format ({@code folded} or {@code jfr})
 *   <li>{@code flamefix.ingest.rejected} (tag reason): refused payloads, by stable reason code
 *   <li>{@code flamefix.ingest.duplicates} (tag app): requests whose windows were already stored
 *       (retries), answered without storing
 *   <li>{@code flamefix.ingest.saturated}: requests answered 429 because ingest was at its
 *       {@code flamefix.ingest.max-in-flight}
 * </ul>
 */
@Component
public class IngestMetrics {

  private final MeterRegistry registry;

  public IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Counts one stored window. */
  public void window(String app, String event, String format, long samples) {
    Counter.builder("flamefix.ingest.samples")
        .description("Stack samples (or weights) ingested")
        .tag("app", app)
        .tag("event", event)
        .register(registry)
        .increment(samples);
    Counter.builder("flamefix.ingest.windows")
        .description("Profile windows stored")
        .tag("app", app)
        .tag("event", event)
        .tag("format", format)
        .register(registry)
        .increment();
  }

  /** Counts the received bytes of one accepted payload. */
  public void bytes(String app, long bytes) {
    Counter.builder("flamefix.ingest.bytes")
        .description("Bytes of accepted ingest payloads, as received")
        .baseUnit("bytes")
        .tag("app", app)
        .register(registry)
        .increment(bytes);
  }

  /** Counts one request that stored nothing because its windows were already stored. */
  public void duplicate(String app) {
    Counter.builder("flamefix.ingest.duplicates")
        .description("Ingest requests whose windows were already stored (retries)")
        .tag("app", app)
        .register(registry)
        .increment();
  }

  /** Counts one request turned away with 429 because ingest was saturated. */
  public void saturated() {
    Counter.builder("flamefix.ingest.saturated")
        .description("Ingest requests answered 429 because ingest was at its in-flight bound")
        .register(registry)
        .increment();
  }

  /** Counts one refused payload. */
  public void rejected(String reason) {
    Counter.builder("flamefix.ingest.rejected")
        .description("Ingest payloads refused, by reason")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }
}
