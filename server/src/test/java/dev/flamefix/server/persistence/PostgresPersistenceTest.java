package dev.flamefix.server.persistence;

import dev.flamefix.server.support.TestPostgres;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract on the real PostgreSQL that {@code scripts/test.sh} starts ({@link TestPostgres}).
 * The schema {@value #SCHEMA} is dropped first, so every run migrates from nothing.
 */
class PostgresPersistenceTest extends PersistenceContract {

  static final String SCHEMA = "flamefix_server_test";

  static Map<String, Object> properties;

  @BeforeAll
  static void freshSchema() throws SQLException {
    properties = TestPostgres.freshSchema(SCHEMA);
  }

  @Override
  protected Map<String, Object> databaseProperties() {
    return properties;
  }
}
