package dev.flamefix.server.proposals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The proposal refresh contract on the embedded default, an H2 file database. */
class H2ProposalRefreshTest extends ProposalRefreshContract {
  @TempDir static Path dataDir;

  @Override
  protected Map<String, Object> databaseProperties() {
    return Map.of("flamefix.data-dir", dataDir.toAbsolutePath().toString());
  }
}
