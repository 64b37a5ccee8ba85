package dev.flamefix.validator.tests;

/**
 * One test of the project's suite.
 *
 * @param className the test class
 * @param name the test method
 * @param status {@code passed}, {@code failed}, {@code error} or {@code skipped}
 * @param message failure message, or {@code null}
 */
public record TestCaseResult(String className, String name, String status, String message) {}
