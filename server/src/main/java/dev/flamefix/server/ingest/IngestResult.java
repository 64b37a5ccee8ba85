package dev.flamefix.server.ingest;

import java.util.List;

/**
 * The answer to an accepted ingest: what was stored.
 *
 * @param app application name
 * @param fromMs window start, epoch ms
 * @param untilMs window end, epoch ms
 * @param windows one stored window per event in the payload (none for an empty payload)
 */
public record IngestResult(String app, long fromMs, long untilMs, List<Window> windows) {

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
