package dev.flamefix.server.recordings;

import dev.flamefix.server.support.TestPostgres;
import java.util.Map;

/** The recording contract on the PostgreSQL that {@code scripts/test.sh} starts. */
class PostgresRecordingTest extends RecordingContract {

  @Override
  protected Map<String, Object> databaseProperties() throws Exception {
    return TestPostgres.freshSchema("flamefix_recording_test");
  }
}
