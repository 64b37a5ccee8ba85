package dev.flamefix.agent.recorder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.recording.CallCodec;
import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.Redaction;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CallRecorderTest {

  /** A clock the test moves by hand. */
  static final class ManualClock implements CallRecorder.Clock {
    final AtomicLong nanos = new AtomicLong(1_000);

    @Override
    public long nanoTime() {
      return nanos.get();
    }

    @Override
    public long epochMillis() {
      return 1_700_000_000_000L + nanos.get() / 1_000_000;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final CallCodec codec = CallCodec.recording(Redaction.none(), 4096);

  private CallRecorder recorder(int maxCalls, int sampleEvery) {
    return new CallRecorder(codec, maxCalls, sampleEvery, TimeUnit.SECONDS.toNanos(60), clock);
  }

  /** What the advice does for one call. */
  private static void call(CallRecorder recorder, Object receiver, Object... args) {
    if (recorder.wants()) {
      recorder.record(receiver, args);
    }
  }

  private List<Object> firstArguments(CallRecorder recorder) {
    CallCodec replaying = CallCodec.replaying(getClass().getClassLoader());
    List<Object> out = new ArrayList<>();
    for (RecordedCall call : recorder.calls()) {
      out.add(replaying.decode(call.payload())[1]);
    }
    return out;
  }

  @Test
  void copiesTheFirstCallAndThenOneInEverySampleEvery() {
    CallRecorder recorder = recorder(100, 3);
    for (int i = 0; i < 10; i++) {
      call(recorder, null, "call-" + i);
    }

    assertThat(firstArguments(recorder)).containsExactly("call-0", "call-3", "call-6", "call-9");
    assertThat(recorder.callsSeen()).isEqualTo(10);
    assertThat(recorder.complete()).isFalse();
  }

  @Test
  void stopsAfterMaxCallsAttemptsAndCountsNothingAfterwards() throws Exception {
    CallRecorder recorder = recorder(2, 1);
    for (int i = 0; i < 5; i++) {
      call(recorder, null, i);
    }

    assertThat(firstArguments(recorder)).containsExactly(0, 1);
    assertThat(recorder.complete()).isTrue();
    // closed by the second copy: later calls are neither seen nor copied
    assertThat(recorder.callsSeen()).isEqualTo(2);
    recorder.await(); // returns at once: the limit was reached
  }

  @Test
  void theTimeBoxEndsTheRecordingIncomplete() throws Exception {
    CallRecorder recorder = recorder(10, 1);
    call(recorder, null, "before");
    clock.nanos.addAndGet(TimeUnit.SECONDS.toNanos(61));
    call(recorder, null, "after");

    assertThat(firstArguments(recorder)).containsExactly("before");
    assertThat(recorder.complete()).isFalse();
    recorder.await(); // the deadline has passed: no waiting
  }

  @Test
  void callsThatCannotBeCopiedAreCountedByReasonAndUseTheirSlot() {
    CallRecorder recorder = recorder(3, 1);
    call(recorder, null, new ByteArrayInputStream(new byte[4]));
    call(recorder, null, (Object) new byte[10_000]);
    call(recorder, null, "fits");

    assertThat(recorder.skipped()).containsOnly(Map.entry("unrecordable_type", 1L),
        Map.entry("too_large", 1L));
    assertThat(firstArguments(recorder)).containsExactly("fits");
    assertThat(recorder.complete()).isTrue();
  }

  @Test
  void aCallMadeWhileCopyingIsSkippedNotCopiedRecursively() {
    CallRecorder recorder = recorder(5, 1);
    /** A list whose iteration (which Kryo does to copy it) calls the recorded method again. */
    class Reentering extends ArrayList<String> {
      @Override
      public Iterator<String> iterator() {
        call(recorder, null, "inner");
        return super.iterator();
      }
    }
    Reentering list = new Reentering();
    list.add("outer");
    call(recorder, null, list);

    // Kryo may iterate more than once; each inner call is skipped, none is copied
    assertThat(recorder.skipped()).containsOnlyKeys(CallRecorder.REENTRANT);
    assertThat(recorder.calls()).hasSize(1);
  }

  @Test
  void keepsCopiesNotTheHostsObjects() {
    CallRecorder recorder = recorder(1, 1);
    List<String> live = new ArrayList<>(List.of("a"));
    call(recorder, null, live);
    live.add("changed later");

    assertThat(firstArguments(recorder)).containsExactly(List.of("a"));
  }
}
