package dev.flamefix.server.retention;

import java.util.Map;

/** The retention contract on the embedded H2 store. */
class H2RetentionTest extends RetentionContract {
  @Override
  protected Map<String, Object> databaseProperties() {
    return Map.of();
  }
}
