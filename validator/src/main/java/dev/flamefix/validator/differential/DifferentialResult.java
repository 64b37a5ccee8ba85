package dev.flamefix.validator.differential;

import java.util.List;

/**
 * Result of one {@link DifferentialTask}.
 *
 * @param id the task's id
 * @param outcome {@code COMPLETED} or how the child ended ({@link
 *     dev.flamefix.validator.sandbox.ChildOutcome} names)
 * @param equivalent whether every call behaved the same on both sides
 * @param seed the random seed used
 * @param methods per-method counts
 * @param counterexample the first difference, or {@code null}
 * @param error why the check could not run (e.g. no generator for a type), or {@code null}
 */
public record DifferentialResult(String id, String outcome, boolean equivalent, long seed,
    List<MethodReport> methods, Counterexample counterexample, String error) {}
