package dev.flamefix.validator;

/** The stages of a validation, in order. A verdict records the last one reached. */
public enum Stage {
  /** Compiling the original and the candidate side by side. */
  COMPILE,
  /** Running the project's existing tests on a patched copy. */
  TESTS,
  /** Differential testing in a child JVM. */
  DIFFERENTIAL,
  /** JMH benchmark of both versions. */
  BENCHMARK,
  /** All stages ran and the acceptance rule was applied. */
  DECIDED
}
