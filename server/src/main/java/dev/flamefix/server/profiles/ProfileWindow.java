package dev.flamefix.server.profiles;

import java.util.Objects;

/**
 * One stored window: the stacks one process sampled for one event between {@link #startMs()} and
 * {@link #endMs()}, with where they came from.
 *
 * @param id database id; 0 before the window is stored
 * @param app application name
 * @param event canonical event ({@code cpu}, {@code wall}, {@code alloc}, {@code lock}, ...)
 * @param labels canonical label text ({@code k=v,k=v}, sorted; empty when none)
 * @param pid process id as the agent reported it, or {@code null}
 * @param host host name as the agent reported it, or {@code null}
 * @param startMs window start, epoch milliseconds
 * @param endMs window end, epoch milliseconds
 * @param sampleRate sampling rate in Hz, or {@code null} when not sent
 * @param units what a count means ({@code samples}, {@code bytes}, ...), or {@code null}
 * @param spyName which agent sent it ({@code flamefix}, {@code javaspy}, ...), or {@code null}
 * @param samples total count over all stacks
 * @param stacks number of distinct stacks
 * @param foldedGzip the stacks as gzip-compressed collapsed text
 * @param lineCountsGzip samples per source line ({@link
 *     dev.flamefix.collector.ingest.LineCounts#toGzip()}), or {@code null} when the frames carried
 *     no line numbers
 */
public record ProfileWindow(
    long id,
    String app,
    String event,
    String labels,
    String pid,
    String host,
    long startMs,
    long endMs,
    Integer sampleRate,
    String units,
    String spyName,
    long samples,
    int stacks,
    byte[] foldedGzip,
    byte[] lineCountsGzip) {

  public ProfileWindow {
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(foldedGzip, "foldedGzip");
    if (endMs < startMs) {
      throw new IllegalArgumentException("window ends (" + endMs + ") before it starts (" + startMs + ")");
    }
  }

  /** This window with its database id. */
  public ProfileWindow withId(long newId) {
    return new ProfileWindow(
        newId, app, event, labels, pid, host, startMs, endMs, sampleRate, units, spyName, samples,
        stacks, foldedGzip, lineCountsGzip);
  }
}
