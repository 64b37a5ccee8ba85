package dev.flamefix.agent.recorder;

import dev.flamefix.agent.bridge.RecordingBridge;
import dev.flamefix.recording.CallCodec;
import dev.flamefix.recording.RecordedCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The hook behind the instrumented method while one request records: counts every call, picks one
 * in {@code sampleEvery}, copies at most {@code maxCalls} of them with {@link CallCodec} on the
 * calling thread, and stops at the time box. Work per call is bounded: a counter and a clock read
 * for every call, one bounded copy for a sampled one; nothing is kept of the host's objects but
 * the copy's bytes.
 *
 * <p>{@code maxCalls} bounds copy attempts: a call that cannot be copied (too large, a refused
 * type, ...) uses its slot and is counted under its skip reason, so a method whose arguments never
 * copy still ends after {@code maxCalls} attempts instead of copying forever.
 */
public final class CallRecorder implements RecordingBridge.Hook {

  /** Skip reason of a call made from inside the recorder's own copying (never copied). */
  public static final String REENTRANT = "reentrant";

  /** The clock, injectable so the time box is testable without sleeping. */
  public interface Clock {
    /** Monotonic nanoseconds ({@link System#nanoTime()}). */
    long nanoTime();

    /** Wall time of a recorded call ({@link System#currentTimeMillis()}). */
    long epochMillis();
  }

  /** The system clock. */
  public static final Clock SYSTEM = new Clock() {
    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public long epochMillis() {
      return System.currentTimeMillis();
    }
  };

  private final CallCodec codec;
  private final int maxCalls;
  private final int sampleEvery;
  private final long deadlineNanos;
  private final Clock clock;
  private final AtomicLong seen = new AtomicLong();
  private final AtomicInteger reserved = new AtomicInteger();
  private final AtomicInteger attempted = new AtomicInteger();
  private final ConcurrentLinkedQueue<RecordedCall> calls = new ConcurrentLinkedQueue<RecordedCall>();
  private final ConcurrentHashMap<String, AtomicLong> skipped =
      new ConcurrentHashMap<String, AtomicLong>();
  private final CountDownLatch done = new CountDownLatch(1);
  private final ThreadLocal<Boolean> copying = new ThreadLocal<Boolean>();
  private volatile boolean closed;

  /**
   * @param codec copies calls (redaction and the byte cap are set on it)
   * @param maxCalls most copy attempts
   * @param sampleEvery copy the first call and then one in every {@code sampleEvery}
   * @param durationNanos the time box, from now
   */
  public CallRecorder(CallCodec codec, int maxCalls, int sampleEvery, long durationNanos,
      Clock clock) {
    if (maxCalls < 1 || sampleEvery < 1) {
      throw new IllegalArgumentException("maxCalls and sampleEvery must be positive");
    }
    this.codec = codec;
    this.maxCalls = maxCalls;
    this.sampleEvery = sampleEvery;
    this.clock = clock;
    this.deadlineNanos = clock.nanoTime() + durationNanos;
  }

  @Override
  public boolean wants() {
    if (closed) {
      return false;
    }
    long n = seen.incrementAndGet();
    if ((n - 1) % sampleEvery != 0) {
      return false;
    }
    if (clock.nanoTime() - deadlineNanos >= 0) {
      close();
      return false;
    }
    if (reserved.incrementAndGet() > maxCalls) {
      return false;
    }
    return true;
  }

  @Override
  public void record(Object receiver, Object[] arguments) {
    try {
      if (copying.get() != null) {
        // the copy itself ran the recorded method (a collection's iterator, say)
        skip(REENTRANT);
        return;
      }
      copying.set(Boolean.TRUE);
      try {
        CallCodec.Encoded encoded = codec.encode(receiver,
            arguments == null ? new Object[0] : arguments);
        if (encoded.isOk()) {
          calls.add(new RecordedCall(clock.epochMillis(), encoded.payload()));
        } else {
          skip(encoded.skipReason());
        }
      } finally {
        copying.remove();
      }
    } catch (Throwable t) {
      skip("unserializable");
    } finally {
      if (attempted.incrementAndGet() >= maxCalls) {
        close();
      }
    }
  }

  private void skip(String reason) {
    AtomicLong count = skipped.get(reason);
    if (count == null) {
      AtomicLong fresh = new AtomicLong();
      count = skipped.putIfAbsent(reason, fresh);
      count = count == null ? fresh : count;
    }
    count.incrementAndGet();
  }

  /** Stops taking calls (limit reached, time box over, or the agent stopping). */
  public void close() {
    closed = true;
    done.countDown();
  }

  /** Waits until {@code maxCalls} attempts were made, the time box ended or {@link #close()}. */
  public void await() throws InterruptedException {
    long remaining = deadlineNanos - clock.nanoTime();
    if (remaining > 0) {
      done.await(remaining, TimeUnit.NANOSECONDS);
    }
    close();
  }

  /** Whether every one of the {@code maxCalls} slots was used (the request is complete). */
  public boolean complete() {
    return attempted.get() >= maxCalls;
  }

  /** Calls of the method seen while recording, sampled or not. */
  public long callsSeen() {
    return seen.get();
  }

  /** The copies so far, at most {@code maxCalls}, in the order they were made. */
  public List<RecordedCall> calls() {
    List<RecordedCall> out = new ArrayList<RecordedCall>(calls);
    return out.size() > maxCalls ? out.subList(0, maxCalls) : out;
  }

  /** Calls not copied, by reason. */
  public Map<String, Long> skipped() {
    Map<String, Long> out = new LinkedHashMap<String, Long>();
    for (Map.Entry<String, AtomicLong> entry : skipped.entrySet()) {
      out.put(entry.getKey(), entry.getValue().get());
    }
    return out;
  }
}
