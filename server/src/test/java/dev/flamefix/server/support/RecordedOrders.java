package dev.flamefix.server.support;

import dev.flamefix.examples.orders.Order;
import dev.flamefix.examples.orders.OrderAnalytics;
import dev.flamefix.recording.CallCodec;
import dev.flamefix.recording.MethodKey;
import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.recording.Redaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls of the example's {@code OrderAnalytics.renderReport} as the agent records them (real
 * {@link CallCodec} payloads, customer ids redacted), for tests that replay recorded calls.
 */
public final class RecordedOrders {
  /** The method key of {@code renderReport(List)}. */
  public static final String RENDER_REPORT = MethodKey.of(
      "dev.flamefix.examples.orders.OrderAnalytics", "renderReport", "java.util.List");

  private RecordedOrders() {}

  /** Two recorded calls of renderReport: an immutable one-order list and an ArrayList of odd orders. */
  public static RecordingBatch renderReport(String id, String app) {
    CallCodec codec = CallCodec.recording(Redaction.of(List.of("cust-\\d+")), 64 * 1024);
    OrderAnalytics analytics = new OrderAnalytics();
    List<RecordedCall> calls = List.of(
        new RecordedCall(1L, codec.encode(analytics, new Object[] {List.of(
            new Order("o-1", "cust-17", "SKU-9", 3, 1299L))}).payload()),
        new RecordedCall(2L, codec.encode(analytics, new Object[] {new ArrayList<>(List.of(
            new Order("o-2", "cust-18", "SKU,with,commas", -1, 0L),
            new Order("o-3", "cust-19", "", 0, Long.MAX_VALUE)))}).payload()));
    return new RecordingBatch(id, app, RENDER_REPORT, RecordingBatch.Status.COMPLETED, "", 0, 0, 2,
        Map.of(), calls);
  }

  /** The envelope's bytes, as uploaded. */
  public static byte[] bytes(RecordingBatch batch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      batch.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
