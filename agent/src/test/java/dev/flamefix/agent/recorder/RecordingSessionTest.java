package dev.flamefix.agent.recorder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.agent.bridge.RecordingBridge;
import dev.flamefix.recording.CallCodec;
import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.testapp.Greeter;
import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.bytebuddy.agent.ByteBuddyAgent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A whole recording in this JVM, with Byte Buddy's real instrumentation (self-attached). */
class RecordingSessionTest {

  private static Instrumentation instrumentation;
  private static final String GREET = Greeter.class.getName() + "#greet";

  @BeforeAll
  static void attach() {
    instrumentation = ByteBuddyAgent.install();
  }

  /** The real instrumenter, signalling once the advice is in. */
  private static final class Signalling implements Instrumenter {
    final CountDownLatch installed = new CountDownLatch(1);

    @Override
    public Installed install(RecordingTarget target) throws Exception {
      Installed real = new ByteBuddyInstrumenter(instrumentation).install(target);
      installed.countDown();
      return real;
    }
  }

  private static RecordingSession session(Instrumenter instrumenter, String agentRedact) {
    return new RecordingSession("orders", new TargetResolver(instrumentation::getAllLoadedClasses),
        instrumenter, agentRedact, CallRecorder.SYSTEM);
  }

  private static RecordingRequest request(String method, int maxCalls, int sampleEvery,
      List<String> redact) {
    return new RecordingRequest("req-1", method, maxCalls, sampleEvery, 60, 4096, redact);
  }

  @Test
  void recordsSampledCallsRedactedAndRemovesTheInstrumentation() throws Exception {
    Greeter greeter = new Greeter("hello");
    greeter.greet("warm-up", 1);
    Signalling instrumenter = new Signalling();
    CompletableFuture<RecordingBatch> running = CompletableFuture.supplyAsync(() ->
        session(instrumenter, "secret-\\d+").run(request(GREET, 3, 2, List.of("ann"))));
    assertThat(instrumenter.installed.await(60, TimeUnit.SECONDS)).isTrue();

    String before = greeter.greet("x", 2);
    for (int i = 0; !running.isDone() && i < 1_000_000; i++) {
      greeter.greet(i % 2 == 0 ? "ann secret-" + i : "bob", i);
    }
    RecordingBatch batch = running.get(60, TimeUnit.SECONDS);

    assertThat(batch.status()).isEqualTo(RecordingBatch.Status.COMPLETED);
    assertThat(batch.method()).isEqualTo(Greeter.class.getName() + "#greet(java.lang.String,int)");
    assertThat(batch.calls()).hasSize(3);
    assertThat(batch.callsSeen()).isGreaterThanOrEqualTo(5);
    CallCodec replaying = CallCodec.replaying(getClass().getClassLoader());
    List<Object[]> decoded = batch.calls().stream().map(RecordedCall::payload)
        .map(replaying::decode).toList();
    // sampleEvery=2: the 1st, 3rd and 5th call after installation, i.e. "x", then i=1 and i=3
    assertThat(decoded).extracting(c -> c[1]).containsExactly("x", "bob", "bob");
    assertThat(decoded).extracting(c -> c[2]).containsExactly(2, 1, 3);
    assertThat(decoded.get(0)[0]).isInstanceOf(Greeter.class)
        .extracting(g -> ((Greeter) g).greet("y", 1)).isEqualTo("hello y;");
    assertThat(before).isEqualTo("hello x;hello x;");

    // the advice is gone: further calls never reach the bridge
    long entries = RecordingBridge.entries();
    for (int i = 0; i < 100; i++) {
      greeter.greet("after", 1);
    }
    assertThat(RecordingBridge.entries()).isEqualTo(entries);
    assertThat(RecordingBridge.hook()).isNull();
  }

  @Test
  void serverAndAgentRedactionRulesBothApply() throws Exception {
    Greeter greeter = new Greeter("hi");
    greeter.greet("warm-up", 0);
    Signalling instrumenter = new Signalling();
    CompletableFuture<RecordingBatch> running = CompletableFuture.supplyAsync(() ->
        session(instrumenter, "secret-\\d+").run(request(GREET, 1, 1, List.of("ann"))));
    assertThat(instrumenter.installed.await(60, TimeUnit.SECONDS)).isTrue();
    greeter.greet("ann secret-42 ok", 0);
    RecordingBatch batch = running.get(60, TimeUnit.SECONDS);

    Object[] call = CallCodec.replaying(getClass().getClassLoader())
        .decode(batch.calls().get(0).payload());
    assertThat(call[1]).isEqualTo("<redacted> <redacted> ok");
  }

  @Test
  void anInstrumentationFailureLeavesTheMethodAloneAndReportsFailed() {
    Instrumenter broken = target -> {
      throw new IllegalStateException("cannot instrument " + target.key() + ": boom");
    };
    RecordingBatch batch = session(broken, null).run(request(GREET, 3, 1, List.of()));

    assertThat(batch.status()).isEqualTo(RecordingBatch.Status.FAILED);
    assertThat(batch.message()).contains("boom");
    assertThat(batch.calls()).isEmpty();
    assertThat(RecordingBridge.hook()).isNull();
  }

  @Test
  void anOverloadedOrMissingMethodFailsWithTheReason() {
    RecordingBatch overloaded = session(new Signalling(), null)
        .run(request(Greeter.class.getName() + "#nope", 3, 1, List.of()));
    assertThat(overloaded.status()).isEqualTo(RecordingBatch.Status.FAILED);
    assertThat(overloaded.message()).contains("declares no method nope");
    assertThat(overloaded.method()).isEqualTo(Greeter.class.getName() + "#nope(...)");
  }

  @Test
  void pollIntervalIsTheWindowButNeverBelowTenSeconds() {
    assertThat(RecordingPoller.periodMillis(1_000)).isEqualTo(10_000);
    assertThat(RecordingPoller.periodMillis(30_000)).isEqualTo(30_000);
  }
}
