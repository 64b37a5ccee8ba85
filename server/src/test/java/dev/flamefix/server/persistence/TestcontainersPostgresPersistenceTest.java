package dev.flamefix.server.persistence;

import java.util.Map;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The contract on a throw-away PostgreSQL container; skipped where no Docker engine runs (as on
 * the CI machines of this project, where {@link PostgresPersistenceTest} covers PostgreSQL).
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersPostgresPersistenceTest extends PersistenceContract {

  @Container
  static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:16-alpine");

  @Override
  protected Map<String, Object> databaseProperties() {
    return Map.of(
        "spring.datasource.url", POSTGRES.getJdbcUrl(),
        "spring.datasource.username", POSTGRES.getUsername(),
        "spring.datasource.password", POSTGRES.getPassword());
  }
}
