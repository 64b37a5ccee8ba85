package dev.flamefix.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flamefix.validator.sandbox.NetworkIsolation;
import dev.flamefix.validator.sandbox.Sandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tester reports wrong, broken and hostile candidates as failures and survives them. */
class ProgramTesterTest {

  private final EvalProgram payroll =
      EvalSuite.loadBundled().stream()
          .filter(p -> p.id().equals("r03-payroll-audit"))
          .findFirst()
          .orElseThrow();

  private final ProgramTester tester =
      new ProgramTester(Duration.ofMillis(1500), Duration.ofSeconds(60), 128);

  private String candidate(String body) {
    return """
        package com.example.hr;

        import java.util.ArrayList;
        import java.util.List;

        public class PayrollAudit {
          public static List<String> unknownEmployeeIds(List<String> payslipEmployeeIds, List<String> roster) {
            %s
          }
        }
        """.formatted(body);
  }

  @Test
  void wrongResultFailsWithTheDifference() {
    ProgramTestReport report = tester.test(payroll, "wrong", candidate("return new ArrayList<>(payslipEmployeeIds);"));
    assertThat(report.compiled()).isTrue();
    assertThat(report.allPassed()).isFalse();
    // The first test (empty payslips) still passes: results are per test, not all-or-nothing.
    assertThat(report.results().get(0).passed()).isTrue();
    assertThat(report.results().get(1).passed()).isFalse();
    assertThat(report.results().get(1).message()).contains("expected 2 elements but got 4");
  }

  @Test
  void compileErrorIsReportedWithDiagnostics() {
    ProgramTestReport report = tester.test(payroll, "broken", candidate("return roster.nope();"));
    assertThat(report.compiled()).isFalse();
    assertThat(report.allPassed()).isFalse();
    assertThat(report.compileErrors()).contains("nope");
    assertThat(report.failureSummary()).contains("does not compile");
  }

  @Test
  void systemExitEndsOnlyTheChild() {
    ProgramTestReport report = tester.test(payroll, "exit", candidate("System.exit(3); return null;"));
    assertThat(report.allPassed()).isFalse();
    assertThat(report.results()).hasSize(payroll.tests().size());
    assertThat(report.results()).allSatisfy(r -> assertThat(r.message()).contains("exited with code 3"));
  }

  @Test
  void infiniteLoopTimesOutPerTest() {
    ProgramTestReport report =
        tester.test(payroll, "hang", candidate("while (roster != null) { Thread.onSpinWait(); } return null;"));
    assertThat(report.allPassed()).isFalse();
    assertThat(report.results().get(0).message()).contains("timed out after 1500 ms");
  }

  @Test
  void unexpectedExceptionIsNamed() {
    ProgramTestReport report =
        tester.test(payroll, "throws", candidate("throw new IllegalStateException(\"boom\");"));
    assertThat(report.results()).allSatisfy(r -> assertThat(r.message())
        .isEqualTo("unexpected java.lang.IllegalStateException: boom"));
  }

  @Test
  void batchKeepsVersionsApart() {
    List<ProgramTestReport> reports = tester.testAll(List.of(
        new ProgramTester.Version(payroll, "good", payroll.referenceSource()),
        new ProgramTester.Version(payroll, "bad", candidate("return List.of();"))));
    assertThat(reports).extracting(ProgramTestReport::label).containsExactly("good", "bad");
    assertThat(reports.get(0).allPassed()).isTrue();
    assertThat(reports.get(1).allPassed()).isFalse();
  }

  /** A candidate that connects to {@code port} on the loopback and returns an empty list. */
  private String connectsTo(int port) {
    return candidate("""
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", %d)) {
          return new ArrayList<>();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }""".formatted(port));
  }

  @Test
  void childHasNoNetworkWhereTheMachineAllowsIsolation() throws IOException {
    NetworkIsolation network = NetworkIsolation.detect();
    assumeTrue(network.isolated(), network.reason());
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      ProgramTestReport report = tester.test(payroll, "network", connectsTo(server.getLocalPort()));
      assertThat(report.allPassed()).isFalse();
      // The child's own loopback has nothing listening: the host's server is out of reach.
      assertThat(report.results()).allSatisfy(r -> assertThat(r.message())
          .contains("unexpected java.io.UncheckedIOException: java.net.ConnectException"));
    }
  }

  @Test
  void sameCandidateReachesTheHostWhenIsolationIsOff() throws IOException {
    // The control for the test above: the candidate does connect when the network is not cut.
    ProgramTester open = new ProgramTester(Duration.ofMillis(1500), Duration.ofSeconds(60), 128,
        new Sandbox(NetworkIsolation.disabled("test")));
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      ProgramTestReport report = open.test(payroll, "network", connectsTo(server.getLocalPort()));
      // Test 0 expects an empty list, which is what a successful connection returns.
      assertThat(report.results().get(0).passed()).as(report.failureSummary()).isTrue();
    }
  }
}
