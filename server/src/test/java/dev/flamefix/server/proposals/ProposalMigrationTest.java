package dev.flamefix.server.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V9 on a store that already holds proposals (H2 and the PostgreSQL of {@code scripts/test.sh}):
 * a proposal stored before it reads as last validated when it was created, by the job that made it.
 */
class ProposalMigrationTest {
  private static final long CREATED_MS = 1_700_000_000_123L;

  @Test
  void onH2() {
    String url = "jdbc:h2:mem:v9-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    check(new DriverManagerDataSource(url, "sa", ""), Flyway.configure().dataSource(url, "sa", ""));
  }

  @Test
  void onPostgres() throws Exception {
    String url = System.getenv("FLAMEFIX_TEST_PG_URL");
    assumeTrue(url != null && !url.isBlank(), "FLAMEFIX_TEST_PG_URL is unset: run 'bash scripts/test.sh' (it starts"
        + " PostgreSQL and exports it) to run the PostgreSQL tests");
    String user = System.getenv("FLAMEFIX_TEST_PG_USER");
    String password = System.getenv("FLAMEFIX_TEST_PG_PASSWORD");
    String schema = "flamefix_proposal_v9_test";
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    check(new DriverManagerDataSource(schemaUrl, user, password),
        Flyway.configure().dataSource(url, user, password).schemas(schema).defaultSchema(schema));
  }

  private static void check(DataSource ds, FluentConfiguration flyway) {
    flyway.locations("classpath:db/migration");
    flyway.target("8").load().migrate();
    JdbcClient jdbc = JdbcClient.create(ds);
    // A document as servers before V9 wrote it: no validatedAt, no validatedJobId.
    String doc = "{\"proposal\": {\"id\": \"p-old\", \"app\": \"kiln\", \"target\": \"a.B#c\", \"source\": \"recipe:x\","
        + " \"status\": \"PROPOSED\", \"speedup\": 1.7, \"diff\": \"d\", \"createdAt\": \""
        + Instant.ofEpochMilli(CREATED_MS) + "\", \"jobId\": \"job-old\"}, \"className\": \"a.B\", \"methodName\": \"c\"}";
    jdbc.sql("INSERT INTO proposal (id, app, target, status, patch_hash, created_ms, proposal_json, job_id)"
            + " VALUES ('p-old', 'kiln', 'a.B#c', 'PROPOSED', 'h', :created, :doc, 'job-old')")
        .param("created", CREATED_MS).param("doc", doc).update();
    flyway.target("latest").load().migrate();

    ProposalRepository repository = new ProposalRepository(jdbc, new ObjectMapper(), Clock.systemUTC());
    Proposal old = repository.find("p-old").orElseThrow().proposal();
    assertThat(old.validatedAt()).isEqualTo(Instant.ofEpochMilli(CREATED_MS).toString());
    assertThat(old.validatedJobId()).isEqualTo("job-old");
    assertThat(repository.findByJob("job-old", "a.B#c")).isPresent();
    assertThat(jdbc.sql("SELECT validated_ms FROM proposal WHERE id = 'p-old'").query(Long.class).single())
        .isEqualTo(CREATED_MS);
  }
}
