package dev.flamefix.server.ingest;

import java.util.List;

/**
 * The answer to an accepted ingest: what was stored.
 *
 * @param app application name
 * @param fromMs window start, epoch ms
 * @param untilMs window end, epoch ms
 * @param windows one stored window per event in the payload (none for an empty payload)
 * @param duplicate true when an identical request (same idempotency key) had already stored these
 *     windows, so this one stored nothing: a retry whose first answer was lost
 */
public record IngestResult(String app, long fromMs, long untilMs, List<Window> windows, boolean duplicate) {

  /**
   * One stored window.
   *
   * @param id its database id
   * @param event canonical event
   * @param samples total samples (or weight)
   * @param stacks distinct stacks
   */
  public record Window(long id, String event, long samples, int stacks) {}
}
