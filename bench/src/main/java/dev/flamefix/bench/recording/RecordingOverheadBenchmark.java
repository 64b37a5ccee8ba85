package dev.flamefix.bench.recording;

import dev.flamefix.agent.bridge.RecordingBridge;
import dev.flamefix.agent.recorder.ByteBuddyInstrumenter;
import dev.flamefix.agent.recorder.CallRecorder;
import dev.flamefix.agent.recorder.Instrumenter;
import dev.flamefix.agent.recorder.RecordingTarget;
import dev.flamefix.agent.recorder.TargetResolver;
import dev.flamefix.examples.orders.Order;
import dev.flamefix.examples.orders.OrderAnalytics;
import dev.flamefix.recording.CallCodec;
import dev.flamefix.recording.Redaction;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.bytebuddy.agent.ByteBuddyAgent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost per call of a method the agent records, in each state the method goes through: never
 * instrumented; instrumented while a recording runs but the call is not sampled (what every call
 * pays during a request); instrumented and the call copied (what a sampled call pays, at most
 * {@code maxCalls} times per request); and after the instrumentation was removed. It drives the
 * agent's own recorder classes (Byte Buddy advice, bridge, {@link CallRecorder}, {@link CallCodec})
 * in the benchmark JVM, self-attached; each state runs in its own forks.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RecordingOverheadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Djdk.attach.allowAttachSelf=true",
    "-XX:+EnableDynamicAgentLoading", "-Xmx512m"})
public class RecordingOverheadBenchmark {

  /** The recorded method's state in this fork. */
  @Param({"never", "unsampled", "copied", "removed"})
  public String state;

  private final OrderAnalytics analytics = new OrderAnalytics();
  private List<Order> batch;
  private Instrumenter.Installed installed;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(new Order("O" + i, "C" + (i * 7), "ABC-000" + i, 1 + i, 100L * i));
    }
    analytics.totalCents(batch);
    if ("never".equals(state)) {
      return;
    }
    Instrumentation instrumentation = ByteBuddyAgent.install();
    RecordingTarget target = new TargetResolver(instrumentation::getAllLoadedClasses)
        .resolve(OrderAnalytics.class.getName() + "#totalCents");
    CallCodec codec = CallCodec.recording(Redaction.of(List.of("C\\d+")), 65536);
    if ("copied".equals(state)) {
      // every call copied and the copy dropped, so memory stays flat however long JMH runs
      RecordingBridge.setHook(new RecordingBridge.Hook() {
        @Override
        public boolean wants() {
          return true;
        }

        @Override
        public void record(Object receiver, Object[] arguments) {
          codec.encode(receiver, arguments);
        }
      });
    } else {
      // a running request whose sampling never picks these calls: the per-call bookkeeping only
      RecordingBridge.setHook(new CallRecorder(codec, 200, Integer.MAX_VALUE,
          TimeUnit.HOURS.toNanos(1), CallRecorder.SYSTEM));
    }
    installed = new ByteBuddyInstrumenter(instrumentation).install(target);
    analytics.totalCents(batch); // a recording copies its first call; take it out of the way
    if ("removed".equals(state)) {
      RecordingBridge.setHook(null);
      if (!installed.remove()) {
        throw new IllegalStateException("instrumentation not removed");
      }
      installed = null;
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    RecordingBridge.setHook(null);
    if (installed != null) {
      installed.remove();
    }
  }

  /** One call of the example's {@code totalCents} on a five-order batch. */
  @Benchmark
  public long call() {
    return analytics.totalCents(batch);
  }
}
