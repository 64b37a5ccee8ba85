package dev.flamefix.server.fleet;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh schema on the real PostgreSQL that {@code scripts/test.sh} starts ({@code
 * FLAMEFIX_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD}; the test is skipped with a message
 * when unset), migrated by the server's Flyway migrations. Each test class names its own schema, so
 * tests on the shared server do not see each other's rows.
 */
public final class FleetDatabase {
  private final String url;
  private final String user;
  private final String password;
  private final String schema;

  private FleetDatabase(String url, String user, String password, String schema) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.schema = schema;
  }

  /** Drops and migrates {@code schema}; skips the calling test without PostgreSQL. */
  public static FleetDatabase fresh(String schema) throws SQLException {
    String url = System.getenv("FLAMEFIX_TEST_PG_URL");
    assumeTrue(url != null && !url.isBlank(), "FLAMEFIX_TEST_PG_URL is unset: run 'bash scripts/test.sh' (it starts"
        + " PostgreSQL and exports it) to run the replica and worker tests");
    FleetDatabase db = new FleetDatabase(url, System.getenv("FLAMEFIX_TEST_PG_USER"),
        System.getenv("FLAMEFIX_TEST_PG_PASSWORD"), schema);
    try (Connection c = DriverManager.getConnection(url, db.user, db.password); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
    Flyway.configure().dataSource(url, db.user, db.password).schemas(schema).defaultSchema(schema)
        .locations("classpath:db/migration").load().migrate();
    return db;
  }

  /** The JDBC URL of the schema. */
  public String jdbcUrl() {
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** A data source of its own, as another replica would have. */
  public DataSource dataSource() {
    return new DriverManagerDataSource(jdbcUrl(), user == null ? "" : user, password == null ? "" : password);
  }

  public JdbcClient jdbc() {
    return JdbcClient.create(dataSource());
  }

  /** The properties that point a server or worker at the schema (it is migrated already). */
  public Map<String, Object> serverProperties() {
    Map<String, Object> p = new HashMap<>();
    p.put("spring.datasource.url", jdbcUrl());
    p.put("spring.datasource.username", user == null ? "" : user);
    p.put("spring.datasource.password", password == null ? "" : password);
    p.put("spring.flyway.schemas", schema);
    p.put("spring.flyway.default-schema", schema);
    return p;
  }
}
