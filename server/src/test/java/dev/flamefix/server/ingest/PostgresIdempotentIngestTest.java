package dev.flamefix.server.ingest;

import dev.flamefix.server.support.TestPostgres;
import java.util.Map;

/**
 * The idempotent ingest contract on the real PostgreSQL of {@code scripts/test.sh} (skipped with a
 * message without {@code FLAMEFIX_TEST_PG_URL}); a fresh schema for every test.
 */
class PostgresIdempotentIngestTest extends IdempotentIngestContract {
  @Override
  protected Map<String, Object> databaseProperties() throws Exception {
    return TestPostgres.freshSchema("flamefix_idempotent_ingest_test");
  }
}
