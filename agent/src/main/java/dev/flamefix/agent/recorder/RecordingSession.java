package dev.flamefix.agent.recorder;

import dev.flamefix.agent.bridge.RecordingBridge;
import dev.flamefix.recording.CallCodec;
import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.recording.Redaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one request from start to envelope: resolve the method, install the hook, instrument, wait
 * for the limit or the time box, clear the hook, remove the instrumentation, and describe what
 * happened in a {@link RecordingBatch}. Any failure before recording becomes a {@code FAILED}
 * batch with the reason; the method is never left instrumented by a failure here.
 */
public final class RecordingSession {

  static {
    // Kryo logs through MinLog to the host's stdout; the agent must never write there.
    com.esotericsoftware.minlog.Log.set(com.esotericsoftware.minlog.Log.LEVEL_NONE);
  }

  private final String app;
  private final TargetResolver resolver;
  private final Instrumenter instrumenter;
  private final String agentRedact;
  private final CallRecorder.Clock clock;
  private volatile CallRecorder active;
  private volatile boolean aborted;

  /**
   * @param agentRedact the agent's own {@code redact} rule, applied on top of the request's; or null
   */
  public RecordingSession(String app, TargetResolver resolver, Instrumenter instrumenter,
      String agentRedact, CallRecorder.Clock clock) {
    this.app = app;
    this.resolver = resolver;
    this.instrumenter = instrumenter;
    this.agentRedact = agentRedact;
    this.clock = clock;
  }

  /** Records one request; blocks the calling (agent) thread for at most the time box. */
  public RecordingBatch run(RecordingRequest request) {
    long started = clock.epochMillis();
    RecordingTarget target;
    CallCodec codec;
    try {
      target = resolver.resolve(request.method());
      codec = CallCodec.recording(redaction(request), request.maxBytesPerCall());
    } catch (TargetResolver.Unresolvable | IllegalArgumentException e) {
      return failed(request, started, e.getMessage());
    }
    CallRecorder recorder = new CallRecorder(codec, request.maxCalls(), request.sampleEvery(),
        TimeUnit.SECONDS.toNanos(request.durationSeconds()), clock);
    Instrumenter.Installed installed;
    active = recorder;
    RecordingBridge.setHook(recorder);
    try {
      if (aborted) {
        throw new IllegalStateException("the agent is stopping");
      }
      installed = instrumenter.install(target);
    } catch (Throwable t) {
      RecordingBridge.setHook(null);
      active = null;
      return failed(request, target.key(), started, String.valueOf(t.getMessage()));
    }
    boolean removed;
    try {
      recorder.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      recorder.close();
      RecordingBridge.setHook(null);
      active = null;
      removed = remove(installed);
    }
    boolean complete = recorder.complete();
    String message = complete ? "" : aborted ? "the application stopped before the recording "
        + "ended" : "time box of " + request.durationSeconds() + " s ended after "
        + recorder.calls().size() + " of " + request.maxCalls() + " calls";
    if (!removed) {
      message = (message.isEmpty() ? "" : message + "; ") + "the instrumentation could not be "
          + "removed (the hook is off, so the method only pays a volatile read per call)";
    }
    return batch(request, target.key(), complete ? RecordingBatch.Status.COMPLETED
        : RecordingBatch.Status.TIMED_OUT, message, started, recorder.callsSeen(),
        recorder.skipped(), recorder.calls());
  }

  /** Ends the running recording now (the JVM is exiting); its calls are still reported. */
  public void abort() {
    aborted = true;
    CallRecorder recorder = active;
    if (recorder != null) {
      recorder.close();
    }
  }

  private static boolean remove(Instrumenter.Installed installed) {
    try {
      return installed.remove();
    } catch (Throwable t) {
      return false;
    }
  }

  private Redaction redaction(RecordingRequest request) {
    List<String> rules = new ArrayList<String>(request.redact());
    if (agentRedact != null) {
      rules.add(agentRedact);
    }
    return Redaction.of(rules);
  }

  private RecordingBatch failed(RecordingRequest request, long started, String message) {
    return request.failure(app, message, started, clock.epochMillis());
  }

  private RecordingBatch failed(RecordingRequest request, String method, long started,
      String message) {
    return batch(request, method, RecordingBatch.Status.FAILED, message, started, 0,
        Collections.<String, Long>emptyMap(), Collections.<RecordedCall>emptyList());
  }

  private RecordingBatch batch(RecordingRequest request, String method,
      RecordingBatch.Status status, String message, long started, long seen,
      Map<String, Long> skipped, List<RecordedCall> calls) {
    return new RecordingBatch(request.id(), app, method, status, message, started,
        clock.epochMillis(), seen, skipped, calls);
  }
}
