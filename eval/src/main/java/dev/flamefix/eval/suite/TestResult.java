package dev.flamefix.eval.suite;

/**
 * The outcome of one test of one program version.
 *
 * @param index position of the test in {@code tests.json}
 * @param method the method the test called
 * @param passed whether the result (or thrown exception) matched
 * @param message why it failed, or {@code "ok"}
 */
public record TestResult(int index, String method, boolean passed, String message) {}
