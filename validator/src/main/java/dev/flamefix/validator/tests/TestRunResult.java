package dev.flamefix.validator.tests;

import java.util.List;

/**
 * Result of running the project's tests on a patched copy.
 *
 * @param ran whether a test command was run at all
 * @param passed whether the command exited 0 and no test failed
 * @param command the command line
 * @param exitCode its exit status (-1 when killed for time)
 * @param timedOut whether it hit the time limit
 * @param tests per-test results from surefire XML reports; empty when there were none
 * @param outputTail the end of its output
 */
public record TestRunResult(boolean ran, boolean passed, String command, int exitCode,
    boolean timedOut, List<TestCaseResult> tests, String outputTail) {

  /** Canonical constructor; copies the list. */
  public TestRunResult {
    tests = List.copyOf(tests);
  }

  /** No project or no command given: the stage is skipped. */
  public static TestRunResult skipped(String why) {
    return new TestRunResult(false, true, why, 0, false, List.of(), "");
  }
}
