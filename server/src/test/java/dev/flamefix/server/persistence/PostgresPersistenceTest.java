package dev.flamefix.server.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract on the real PostgreSQL that {@code scripts/test.sh} starts (it exports {@code
 * FLAMEFIX_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD}). The schema {@value #SCHEMA} is dropped
 * first, so every run migrates from nothing.
 */
class PostgresPersistenceTest extends PersistenceContract {

  static final String SCHEMA = "flamefix_server_test";

  static String url;
  static String user;
  static String password;

  @BeforeAll
  static void freshSchema() throws SQLException {
    url = System.getenv("FLAMEFIX_TEST_PG_URL");
    assumeTrue(
        url != null && !url.isBlank(),
        "FLAMEFIX_TEST_PG_URL is unset: run 'bash scripts/test.sh' (it starts PostgreSQL and"
            + " exports it) to run the PostgreSQL persistence test");
    user = System.getenv("FLAMEFIX_TEST_PG_USER");
    password = System.getenv("FLAMEFIX_TEST_PG_PASSWORD");
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  @Override
  protected Map<String, Object> databaseProperties() {
    return Map.of(
        "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
        "spring.datasource.username", user == null ? "" : user,
        "spring.datasource.password", password == null ? "" : password,
        "spring.flyway.schemas", SCHEMA,
        "spring.flyway.default-schema", SCHEMA);
  }
}
