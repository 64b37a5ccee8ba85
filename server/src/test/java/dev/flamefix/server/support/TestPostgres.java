package dev.flamefix.server.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The real PostgreSQL that {@code scripts/test.sh} starts (it exports {@code FLAMEFIX_TEST_PG_URL},
 * {@code _USER}, {@code _PASSWORD}); tests that use it are skipped with a message when it is unset.
 */
public final class TestPostgres {
  private TestPostgres() {}

  /**
   * Drops {@code schema} (so every run migrates from nothing) and answers the Spring properties
   * that point a server at it; skips the calling test without a configured PostgreSQL.
   */
  public static Map<String, Object> freshSchema(String schema) throws SQLException {
    String url = System.getenv("FLAMEFIX_TEST_PG_URL");
    assumeTrue(
        url != null && !url.isBlank(),
        "FLAMEFIX_TEST_PG_URL is unset: run 'bash scripts/test.sh' (it starts PostgreSQL and"
            + " exports it) to run the PostgreSQL tests");
    String user = System.getenv("FLAMEFIX_TEST_PG_USER");
    String password = System.getenv("FLAMEFIX_TEST_PG_PASSWORD");
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
    return Map.of(
        "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        "spring.datasource.username", user == null ? "" : user,
        "spring.datasource.password", password == null ? "" : password,
        "spring.flyway.schemas", schema,
        "spring.flyway.default-schema", schema);
  }
}
