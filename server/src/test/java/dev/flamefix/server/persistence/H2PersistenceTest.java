package dev.flamefix.server.persistence;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded default: an H2 file database under {@code flamefix.data-dir}. */
class H2PersistenceTest extends PersistenceContract {

  @TempDir Path dataDir;

  @Override
  protected Map<String, Object> databaseProperties() {
    // Only the data directory: the datasource itself is the shipped default.
    return Map.of("flamefix.data-dir", dataDir.toAbsolutePath().toString());
  }
}
