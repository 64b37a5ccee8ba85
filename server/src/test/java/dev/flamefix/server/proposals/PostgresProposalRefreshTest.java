package dev.flamefix.server.proposals;

import dev.flamefix.server.support.TestPostgres;
import java.util.Map;

/** The proposal refresh contract on the PostgreSQL that {@code scripts/test.sh} starts. */
class PostgresProposalRefreshTest extends ProposalRefreshContract {

  @Override
  protected Map<String, Object> databaseProperties() throws Exception {
    return TestPostgres.freshSchema("flamefix_proposal_refresh_test");
  }
}
