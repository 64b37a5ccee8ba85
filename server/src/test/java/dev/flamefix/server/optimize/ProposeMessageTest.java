package dev.flamefix.server.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.server.proposals.Proposal;
import dev.flamefix.server.proposals.ProposalService.Created;
import dev.flamefix.server.proposals.ProposalStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The job log line of the propose step: created, refreshed, or found and kept. */
class ProposeMessageTest {

  private static Proposal proposal(ProposalStatus status) {
    return new Proposal("p-1", "kiln", "a.B#c", "recipe:x", status, 2.0, "d", null, null, null, List.of(), null,
        "2026-01-01T00:00:00Z", null, null, "job-1", null, "2026-01-01T00:00:00Z", "job-1");
  }

  @Test
  void saysWhatTheProposeStepDid() {
    assertThat(JobRunner.proposeMessage(new Created(proposal(ProposalStatus.PROPOSED), true, false)))
        .isEqualTo("proposal p-1");
    assertThat(JobRunner.proposeMessage(new Created(proposal(ProposalStatus.PROPOSED), false, true)))
        .isEqualTo("already proposed as p-1, refreshed with this measurement,");
    assertThat(JobRunner.proposeMessage(new Created(proposal(ProposalStatus.PROPOSED), false, false)))
        .isEqualTo("already proposed as p-1");
    assertThat(JobRunner.proposeMessage(new Created(proposal(ProposalStatus.ACCEPTED), false, false)))
        .isEqualTo("already proposed as p-1 (accepted, kept as reviewed)");
  }
}
