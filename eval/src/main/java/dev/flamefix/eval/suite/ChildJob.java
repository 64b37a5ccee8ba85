package dev.flamefix.eval.suite;

import java.util.List;

/**
 * What the test child JVM runs for one program version: the compiled classes and the tests.
 *
 * @param key identifies the run in the results file
 * @param classesDir directory holding the compiled program classes
 * @param className the program class
 * @param tests the tests to run
 */
public record ChildJob(String key, String classesDir, String className, List<TestCase> tests) {}
