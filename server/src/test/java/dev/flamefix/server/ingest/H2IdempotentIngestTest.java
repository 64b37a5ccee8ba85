package dev.flamefix.server.ingest;

import java.util.Map;

/** The idempotent ingest contract on the embedded H2 store. */
class H2IdempotentIngestTest extends IdempotentIngestContract {
  @Override
  protected Map<String, Object> databaseProperties() {
    return Map.of();
  }
}
