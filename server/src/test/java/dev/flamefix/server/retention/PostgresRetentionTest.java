package dev.flamefix.server.retention;

import dev.flamefix.server.support.TestPostgres;
import java.util.Map;

/**
 * The retention contract on the real PostgreSQL of {@code scripts/test.sh} (skipped with a message
 * without {@code FLAMEFIX_TEST_PG_URL}); a fresh schema for every test.
 */
class PostgresRetentionTest extends RetentionContract {

  @Override
  protected Map<String, Object> databaseProperties() throws Exception {
    return TestPostgres.freshSchema("flamefix_retention_test");
  }
}
