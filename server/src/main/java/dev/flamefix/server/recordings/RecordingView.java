package dev.flamefix.server.recordings;

import java.time.Instant;
import java.util.Map;

/**
 * A recording request as the API shows it.
 *
 * @param id the request's id, also the envelope's request id
 * @param app the application whose agents may claim it
 * @param method the method as requested
 * @param recordedMethod the method key the agent resolved and recorded (null until uploaded)
 * @param state where the request is
 * @param maxCalls calls to record at most
 * @param durationSeconds the time box
 * @param sampleEvery one of every this many calls is recorded
 * @param maxBytesPerCall largest copy of one call
 * @param callsStored calls in the stored envelope
 * @param callsSeen calls of the method the agent observed while recording (sampled or not)
 * @param skipped calls not copied, by reason ({@code too_large}, {@code unrecordable_type}, ...)
 * @param agentPid pid of the agent that claimed it
 * @param agentHost host of the agent that claimed it
 * @param message why it failed or timed out
 * @param createdAt when it was requested
 * @param claimedAt when an agent claimed it
 * @param finishedAt when it reached its final state
 * @param envelopeBytes size of the stored envelope (0 when none)
 */
public record RecordingView(
    String id,
    String app,
    String method,
    String recordedMethod,
    RecordingState state,
    int maxCalls,
    int durationSeconds,
    int sampleEvery,
    int maxBytesPerCall,
    int callsStored,
    long callsSeen,
    Map<String, Long> skipped,
    String agentPid,
    String agentHost,
    String message,
    Instant createdAt,
    Instant claimedAt,
    Instant finishedAt,
    long envelopeBytes) {}
