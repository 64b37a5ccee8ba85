package dev.flamefix.validator.differential;

/**
 * The first (shrunk) input on which the candidate behaved differently from the original.
 *
 * @param kind {@code difference}, {@code timeout}, {@code system-exit}, {@code out-of-memory},
 *     {@code stack-overflow} or {@code thread-leak}
 * @param method the method called
 * @param arguments the arguments, rendered JSON-like; for instance methods prefixed by how the
 *     receiver was built and driven ({@code receiver Runs.of(0).add(0); }) and by earlier calls on
 *     the same receiver when the difference needed them
 * @param originalOutcome what the original did: returned value or thrown type, arguments after
 * @param candidateOutcome what the candidate did
 * @param difference the first point where they differ
 * @param shrinkSteps how many times the input was made smaller
 */
public record Counterexample(String kind, String method, String arguments,
    String originalOutcome, String candidateOutcome, String difference, int shrinkSteps) {}
