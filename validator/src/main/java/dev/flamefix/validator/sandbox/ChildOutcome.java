package dev.flamefix.validator.sandbox;

/**
 * How a child JVM running candidate code ended. Each way a candidate can misbehave has its own
 * value so the report can say exactly what happened.
 */
public enum ChildOutcome {
  /** The child finished its work and wrote its result. */
  COMPLETED,
  /** Code under test called {@code System.exit} (or {@code Runtime.exit}/{@code halt}). */
  SYSTEM_EXIT,
  /** A call or the whole child ran past its time limit (an infinite loop, or far too slow). */
  TIMEOUT,
  /** The child ran out of heap. */
  OUT_OF_MEMORY,
  /** The call stack overflowed. */
  STACK_OVERFLOW,
  /** Code under test left threads running after it returned. */
  THREAD_LEAK,
  /** The child died or failed in any other way; see its captured output. */
  CRASHED;

  /** Exit status the harness uses when code under test called {@code System.exit}. */
  public static final int EXIT_SYSTEM_EXIT = 41;
  /** Exit status the harness uses after an {@link OutOfMemoryError} in code under test. */
  public static final int EXIT_OUT_OF_MEMORY = 42;
  /** Exit status the harness uses after a {@link StackOverflowError} in code under test. */
  public static final int EXIT_STACK_OVERFLOW = 43;
  /** Exit status the harness uses when code under test leaked threads. */
  public static final int EXIT_THREAD_LEAK = 44;
  /** Exit status the harness uses when one call did not return within its time limit. */
  public static final int EXIT_CALL_TIMEOUT = 45;
  /** Exit status the harness uses after failing itself, outside code under test. */
  public static final int EXIT_HARNESS_FAILED = 46;

  /** Classifies a finished child JVM by its exit status and, as a fallback, its stderr. */
  public static ChildOutcome classify(ProcessResult result) {
    if (result.timedOut()) {
      return TIMEOUT;
    }
    switch (result.exitCode()) {
      case 0:
        return COMPLETED;
      case EXIT_SYSTEM_EXIT:
        return SYSTEM_EXIT;
      case EXIT_OUT_OF_MEMORY:
        return OUT_OF_MEMORY;
      case EXIT_STACK_OVERFLOW:
        return STACK_OVERFLOW;
      case EXIT_THREAD_LEAK:
        return THREAD_LEAK;
      case EXIT_CALL_TIMEOUT:
        return TIMEOUT;
      default:
        break;
    }
    String stderr = result.stderr();
    if (stderr.contains("java.lang.OutOfMemoryError")) {
      return OUT_OF_MEMORY;
    }
    if (stderr.contains("java.lang.StackOverflowError")) {
      return STACK_OVERFLOW;
    }
    return CRASHED;
  }
}
