package dev.flamefix.eval.suite;

/** One line of the test child's results file: a {@link TestResult} tagged with its run. */
public record ChildResult(String key, int index, String method, boolean passed, String message) {

  /** The result without the run key. */
  public TestResult toTestResult() {
    return new TestResult(index, method, passed, message);
  }
}
