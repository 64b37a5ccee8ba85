package dev.flamefix.eval.suite;

import java.util.List;

/**
 * The outcome of testing one version of one program.
 *
 * @param programId the program
 * @param label which version ({@code slow}, {@code reference}, {@code candidate-1}, ...)
 * @param compiled whether the version compiled
 * @param compileErrors compiler diagnostics when it did not, else empty
 * @param results one result per test, in {@code tests.json} order
 */
public record ProgramTestReport(
    String programId, String label, boolean compiled, String compileErrors, List<TestResult> results) {

  /** Copies the result list. */
  public ProgramTestReport {
    results = List.copyOf(results);
  }

  /** Whether the version compiled and every test passed. */
  public boolean allPassed() {
    return compiled && !results.isEmpty() && results.stream().allMatch(TestResult::passed);
  }

  /** The failed tests, one per line, for assertion messages and logs. */
  public String failureSummary() {
    if (!compiled) {
      return programId + " [" + label + "] does not compile:\n" + compileErrors;
    }
    StringBuilder out = new StringBuilder();
    for (TestResult r : results) {
      if (!r.passed()) {
        out.append(programId).append(" [").append(label).append("] test ").append(r.index())
            .append(' ').append(r.method()).append(": ").append(r.message()).append('\n');
      }
    }
    return out.toString();
  }
}
