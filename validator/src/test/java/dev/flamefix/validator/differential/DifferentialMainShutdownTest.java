package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How the differential child reports an end it did not start. Found on a held-out program: the
 * harness's own thread ran out of heap (a huge input of the original), the JVM shut down, and the
 * hook reported "candidate called System.exit" for a correct, faster candidate.
 */
class DifferentialMainShutdownTest {

  @Test
  void aShutdownDuringACallOfCodeUnderTestIsThatCallsSystemExit() {
    DifferentialResult r = DifferentialMain.shutdownResult("t1", "candidate f(int) with [3]");
    assertThat(r.outcome()).isEqualTo("SYSTEM_EXIT");
    assertThat(r.counterexample().kind()).isEqualTo("system-exit");
    assertThat(r.counterexample().method()).isEqualTo("candidate f(int) with [3]");
  }

  @Test
  void aShutdownWithNoCallInProgressBlamesNobodyAndLeavesTheCandidateUnproven() {
    DifferentialResult r = DifferentialMain.shutdownResult("t1", "");
    assertThat(r.outcome()).isEqualTo(DifferentialMain.HARNESS_FAILED);
    // No counterexample: the validator reports "could not run", i.e. unproven, not rejected.
    assertThat(r.counterexample()).isNull();
    assertThat(r.error()).contains("no call of code under test in progress");
  }

  @Test
  void anErrorOfTheHarnessItselfIsReportedWithoutACounterexample() {
    DifferentialResult r = DifferentialMain.harnessError(
        new com.fasterxml.jackson.databind.ObjectMapper().convertValue(
            java.util.Map.of("id", "t2", "seed", 7), DifferentialTask.class),
        new OutOfMemoryError("Java heap space"));
    assertThat(r.id()).isEqualTo("t2");
    assertThat(r.counterexample()).isNull();
    assertThat(r.error()).isEqualTo(
        "differential harness failed outside code under test: java.lang.OutOfMemoryError: Java heap space");
  }
}
