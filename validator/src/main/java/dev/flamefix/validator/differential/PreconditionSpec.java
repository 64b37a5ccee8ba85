package dev.flamefix.validator.differential;

/**
 * A compared method's precondition as the child JVM gets it: compiled into a static check method
 * next to the classes under test, never evaluated in the host.
 *
 * @param method the compared method's name (overloads are told apart by the check's parameters)
 * @param expression the precondition as stated, for reports
 * @param origin where it comes from: {@code "stated"}, {@code "leading assert"}, or both
 * @param checkClass binary name of the class holding the check
 * @param checkMethod the static check method: the compared method's receiver (for an instance
 *     method) and parameters, returning whether the input is inside the precondition
 */
public record PreconditionSpec(String method, String expression, String origin, String checkClass,
    String checkMethod) {}
