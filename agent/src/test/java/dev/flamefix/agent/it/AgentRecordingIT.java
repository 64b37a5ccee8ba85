package dev.flamefix.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.examples.orders.Order;
import dev.flamefix.examples.orders.OrderAnalytics;
import dev.flamefix.recording.CallCodec;
import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.testapp.RecordedApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recording under {@code -javaagent} with {@code recording=allow}: the sink hands out a request for
 * the example's {@code OrderAnalytics.renderReport}, the agent records sampled calls on the host's
 * thread and uploads them, and the method is back to its original code afterwards.
 */
class AgentRecordingIT {

  static final int ROUNDS = 2000;
  static final String METHOD = OrderAnalytics.class.getName() + "#renderReport";

  static java.util.stream.Stream<String> jdks() {
    return ChildJvm.jdks();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void recordsSampledRedactedCopiesOfRealCallsAndRemovesTheInstrumentation(String jdk)
      throws Exception {
    String java = ChildJvm.java(jdk);
    try (IngestSink sink = new IngestSink()) {
      sink.serving("id=rec-1\nmethod=" + METHOD + "\nmaxCalls=3\nsampleEvery=2\n"
          + "durationSeconds=120\nredact.0=SKU-\\\\d\n");
      Path stats = Files.createTempFile("agent-stats", ".properties");
      stats.toFile().deleteOnExit();
      Path marker = Files.createTempFile("recorded", ".marker");
      Files.delete(marker);
      String agent = "-javaagent:" + ChildJvm.agentJar() + "=server=" + sink.url()
          + ",app=orders,window=1s,token=t0k3n,recording=allow,redact=C\\d+,stats=" + stats;
      String hidden = String.join(",", VisibilityProbe.HIDDEN_CLASSES);
      ChildJvm.Running child = ChildJvm.start(java, List.of(agent), ChildJvm.classPath(true),
          RecordedApp.class.getName(), Map.of(), String.valueOf(ROUNDS), marker.toString(),
          hidden);

      IngestSink.Upload upload = sink.awaitRecording(120);
      Files.createFile(marker); // the recording is uploaded: the app now runs 500 more rounds
      ChildJvm.Result result = child.await(180);

      assertThat(result.exitCode()).as(result.stderr()).isZero();
      List<String> out = result.stdout().lines().toList();
      assertThat(out.get(0) + System.lineSeparator()).isEqualTo(RecordedApp.expected(ROUNDS));
      assertThat(out.get(1)).isEqualTo("after=500 calls=2500");

      // the contract's poll: app, pid and host, with the agent's token
      assertThat(sink.polls()).isNotEmpty().allSatisfy(poll -> {
        assertThat(poll.query()).containsEntry("app", "orders")
            .containsEntry("pid", String.valueOf(child.pid())).containsKey("host");
        assertThat(poll.authorization()).isEqualTo("Bearer t0k3n");
      });
      assertThat(sink.recordings()).hasSize(1);
      assertThat(upload.query()).containsEntry("id", "rec-1")
          .containsEntry("contentType", RecordingBatch.CONTENT_TYPE);
      assertThat(upload.authorization()).isEqualTo("Bearer t0k3n");

      RecordingBatch batch = upload.batch();
      assertThat(batch.requestId()).isEqualTo("rec-1");
      assertThat(batch.app()).isEqualTo("orders");
      assertThat(batch.method()).isEqualTo(METHOD + "(java.util.List)");
      assertThat(batch.status()).as(batch.message()).isEqualTo(RecordingBatch.Status.COMPLETED);
      assertThat(batch.skipped()).isEmpty();
      assertThat(batch.calls()).hasSize(3);
      assertThat(batch.callsSeen()).isGreaterThanOrEqualTo(5);

      // decoded as the validator's child will: the receiver and exactly the batches the app
      // passed, one in every two consecutive calls, with the agent's and the server's rules applied
      CallCodec replaying = CallCodec.replaying(getClass().getClassLoader());
      List<Object[]> calls = batch.calls().stream().map(RecordedCall::payload)
          .map(replaying::decode).toList();
      int first = round(calls.get(0));
      for (int i = 0; i < calls.size(); i++) {
        Object[] call = calls.get(i);
        assertThat(call).hasSize(2);
        assertThat(call[0]).isInstanceOf(OrderAnalytics.class);
        assertThat(call[1]).isEqualTo(redacted(RecordedApp.batch(first + 2 * i)));
      }

      // the instrumentation is gone: the advice saw at most the calls from its installation
      // (shortly before round `first`) to the end of the first phase; had it stayed, the 500
      // rounds after the upload would have entered it too
      Map<String, Long> s = ChildJvm.stats(stats);
      assertThat(s.get("recordingAdviceEntries")).isPositive()
          .isLessThanOrEqualTo(ROUNDS - first + 1);
      assertThat(s).containsEntry("recordingRequests", 1L).containsEntry("recordingCalls", 3L)
          .containsEntry("recordingUploads", 1L);

      // the bridge is the one agent class the app can now see; Byte Buddy and Kryo stay hidden
      assertThat(out).filteredOn(l -> l.startsWith("visible "))
          .hasSize(VisibilityProbe.HIDDEN_CLASSES.length)
          .allSatisfy(l -> assertThat(l).endsWith(
              l.contains(".bridge.RecordingBridge=") ? "=true" : "=false"));

      assertThat(result.agentLines()).as(result.stderr()).hasSize(2);
      assertThat(result.agentLines().get(0)).contains("recording allowed");
      assertThat(result.agentLines().get(1)).contains("recorded 3 calls of " + METHOD);
      assertThat(result.stderr()).doesNotContain("t0k3n").doesNotContain("Exception");
    }
  }

  @SuppressWarnings("unchecked")
  private static int round(Object[] call) {
    String id = ((List<Order>) call[1]).get(0).id();
    return Integer.parseInt(id.substring(1, id.indexOf('-')));
  }

  /** The batch as recorded: customers masked by the agent's rule, SKU prefixes by the server's. */
  private static List<Order> redacted(List<Order> orders) {
    return orders.stream().map(o -> new Order(o.id(), o.customerId().replaceAll("C\\d+",
        "<redacted>"), o.sku().replaceAll("SKU-\\d", "<redacted>"), o.quantity(),
        o.priceCents())).toList();
  }

}
